import { dividend } from '../../core/metrics/dividend.js';
import type { CohortSeries, MetricName } from '../../core/metrics/types.js';
import type { MetricFormat } from './metric-format.js';
import type { Translate } from './translate.js';

/**
 * What a plot shows, in one sentence for screen readers: both cohorts from the first to the last
 * period in which both have data, and the dividend in the last.
 */
export function describePlot(
  metric: MetricName,
  periods: readonly string[],
  series: CohortSeries,
  format: MetricFormat,
  t: Translate,
): string {
  const name = t(`dividend-chart.metric.${metric}`);
  const gaps = dividend(series);
  const compared = gaps.flatMap((gap, i) => (gap === null ? [] : [i]));
  if (compared.length === 0) return t('dividend-chart.summary.none', { metric: name });
  const first = compared[0]!;
  const last = compared[compared.length - 1]!;
  const value = (values: readonly (number | null)[], i: number) => format.value(metric, values[i]!);
  return t('dividend-chart.summary', {
    metric: name,
    first: periods[first] ?? '',
    last: periods[last] ?? '',
    alignedFirst: value(series.aligned, first),
    alignedLast: value(series.aligned, last),
    baselineFirst: value(series.baseline, first),
    baselineLast: value(series.baseline, last),
    gap: format.gap(metric, gaps[last]!),
  });
}
