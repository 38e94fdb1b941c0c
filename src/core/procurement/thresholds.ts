/**
 * The recommendation per course, from thresholds a procurement team can set (all averages on the
 * 1–5 scales learners rate on):
 *
 * | recommendation | when |
 * |---|---|
 * | `undecided` | fewer than `minRatings` ratings (default 5): too few to act on |
 * | `retire` | average relevance below `retireBelow` (default 2.5): learners do not see it in their role, and framing will not change that |
 * | `rewrap` | otherwise, average relevance or clarity below `rewrapBelow` (default 3.5): re-wrap it with why context |
 * | `keep` | everything else |
 *
 * A trend (recent window minus earlier window) is shown only when both windows hold at least
 * `minRatings` ratings; a change smaller than `steadyWithin` (default 0.1) either way reads as steady.
 */
import { PkError } from '../errors.js';
import { MAX_RATING, MIN_RATING } from '../manifest/limits.js';
import type { RatingWindow, Recommendation, Trend } from './types.js';

export interface Thresholds {
  minRatings: number;
  retireBelow: number;
  rewrapBelow: number;
  steadyWithin: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  minRatings: 5,
  retireBelow: 2.5,
  rewrapBelow: 3.5,
  steadyWithin: 0.1,
});

export type TrendDirection = 'up' | 'down' | 'steady';

/**
 * The defaults with `given` applied. Throws a `PkError` (`config-invalid`) naming every threshold
 * out of range: `minRatings` a whole number from 0; `retireBelow` ≤ `rewrapBelow`, both on the
 * 1–5 scale; `steadyWithin` from 0 to 4.
 */
export function resolveThresholds(given: Partial<Thresholds> = {}): Thresholds {
  const resolved = { ...DEFAULT_THRESHOLDS };
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) {
    if (given[key] !== undefined) resolved[key] = given[key];
  }
  const { minRatings, retireBelow, rewrapBelow, steadyWithin } = resolved;
  const onScale = (value: number) => typeof value === 'number' && value >= MIN_RATING && value <= MAX_RATING;
  const problems = [
    !(Number.isInteger(minRatings) && minRatings >= 0) && `minRatings must be a whole number from 0, got ${minRatings}`,
    !onScale(retireBelow) && `retireBelow must be from ${MIN_RATING} to ${MAX_RATING}, got ${retireBelow}`,
    !onScale(rewrapBelow) && `rewrapBelow must be from ${MIN_RATING} to ${MAX_RATING}, got ${rewrapBelow}`,
    onScale(retireBelow) && onScale(rewrapBelow) && retireBelow > rewrapBelow && `retireBelow (${retireBelow}) must not be above rewrapBelow (${rewrapBelow})`,
    !(typeof steadyWithin === 'number' && steadyWithin >= 0 && steadyWithin <= MAX_RATING - MIN_RATING) &&
      `steadyWithin must be from 0 to ${MAX_RATING - MIN_RATING}, got ${steadyWithin}`,
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new PkError('config-invalid', `thresholds: ${problems.join('; ')}`, { source: 'thresholds' });
  return resolved;
}

export function recommend(total: RatingWindow | undefined, thresholds: Thresholds): Recommendation {
  if (!total || total.count < thresholds.minRatings) return 'undecided';
  if (total.relevance < thresholds.retireBelow) return 'retire';
  if (total.relevance < thresholds.rewrapBelow || total.clarity < thresholds.rewrapBelow) return 'rewrap';
  return 'keep';
}

/** How the recent window compares with the earlier one; undefined unless both hold enough ratings. */
export function trendOf(earlier: RatingWindow | undefined, recent: RatingWindow | undefined, thresholds: Thresholds): Trend | undefined {
  if (!earlier || !recent || earlier.count < thresholds.minRatings || recent.count < thresholds.minRatings) return undefined;
  return { relevance: recent.relevance - earlier.relevance, clarity: recent.clarity - earlier.clarity };
}

export function trendDirectionOf(change: number, thresholds: Thresholds): TrendDirection {
  if (Math.abs(change) < thresholds.steadyWithin) return 'steady';
  return change > 0 ? 'up' : 'down';
}
