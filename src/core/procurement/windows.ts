/** Arithmetic on rating windows: averages weigh by their counts, so combining is exact. */
import type { RatingWindow } from './types.js';

/** A running total of ratings, turned into a window by `windowOf`. */
export interface RatingSums {
  count: number;
  relevance: number;
  clarity: number;
}

export const emptySums = (): RatingSums => ({ count: 0, relevance: 0, clarity: 0 });

/** Adds `count` ratings averaging `relevance` and `clarity` to `sums`. */
export function addTo(sums: RatingSums, count: number, relevance: number, clarity: number): void {
  sums.count += count;
  sums.relevance += relevance * count;
  sums.clarity += clarity * count;
}

/** The window of `sums`; undefined when it holds no rating. */
export function windowOf(sums: RatingSums): RatingWindow | undefined {
  if (sums.count === 0) return undefined;
  return { count: sums.count, relevance: sums.relevance / sums.count, clarity: sums.clarity / sums.count };
}

/** The windows as one: counts add up, averages weigh by count. */
export function combine(windows: Iterable<RatingWindow | undefined>): RatingWindow | undefined {
  const sums = emptySums();
  for (const window of windows) if (window) addTo(sums, window.count, window.relevance, window.clarity);
  return windowOf(sums);
}
