import { MAX_RATING, MIN_RATING } from '../../core/manifest/limits.js';

/** The points of a rating scale, 1 to 5. */
export const POINTS: readonly number[] = Array.from({ length: MAX_RATING - MIN_RATING + 1 }, (_, i) => MIN_RATING + i);

/** True for a whole number on the scale. */
export function isPoint(value: unknown): value is number {
  return typeof value === 'number' && POINTS.includes(value);
}
