import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartConfiguration, TooltipItem } from 'chart.js';
import { PkError } from '../../core/errors.js';
import { dividend } from '../../core/metrics/dividend.js';
import type { CohortSeries, DividendData, MetricName } from '../../core/metrics/types.js';
import { watchAppearance } from './appearance.js';
import { loadChartJs } from './chart-js.js';
import { readLook, type ChartLook } from './look.js';
import { LOWER_IS_BETTER, type MetricFormat } from './metric-format.js';

/** One metric to draw on one canvas. */
export interface Plot {
  metric: MetricName;
  canvas: HTMLCanvasElement;
  periods: readonly string[];
  series: CohortSeries;
}

/** A plot whose configuration its maker builds (the Human Sustainability view's); `drawn` names its numbers. */
export interface CustomPlot {
  canvas: HTMLCanvasElement;
  drawn: string;
  config(settings: PlotSettings): LineConfig;
}

/** What every plot of one element shares: look, wording, direction. */
export interface PlotSettings {
  look: ChartLook;
  format: MetricFormat;
  locale: string;
  rtl: boolean;
  alignedLabel: string;
  baselineLabel: string;
  gapLabel: (gap: string) => string;
}

export type LineConfig = ChartConfiguration<'line', (number | null)[], string>;

/**
 * Owns the element's Chart.js instances: one per canvas on screen. `draw` creates charts for new
 * canvases, redraws those whose numbers or look changed and destroys those whose canvas is gone;
 * leaving the page destroys them all, so no chart outlives its element. While the element is on
 * the page, a change that may restyle it without a render of its own (dark mode, a theme class on
 * an ancestor; see `watchAppearance`) updates it, so its charts are drawn in the new look.
 */
export class DividendCharts implements ReactiveController {
  private readonly charts = new Map<HTMLCanvasElement, { chart: Chart; drawn: string }>();
  /** Bumped by every draw and by disconnection, so a draw that awaited Chart.js knows it is stale. */
  private generation = 0;
  /** Lit may finish an update after its element left the page; nothing is drawn for it then. */
  private connected = false;
  private stopWatching?: () => void;

  /** @param onLoadFailure hears that Chart.js could not be loaded (the element shows its table instead) */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onLoadFailure: (error: PkError) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.stopWatching = watchAppearance(this.host, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stopWatching?.();
    this.generation++;
    for (const { chart } of this.charts.values()) chart.destroy();
    this.charts.clear();
  }

  /**
   * Draws `data` on each `canvas[data-metric]` under `root`, and the `custom` plots, in the look of
   * the palette drawn beside them (only the chart view has canvases, and it always has the palette).
   */
  drawIn(root: ParentNode, data: DividendData | undefined, settings: () => Omit<PlotSettings, 'look'>, custom: readonly CustomPlot[] = []): Promise<void> {
    const plots: (Plot | CustomPlot)[] = [...custom];
    for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-metric]')) {
      const metric = canvas.dataset.metric as MetricName;
      const series = data?.series[metric];
      if (data && series) plots.push({ metric, canvas, periods: data.periods, series });
    }
    return this.draw(plots, () => ({ ...settings(), look: readLook(root.querySelector<HTMLElement>('.palette')!) }));
  }

  /** `settings` is read only when there is something to draw. */
  async draw(plots: readonly (Plot | CustomPlot)[], settings: () => PlotSettings): Promise<void> {
    const generation = ++this.generation;
    for (const [canvas, { chart }] of this.charts) {
      if (plots.some((plot) => plot.canvas === canvas)) continue;
      chart.destroy();
      this.charts.delete(canvas);
    }
    if (plots.length === 0 || !this.connected) return;
    let ChartJs: typeof Chart;
    try {
      ChartJs = await loadChartJs();
    } catch (error) {
      if (generation === this.generation) {
        this.onLoadFailure(new PkError('data-fetch', `Chart.js could not be loaded: ${String(error)}`, { source: 'chart.js', cause: error }));
      }
      return;
    }
    if (generation !== this.generation || !this.connected) return;
    const shared = settings();
    const { look, locale, rtl, alignedLabel, baselineLabel } = shared;
    for (const plot of plots) {
      const custom = 'config' in plot;
      const drawn = JSON.stringify([custom ? plot.drawn : [plot.metric, plot.periods, plot.series], look, locale, rtl, alignedLabel, baselineLabel]);
      const existing = this.charts.get(plot.canvas);
      if (existing?.drawn === drawn) continue;
      const config = custom ? plot.config(shared) : lineConfig(plot, shared);
      if (existing) {
        existing.chart.data = config.data;
        existing.chart.options = config.options!;
        existing.chart.update();
        existing.drawn = drawn;
      } else {
        this.charts.set(plot.canvas, { chart: new ChartJs(plot.canvas, config), drawn });
      }
    }
  }
}

/**
 * The aligned cohort and the baseline as two lines; the band between them is the dividend, shaded
 * in the gain colour where the aligned cohort is ahead and in the loss colour where it is behind.
 * The baseline is dashed with square points, so the lines differ without colour too. Right to
 * left, time runs from the right: the values are reversed rather than the axis, because Chart.js
 * lays out rotated labels of a reversed axis as if it were not, and cuts the last one off.
 */
export function lineConfig({ metric, periods, series }: Omit<Plot, 'canvas'>, settings: PlotSettings): LineConfig {
  const { look, format } = settings;
  const lowerIsBetter = LOWER_IS_BETTER.has(metric);
  const inReadingOrder = <T>(values: readonly T[]) => (settings.rtl ? [...values].reverse() : [...values]);
  const aligned = inReadingOrder(series.aligned);
  const baseline = inReadingOrder(series.baseline);
  const gaps = dividend({ aligned, baseline });
  const ticks = { color: look.text, font: { family: look.fontFamily } };
  const grid = { color: look.grid };
  const line = (colour: string) => ({
    borderColor: colour,
    backgroundColor: colour,
    pointBackgroundColor: colour,
    pointHoverBackgroundColor: colour,
    pointBorderColor: colour,
    pointRadius: 3,
    borderWidth: 2,
  });
  return {
    type: 'line',
    data: {
      labels: inReadingOrder(periods),
      datasets: [
        {
          label: settings.alignedLabel,
          data: aligned,
          ...line(look.aligned),
          borderWidth: 3,
          fill: { target: '+1', above: lowerIsBetter ? look.lossFill : look.gainFill, below: lowerIsBetter ? look.gainFill : look.lossFill },
        },
        {
          label: settings.baselineLabel,
          data: baseline,
          ...line(look.baseline),
          borderDash: [6, 4],
          pointStyle: 'rect',
          fill: false,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: look.animationMs > 0 ? { duration: look.animationMs } : false,
      locale: settings.locale,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks, grid, border: { color: look.grid } },
        y: {
          position: settings.rtl ? 'right' : 'left',
          grace: '5%',
          ticks: { ...ticks, callback: (value) => format.value(metric, Number(value)) },
          grid,
          border: { color: look.grid },
        },
      },
      plugins: {
        tooltip: {
          rtl: settings.rtl,
          filter: (item: TooltipItem<'line'>) => item.parsed.y !== null,
          callbacks: {
            label: (item: TooltipItem<'line'>) => `${item.dataset.label}: ${format.value(metric, item.parsed.y!)}`,
            footer: (items: TooltipItem<'line'>[]) => {
              const gap = gaps[items[0]?.dataIndex ?? -1];
              return gap == null ? '' : settings.gapLabel(format.gap(metric, gap));
            },
          },
        },
      },
    },
  };
}
