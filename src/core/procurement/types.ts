/** The types of the ratings aggregate (inferred from `schema.ts`) and of the procurement report. */
import type * as v from 'valibot';
import type * as schema from './schema.js';

/** The ratings of one course made in one window of time: how many, and their averages. */
export type RatingWindow = v.InferOutput<typeof schema.RatingWindowSchema>;

/** One course's ratings, before and in the recent window. */
export type RatedItem = v.InferOutput<typeof schema.RatedItemSchema>;

/** Ratings per course in two windows: the shape a ratings endpoint answers with. */
export type RatingsAggregate = v.InferOutput<typeof schema.RatingsAggregateSchema>;

/** What to do with a piece of content: keep it, re-wrap it with why context, retire it; `undecided` below the minimum of ratings. */
export type Recommendation = 'keep' | 'rewrap' | 'retire' | 'undecided';

export const RECOMMENDATIONS: readonly Recommendation[] = ['keep', 'rewrap', 'retire', 'undecided'];

/** The recent window of an aggregate made without saying its length, in days. */
export const DEFAULT_WINDOW_DAYS = 90;

/** The recent window's averages minus the earlier window's, per scale. */
export interface Trend {
  relevance: number;
  clarity: number;
}

/** The ratings of a course or a provider, all windows together, with the trend and what to do. */
export interface RatedSummary {
  /** All ratings together; undefined when there are none. */
  total?: RatingWindow;
  /** Undefined unless both windows hold enough ratings to compare. */
  trend?: Trend;
}

export interface ItemReport extends RatedSummary {
  /** The course id. */
  course: string;
  /** From the manifest; undefined when the course has none or is not in the manifest. */
  provider?: string;
  recommendation: Recommendation;
}

export interface ProviderReport extends RatedSummary {
  /** The provider's name; undefined for courses without one. */
  provider?: string;
  /** How many of its items each recommendation got. */
  recommendations: Record<Recommendation, number>;
}

export interface ProcurementReport {
  items: ItemReport[];
  providers: ProviderReport[];
}
