import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { formatCurrency } from '../../core/i18n/format.js';
import { attritionCostSeries, dividend, latest } from '../../core/metrics/dividend.js';
import type { DividendData, MetricName } from '../../core/metrics/types.js';
import { LOWER_IS_BETTER, type MetricFormat } from './metric-format.js';
import type { Translate } from './translate.js';

/**
 * The numbers a leader reads first: each shown metric's latest dividend, and the attrition cost
 * avoided in the latest period that has it, in the cost model's currency, with how it was estimated.
 */
export function headlines(
  data: DividendData,
  metrics: readonly MetricName[],
  format: MetricFormat,
  locale: string,
  t: Translate,
): TemplateResult {
  const cost = data.cost;
  const avoided = cost ? latest(attritionCostSeries(data)) : null;
  return html`<dl class="headlines" part="headlines">
      ${metrics.map((metric) => {
        const gap = latest(dividend(data.series[metric]!));
        if (!gap) return nothing;
        const ahead = LOWER_IS_BETTER.has(metric) ? gap.value < 0 : gap.value > 0;
        const behind = LOWER_IS_BETTER.has(metric) ? gap.value > 0 : gap.value < 0;
        return html`<div class="headline" part="headline">
          <dt>${t('dividend-chart.headline.dividend', { metric: t(`dividend-chart.metric.${metric}`), period: data.periods[gap.index] ?? '' })}</dt>
          <dd class=${classMap({ figure: true, ahead, behind })}>${format.gap(metric, gap.value)}</dd>
        </div>`;
      })}
      ${cost && avoided
        ? html`<div class="headline" part="headline cost">
            <dt>${t('dividend-chart.headline.cost', { period: data.periods[avoided.index] ?? '' })}</dt>
            <dd class="figure">${formatCurrency(locale, avoided.value, cost.currency)}</dd>
          </div>`
        : nothing}
    </dl>
    ${cost && avoided
      ? html`<p class="basis" part="basis">
          ${t('dividend-chart.cost.basis', {
            headcount: cost.alignedHeadcount,
            salary: formatCurrency(locale, cost.averageSalary, cost.currency),
            factor: cost.replacementFactor,
          })}
          ${data.turnover ? nothing : t('dividend-chart.cost.estimated')}
        </p>`
      : nothing}`;
}
