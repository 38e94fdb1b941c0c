/**
 * The dividend's figures, below its title: the headline numbers, the legend (with the hidden
 * palette the charts read their colours from) and one panel per metric with its name, its
 * definition, and its chart's canvas (described for screen readers) or its table.
 */
import { html, nothing } from 'lit';
import type { DividendData, MetricName } from '../../core/metrics/types.js';
import { headlines } from './headlines.js';
import { MetricFormat } from './metric-format.js';
import { describePlot } from './summary.js';
import { dividendTable } from './table.js';
import type { Translate } from './translate.js';

export interface Figures {
  data: DividendData;
  /** The metrics shown, each in a panel. */
  metrics: readonly MetricName[];
  format: MetricFormat;
  /** Tables instead of charts. */
  table: boolean;
  /** All four metrics side by side, rather than one. */
  all: boolean;
  /** Chart.js could not be loaded: tables stand in, and a notice says why. */
  chartFailed: boolean;
  locale: string;
  t: Translate;
}

/** How the figures read in `locale` (see `MetricFormat`). */
export const metricFormat = (locale: string, t: Translate): MetricFormat => new MetricFormat(locale, t);

export function renderFigures({ data, metrics, format, table, all, chartFailed, locale, t }: Figures): unknown {
  return html`${headlines(data, metrics, format, locale, t)}
    ${chartFailed ? html`<p class="notice" part="notice" role="status">${t('dividend-chart.chart-failed')}</p>` : nothing}
    ${table ? nothing : renderLegend(t)}
    <div class=${all ? 'panels all' : 'panels'} part="panels">${metrics.map((metric) => renderPanel(metric, data, format, table, t))}</div>`;
}

function renderLegend(t: Translate): unknown {
  return html`<ul class="legend" part="legend">
      <li><span class="swatch aligned" aria-hidden="true"></span>${t('dividend-chart.cohort.aligned')}</li>
      <li><span class="swatch baseline" aria-hidden="true"></span>${t('dividend-chart.cohort.baseline')}</li>
      <li><span class="swatch gap" aria-hidden="true"></span>${t('dividend-chart.legend.gap')}</li>
    </ul>
    <span class="palette" aria-hidden="true">
      <span class="aligned"></span><span class="baseline"></span><span class="gain"></span><span class="loss"></span>
      <span class="text"></span><span class="grid"></span>
    </span>`;
}

function renderPanel(metric: MetricName, data: DividendData, format: MetricFormat, table: boolean, t: Translate): unknown {
  const series = data.series[metric]!;
  return html`<figure class="panel" part="panel">
    <figcaption class="caption" part="caption">
      <span class="metric-name">${t(`dividend-chart.metric.${metric}`)}</span>
      <span class="definition">${t(`dividend-chart.definition.${metric}`)}</span>
    </figcaption>
    ${table
      ? dividendTable(metric, data.periods, series, format, t)
      : html`<div class="plot" part="plot">
          <canvas part="canvas" role="img" data-metric=${metric} aria-label=${describePlot(metric, data.periods, series, format, t)}></canvas>
        </div>`}
  </figure>`;
}
