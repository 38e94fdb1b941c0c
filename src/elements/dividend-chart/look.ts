/**
 * What the canvas draws with, read from the theme as the browser resolved it: a canvas cannot use
 * CSS custom properties, so the element renders a hidden palette (one span per colour token) and
 * reads each span's computed colour, font and motion duration.
 */
export interface ChartLook {
  aligned: string;
  baseline: string;
  /** The band between the lines where the aligned cohort is ahead, and where it is behind. */
  gainFill: string;
  lossFill: string;
  text: string;
  grid: string;
  fontFamily: string;
  /** 0 under reduced motion (the `--pk-motion-duration` token is 0 then). */
  animationMs: number;
}

const BAND_OPACITY = 0.22;
/** The chart eases over a few of the theme's transition lengths. */
const ANIMATION_TRANSITIONS = 3;

export function readLook(palette: HTMLElement): ChartLook {
  const colour = (name: string) => {
    const swatch = palette.querySelector(`.${name}`);
    return swatch ? normalised(getComputedStyle(swatch).color) : 'rgba(0, 0, 0, 1)';
  };
  const style = getComputedStyle(palette);
  return {
    aligned: colour('aligned'),
    baseline: colour('baseline'),
    gainFill: normalised(colour('gain'), BAND_OPACITY),
    lossFill: normalised(colour('loss'), BAND_OPACITY),
    text: colour('text'),
    grid: colour('grid'),
    fontFamily: style.fontFamily,
    animationMs: seconds(style.transitionDuration) * 1000 * ANIMATION_TRANSITIONS,
  };
}

export function sameLook(a: ChartLook | undefined, b: ChartLook): boolean {
  return !!a && (Object.keys(b) as (keyof ChartLook)[]).every((key) => a[key] === b[key]);
}

function seconds(duration: string): number {
  const value = Number.parseFloat(duration);
  return Number.isFinite(value) ? value : 0;
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Any CSS colour (hex, `rgb()`, `oklch()`, a system colour) as `rgba(r, g, b, a)`, the one form
 * Chart.js can also lighten for hover states, with its alpha scaled by `opacity`.
 */
function normalised(colour: string, opacity = 1): string {
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!probe) return colour;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = colour;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a! / 255) * opacity * 1000) / 1000})`;
}
