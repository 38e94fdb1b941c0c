import type { Metrics } from '../manifest/types.js';
import type { DividendData } from './types.js';

/**
 * The chart's data from a manifest's `metrics` section. Without `periods`, periods are numbered
 * from 1 as far as the longest series reaches.
 */
export function dividendData(metrics: Metrics): DividendData {
  const series = metrics.series ?? {};
  const lengths = Object.values(series).flatMap((cohorts) => (cohorts ? [cohorts.aligned.length, cohorts.baseline.length] : []));
  const periods = metrics.periods ?? Array.from({ length: Math.max(0, ...lengths) }, (_, i) => String(i + 1));
  return metrics.cost ? { periods, series, cost: metrics.cost } : { periods, series };
}
