import { html, type TemplateResult } from 'lit';
import { dividend } from '../../core/metrics/dividend.js';
import type { CohortSeries, MetricName } from '../../core/metrics/types.js';
import type { MetricFormat } from './metric-format.js';
import type { Translate } from './translate.js';

/** The numbers of one plot as a table: a row per period, the two cohorts and their gap. */
export function dividendTable(
  metric: MetricName,
  periods: readonly string[],
  series: CohortSeries,
  format: MetricFormat,
  t: Translate,
): TemplateResult {
  const gaps = dividend(series);
  const cell = (value: number | null | undefined, show: (value: number) => string) =>
    value == null
      ? html`<span aria-hidden="true">—</span><span class="visually-hidden">${t('dividend-chart.no-data')}</span>`
      : show(value);
  const value = (v: number) => format.value(metric, v);
  const gap = (v: number) => format.gap(metric, v);
  return html`<table class="table" part="table">
    <caption class="visually-hidden">${t(`dividend-chart.metric.${metric}`)}</caption>
    <thead>
      <tr>
        <th scope="col">${t('dividend-chart.table.period')}</th>
        <th scope="col">${t('dividend-chart.cohort.aligned')}</th>
        <th scope="col">${t('dividend-chart.cohort.baseline')}</th>
        <th scope="col">${t('dividend-chart.table.dividend')}</th>
      </tr>
    </thead>
    <tbody>
      ${periods.map(
        (period, i) => html`<tr>
          <th scope="row">${period}</th>
          <td>${cell(series.aligned[i], value)}</td>
          <td>${cell(series.baseline[i], value)}</td>
          <td>${cell(gaps[i], gap)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
