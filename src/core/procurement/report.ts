/**
 * The procurement view of a ratings aggregate: per course and per provider, the average relevance
 * and clarity, the number of ratings, the trend and the recommendation (see `thresholds.ts`).
 * Providers come from the manifest's courses.
 */
import type { Course } from '../manifest/types.js';
import { recommend, trendOf, type Thresholds } from './thresholds.js';
import { RECOMMENDATIONS, type ItemReport, type ProcurementReport, type ProviderReport, type RatedItem, type RatingsAggregate, type RatedSummary } from './types.js';
import { combine } from './windows.js';

export function procurementReport(
  aggregate: RatingsAggregate,
  courses: ReadonlyMap<string, Course>,
  thresholds: Thresholds,
): ProcurementReport {
  const items = aggregate.items.map((item): ItemReport => {
    const summary = summarise([item], thresholds);
    const provider = courses.get(item.course)?.provider;
    return { course: item.course, ...(provider !== undefined && { provider }), ...summary, recommendation: recommend(summary.total, thresholds) };
  });

  const byProvider = new Map<string | undefined, { rated: RatedItem[]; reports: ItemReport[] }>();
  aggregate.items.forEach((item, index) => {
    const report = items[index]!;
    const group = byProvider.get(report.provider) ?? { rated: [], reports: [] };
    group.rated.push(item);
    group.reports.push(report);
    byProvider.set(report.provider, group);
  });
  const providers = [...byProvider].map(([provider, { rated, reports }]): ProviderReport => {
    const recommendations = Object.fromEntries(RECOMMENDATIONS.map((name) => [name, 0])) as ProviderReport['recommendations'];
    for (const report of reports) recommendations[report.recommendation]++;
    return { ...(provider !== undefined && { provider }), ...summarise(rated, thresholds), recommendations };
  });
  return { items, providers };
}

/** Items' windows combined: the total, and the trend between the combined windows. */
function summarise(items: readonly RatedItem[], thresholds: Thresholds): RatedSummary {
  const earlier = combine(items.map((item) => item.earlier));
  const recent = combine(items.map((item) => item.recent));
  const total = combine([earlier, recent]);
  const trend = trendOf(earlier, recent, thresholds);
  return { ...(total && { total }), ...(trend && { trend }) };
}
