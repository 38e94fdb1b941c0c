/**
 * The ratings aggregate: what a ratings endpoint (an LMS report, a Learning Record Store query, the
 * demo's `/api/ratings`) answers `<pk-relevance-report src="…">` with, and what `aggregateRatings`
 * makes from raw rating events. This valibot schema is its one source of truth: the types
 * (`types.ts`) and the validator (`validate.ts`) come from it.
 *
 * ```json
 * {
 *   "asOf": "2026-06-30",
 *   "windowDays": 90,
 *   "items": [
 *     { "course": "data-privacy-essentials",
 *       "earlier": { "count": 1200, "relevance": 3.8, "clarity": 4.1 },
 *       "recent": { "count": 120, "relevance": 4.2, "clarity": 4.4 } }
 *   ]
 * }
 * ```
 *
 * Averages are kept per window, with their counts, so windows, items and providers combine exactly
 * (weighted by count) and the trend compares the recent window with everything before it.
 */
import * as v from 'valibot';
import { date, described, id, integerIn, list, numberIn } from '../manifest/fields.js';
import { MAX_COURSES, MAX_RATING, MIN_RATING } from '../manifest/limits.js';

/** The longest recent window, in days (ten years). */
export const MAX_WINDOW_DAYS = 3660;

export const RatingWindowSchema = v.pipe(
  v.object({
    count: described(v.pipe(v.number(), v.integer(), v.minValue(1)), 'How many ratings (leave an empty window out).'),
    relevance: described(numberIn(MIN_RATING, MAX_RATING), 'Their average relevance to the role, 1 to 5.'),
    clarity: described(numberIn(MIN_RATING, MAX_RATING), 'Their average strategic clarity, 1 to 5.'),
  }),
  v.title('RatingWindow'),
  v.description('The ratings of one course made in one window of time.'),
);

export const RatedItemSchema = v.pipe(
  v.object({
    course: described(id, 'The id of the course in the pathway manifest; a course the manifest no longer has is shown by its id.'),
    earlier: v.optional(described(RatingWindowSchema, 'Ratings made before the recent window.')),
    recent: v.optional(described(RatingWindowSchema, 'Ratings made in the recent window.')),
  }),
  v.title('RatedItem'),
);

export const RatingsAggregateSchema = v.pipe(
  v.object({
    asOf: described(date, 'The last day of the recent window.'),
    windowDays: described(integerIn(1, MAX_WINDOW_DAYS), 'How many days, up to and including `asOf`, the recent window holds.'),
    items: described(list(RatedItemSchema, MAX_COURSES), 'One entry per rated course; each course at most once.'),
  }),
  v.title('RatingsAggregate'),
  v.description('Learner ratings of relevance and strategic clarity per course, in two windows of time.'),
);
