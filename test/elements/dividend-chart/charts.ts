/** Test helpers that need Chart.js itself (the same module instance the element imports). */
import { Chart } from 'chart.js';
import type { PkDividendChart } from '../../../src/elements/dividend-chart/dividend-chart.js';

export { Chart };

/** What the element draws: line charts of nullable numbers over period labels. */
export type LineChart = Chart<'line', (number | null)[], string>;

export function canvases(element: PkDividendChart): HTMLCanvasElement[] {
  return [...element.shadowRoot!.querySelectorAll('canvas')];
}

/** Waits until every canvas of the element has its Chart.js instance, and returns them. */
export async function drawn(element: PkDividendChart): Promise<LineChart[]> {
  for (let i = 0; i < 300; i++) {
    await element.updateComplete;
    const all = canvases(element);
    const charts = all.map((canvas) => Chart.getChart(canvas));
    if (all.length > 0 && charts.every(Boolean)) return charts as unknown as LineChart[];
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the charts were never drawn');
}

/**
 * Waits until `check` holds, re-checking every 10 ms for up to `ms`. Chart.js resizes and media
 * queries report changes on animation frames, which come slowly while another test page runs.
 */
export async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  for (const end = performance.now() + ms; performance.now() < end; ) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/** How many pixels of the canvas are painted (not fully transparent). */
export function paintedPixels(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
  return painted;
}

/** A cheap fingerprint of the canvas pixels, to tell one drawing from another. */
export function pixelHash(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let hash = 0;
  for (let i = 0; i < data.length; i++) hash = (hash * 31 + data[i]!) | 0;
  return hash;
}
