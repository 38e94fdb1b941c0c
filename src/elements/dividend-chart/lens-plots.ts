/**
 * The charts of the Human Sustainability view: one line (everyone) for the future-proof share,
 * the breadth and the wellbeing relation; for the employability paradox, the dividend's own two-line
 * chart with the gap shaded, its lines named after the two cohorts.
 */
import type { Sustainability } from '../../core/metrics/types.js';
import { lineConfig, type CustomPlot, type LineConfig, type PlotSettings } from './charts.js';
import type { LensFormat, LensMetric } from './lens-format.js';
import type { Translate } from './translate.js';

/** The numbers one canvas of the view draws: everyone's series, or the two cohorts. */
export function lensSeries(lens: Sustainability, metric: LensMetric): readonly (number | null)[] | undefined {
  return metric === 'wellbeing' ? lens.wellbeing : metric === 'retention' ? undefined : lens[metric]?.organization;
}

/** A plot for each `canvas[data-lens]` under `root`. */
export function lensPlots(root: ParentNode, periods: readonly string[], lens: Sustainability, format: LensFormat, t: Translate): CustomPlot[] {
  const plots: CustomPlot[] = [];
  for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-lens]')) {
    const metric = canvas.dataset.lens as LensMetric;
    if (metric === 'retention') {
      const series = lens.retention;
      if (!series) continue;
      const count = lens.threshold ?? 2;
      plots.push({
        canvas,
        drawn: JSON.stringify([metric, periods, series, count]),
        config: (settings) =>
          lineConfig(
            { metric: 'retention', periods, series },
            { ...settings, alignedLabel: t('dividend-chart.lens.cohort.skilled', { count }), baselineLabel: t('dividend-chart.lens.cohort.others') },
          ),
      });
      continue;
    }
    const values = lensSeries(lens, metric);
    if (!values) continue;
    const label = t('dividend-chart.lens.group.organization');
    plots.push({ canvas, drawn: JSON.stringify([metric, periods, values, label]), config: (settings) => oneLine(metric, periods, values, label, format, settings) });
  }
  return plots;
}

function oneLine(metric: LensMetric, periods: readonly string[], values: readonly (number | null)[], label: string, format: LensFormat, settings: PlotSettings): LineConfig {
  const { look, rtl } = settings;
  const inReadingOrder = <T>(list: readonly T[]) => (rtl ? [...list].reverse() : [...list]);
  const ticks = { color: look.text, font: { family: look.fontFamily } };
  const grid = { color: look.grid };
  const colour = look.aligned;
  return {
    type: 'line',
    data: {
      labels: inReadingOrder(periods),
      datasets: [
        { label, data: inReadingOrder(values), borderColor: colour, backgroundColor: colour, pointBackgroundColor: colour, pointBorderColor: colour, pointRadius: 3, borderWidth: 3, fill: false },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: look.animationMs > 0 ? { duration: look.animationMs } : false,
      locale: settings.locale,
      scales: {
        x: { ticks, grid, border: { color: look.grid } },
        y: {
          position: rtl ? 'right' : 'left',
          grace: '5%',
          ...(metric === 'wellbeing' ? { min: -1, max: 1 } : { beginAtZero: true }),
          ticks: { ...ticks, callback: (value) => format.value(metric, Number(value)) },
          grid,
          border: { color: look.grid },
        },
      },
      plugins: {
        tooltip: {
          rtl,
          filter: (item) => item.parsed.y !== null,
          callbacks: { label: (item) => `${label}: ${format.value(metric, item.parsed.y!)}` },
        },
      },
    },
  };
}
