/**
 * The baseline of scenario 6: a hand-written Purpose Dividend panel using Chart.js directly, with
 * the same blocks as <pk-dividend-chart metric="all"> (title, caveat, headline figures, legend,
 * one figure per metric) and the same charts: two lines per metric, the gap between them filled,
 * the baseline dashed, tooltips, no animation. Its words and figures are written plainly; the
 * scenario compares the shape of the two DOMs, not their text.
 */
import type { Chart as ChartType } from 'chart.js';
import type { CohortSeries, Manifest } from '../../../src/core/manifest/types.js';
import { baseBox, h, shadowHost } from './dom.js';

type Metric = 'retention' | 'mobility' | 'latency' | 'alignment';
const METRICS: readonly Metric[] = ['retention', 'mobility', 'latency', 'alignment'];
const NAMES: Record<Metric, string> = {
  retention: 'Retention',
  mobility: 'Internal mobility',
  latency: 'Skill-application latency',
  alignment: 'Sentiment alignment',
};
const COLOURS = { aligned: '#0a5cc2', baseline: '#57606a', gain: 'rgba(26, 127, 55, 0.22)', loss: 'rgba(180, 35, 24, 0.22)', text: '#1f2328', grid: '#d0d7de' };

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const currency = (code: string) => new Intl.NumberFormat('en', { style: 'currency', currency: code, maximumFractionDigits: 0 });

/** The last period where both cohorts have a number, and the gap there. */
function lastGap({ aligned, baseline }: CohortSeries): { index: number; gap: number } | undefined {
  for (let index = aligned.length - 1; index >= 0; index--) {
    const a = aligned[index];
    const b = baseline[index];
    if (a != null && b != null) return { index, gap: a - b };
  }
  return undefined;
}

function gapText(metric: Metric, gap: number): string {
  if (metric === 'latency') return `${number.format(gap)} days`;
  if (metric === 'alignment') return number.format(gap);
  return `${number.format(gap * 100)} pts`;
}

export class ChartBaseline {
  private constructor(
    private readonly manifest: Manifest,
    private readonly Chart: typeof ChartType,
  ) {}

  /** Chart.js with the parts a line chart with a filled gap and tooltips needs, registered once. */
  static async load(manifest: Manifest): Promise<ChartBaseline> {
    const { Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Tooltip } = await import('chart.js');
    Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Tooltip);
    return new ChartBaseline(manifest, Chart);
  }

  render(parent: HTMLElement): void {
    const { periods = [], series = {}, cost } = this.manifest.metrics!;
    const shown = METRICS.filter((metric) => series[metric]);
    const canvases = new Map<Metric, HTMLCanvasElement>();
    const { host, root } = shadowHost('pk-dividend-chart', { metric: 'all' });
    const headlines = shown.flatMap((metric) => {
      const last = lastGap(series[metric]!);
      if (!last) return [];
      const ahead = metric === 'latency' ? last.gap < 0 : last.gap > 0;
      return [
        h(
          'div',
          { class: 'headline', part: 'headline' },
          h('dt', {}, `${NAMES[metric]} dividend, ${periods[last.index]}`),
          h('dd', { class: ahead ? 'figure ahead' : 'figure behind' }, gapText(metric, last.gap)),
        ),
      ];
    });
    const retention = series.retention && lastGap(series.retention);
    const avoided = cost && retention ? retention.gap * cost.alignedHeadcount * cost.averageSalary * cost.replacementFactor : undefined;
    root.append(
      baseBox(
        h(
          'div',
          { class: 'dividend', part: 'dividend' },
          h(
            'div',
            { class: 'top' },
            h('p', { class: 'title', part: 'title' }, 'Purpose Dividend'),
            h('button', { type: 'button', class: 'toggle', part: 'toggle', 'aria-pressed': 'false' }, 'Table view'),
          ),
          h('p', { class: 'caveat', part: 'caveat' }, 'Correlational, not causal.'),
          h(
            'dl',
            { class: 'headlines', part: 'headlines' },
            ...headlines,
            avoided !== undefined &&
              h(
                'div',
                { class: 'headline', part: 'headline cost' },
                h('dt', {}, 'Estimated attrition cost avoided'),
                h('dd', { class: 'figure' }, currency(cost!.currency).format(avoided)),
              ),
          ),
          avoided !== undefined && h('p', { class: 'basis', part: 'basis' }, 'Turnover gap × headcount × average salary × replacement factor.'),
          h(
            'ul',
            { class: 'legend', part: 'legend' },
            h('li', {}, h('span', { class: 'swatch aligned', 'aria-hidden': 'true' }), 'Purpose-aligned cohort'),
            h('li', {}, h('span', { class: 'swatch baseline', 'aria-hidden': 'true' }), 'Everyone else'),
            h('li', {}, h('span', { class: 'swatch gap', 'aria-hidden': 'true' }), 'Dividend: the gap between them'),
          ),
          h(
            'span',
            { class: 'palette', 'aria-hidden': 'true' },
            ...['aligned', 'baseline', 'gain', 'loss', 'text', 'grid'].map((name) => h('span', { class: name })),
          ),
          h(
            'div',
            { class: 'panels all', part: 'panels' },
            ...shown.map((metric) => {
              const canvas = h('canvas', { part: 'canvas', role: 'img', 'data-metric': metric, 'aria-label': `${NAMES[metric]} over ${periods.length} periods` });
              canvases.set(metric, canvas);
              return h(
                'figure',
                { class: 'panel', part: 'panel' },
                h('figcaption', { class: 'caption', part: 'caption' }, h('span', { class: 'metric-name' }, NAMES[metric]), h('span', { class: 'definition' }, NAMES[metric])),
                h('div', { class: 'plot', part: 'plot' }, canvas),
              );
            }),
          ),
        ),
      ),
    );
    const frame = h('div', { class: 'chart' }, host);
    parent.append(frame);
    for (const [metric, canvas] of canvases) this.draw(canvas, metric, periods, series[metric]!);
  }

  private draw(canvas: HTMLCanvasElement, metric: Metric, periods: readonly string[], { aligned, baseline }: CohortSeries): void {
    const lowerIsBetter = metric === 'latency';
    const line = (colour: string) => ({ borderColor: colour, backgroundColor: colour, pointBackgroundColor: colour, pointBorderColor: colour, pointRadius: 3, borderWidth: 2 });
    const ticks = { color: COLOURS.text };
    new this.Chart(canvas, {
      type: 'line',
      data: {
        labels: [...periods],
        datasets: [
          {
            label: 'Purpose-aligned cohort',
            data: [...aligned],
            ...line(COLOURS.aligned),
            borderWidth: 3,
            fill: { target: '+1', above: lowerIsBetter ? COLOURS.loss : COLOURS.gain, below: lowerIsBetter ? COLOURS.gain : COLOURS.loss },
          },
          { label: 'Everyone else', data: [...baseline], ...line(COLOURS.baseline), borderDash: [6, 4], pointStyle: 'rect', fill: false },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { ticks, grid: { color: COLOURS.grid } },
          y: { grace: '5%', ticks: { ...ticks, callback: (value) => gapText(metric, Number(value)) }, grid: { color: COLOURS.grid } },
        },
      },
    });
  }
}
