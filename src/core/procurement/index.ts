export { aggregateRatings, type AggregateOptions, type Aggregated } from './aggregate.js';
export { procurementReport } from './report.js';
export { MAX_WINDOW_DAYS, RatedItemSchema, RatingsAggregateSchema, RatingWindowSchema } from './schema.js';
export { DEFAULT_THRESHOLDS, recommend, resolveThresholds, trendOf, type Thresholds, type TrendDirection } from './thresholds.js';
export {
  DEFAULT_WINDOW_DAYS,
  RECOMMENDATIONS,
  type ItemReport,
  type ProcurementReport,
  type ProviderReport,
  type RatedItem,
  type RatedSummary,
  type RatingsAggregate,
  type RatingWindow,
  type Recommendation,
  type Trend,
} from './types.js';
export { validateAggregate } from './validate.js';
