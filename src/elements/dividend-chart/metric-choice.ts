/**
 * Which metrics a dividend chart shows: the one its `metric` attribute names, or all four, and of
 * those only the ones with any number; or the Human Sustainability view (`sustainability`).
 */
import { PkError } from '../../core/errors.js';
import { METRIC_NAMES, type DividendData, type MetricName } from '../../core/metrics/types.js';

/** One metric, all four side by side, or the Human Sustainability view. */
export type DividendMetric = MetricName | 'all' | 'sustainability';

const METRIC_CHOICES: readonly string[] = [...METRIC_NAMES, 'all', 'sustainability'];

/** The error of a `metric` attribute that names no metric; `source` is the element's tag. */
export function metricError(metric: string, source: string): PkError | undefined {
  return METRIC_CHOICES.includes(metric) ? undefined : new PkError('config-invalid', `metric="${metric}" is not one of ${METRIC_CHOICES.join(', ')}`, { source });
}

/** The metrics to show: the one asked for, or all four; only those with any number. */
export function shownMetrics(data: DividendData, metric: Exclude<DividendMetric, 'sustainability'>): MetricName[] {
  const asked = metric === 'all' ? METRIC_NAMES : [metric];
  return asked.filter((name) => {
    const series = data.series[name];
    return !!series && [...series.aligned, ...series.baseline].some((value) => value !== null);
  });
}
