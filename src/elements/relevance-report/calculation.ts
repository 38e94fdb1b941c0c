/**
 * The report's arithmetic — reading rating events into an aggregate, the recommendations and
 * trends from the thresholds — in a chunk of its own. Every report needs it, but only once its
 * data is there: it loads while the manifest and the ratings do, not before the element can draw.
 */
export { aggregateRatings } from '../../core/procurement/aggregate.js';
export { procurementReport } from '../../core/procurement/report.js';
export { resolveThresholds, trendDirectionOf } from '../../core/procurement/thresholds.js';
