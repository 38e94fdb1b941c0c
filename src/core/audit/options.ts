/**
 * What the content audit measures and when it flags ratings, with the defaults the seed's
 * protocol implies ("audit the top 20 % of most-utilized content").
 */
import { PkError } from '../errors.js';
import { MAX_RATING, MIN_RATING } from '../manifest/limits.js';

/** The usage figure courses are ranked by (a field of a course's `usage`). */
export type UsageMetric = 'enrollments' | 'completions' | 'activeLearners';

export const USAGE_METRICS: readonly UsageMetric[] = ['enrollments', 'completions', 'activeLearners'];

export interface AuditOptions {
  /** The usage figure to rank by; default `enrollments`. */
  by: UsageMetric;
  /** The percentage of measured courses to audit, above 0 up to 100; default 20. */
  top: number;
  /** An average rating below this (1–5) is weak; default 3.5. */
  weakBelow: number;
  /** Fewer ratings than this are too few to call weak; default 5. */
  minRatings: number;
}

export const DEFAULT_AUDIT_OPTIONS: Readonly<AuditOptions> = Object.freeze({
  by: 'enrollments',
  top: 20,
  weakBelow: 3.5,
  minRatings: 5,
});

/**
 * The defaults with `given` applied; throws a `PkError` (`config-invalid`) naming every option
 * that is out of range.
 */
export function auditOptions(given: Partial<AuditOptions> = {}): AuditOptions {
  const options = { ...DEFAULT_AUDIT_OPTIONS };
  for (const key of Object.keys(DEFAULT_AUDIT_OPTIONS) as (keyof AuditOptions)[]) {
    if (given[key] !== undefined) (options as Record<keyof AuditOptions, unknown>)[key] = given[key];
  }
  const problems: string[] = [];
  if (!USAGE_METRICS.includes(options.by)) problems.push(`by must be one of ${USAGE_METRICS.join(', ')}, got "${options.by}"`);
  if (!(options.top > 0 && options.top <= 100)) problems.push(`top must be a percentage above 0 up to 100, got ${options.top}`);
  if (!(options.weakBelow >= MIN_RATING && options.weakBelow <= MAX_RATING)) {
    problems.push(`weakBelow must be from ${MIN_RATING} to ${MAX_RATING}, got ${options.weakBelow}`);
  }
  if (!(Number.isInteger(options.minRatings) && options.minRatings >= 0)) problems.push(`minRatings must be a whole number from 0, got ${options.minRatings}`);
  if (problems.length > 0) throw new PkError('config-invalid', `audit options: ${problems.join('; ')}`, { source: 'audit' });
  return options;
}
