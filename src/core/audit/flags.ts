/**
 * What the seed says to fix in the most-used content, one flag each:
 * - `no-why`: no why framing (`why`), so the course says what, never why;
 * - `no-impact-tag`: no impact tag, so it says nothing of the initiative it advances;
 * - `mandatory-without-purpose`: mandatory (itself, or through a mandatory pathway) and still
 *   without a purpose statement, the "administrative tax" the seed warns about;
 * - `weak-relevance` / `weak-clarity`: learners rate its relevance to their role, or how clearly
 *   they see what it advances, below the threshold (only with enough ratings to tell).
 */
import type { Course } from '../manifest/types.js';
import type { AuditOptions } from './options.js';

export type AuditFlag = 'no-why' | 'no-impact-tag' | 'mandatory-without-purpose' | 'weak-relevance' | 'weak-clarity';

/** Every flag, in the order they are listed and exported. */
export const AUDIT_FLAGS: readonly AuditFlag[] = ['no-why', 'no-impact-tag', 'mandatory-without-purpose', 'weak-relevance', 'weak-clarity'];

/** True when the course has ratings enough to judge. */
export function hasRatings(course: Course, options: Pick<AuditOptions, 'minRatings'>): boolean {
  return course.ratings !== undefined && course.ratings.count >= options.minRatings;
}

export function flagsOf(course: Course, mandatory: boolean, options: Pick<AuditOptions, 'minRatings' | 'weakBelow'>): AuditFlag[] {
  const rated = hasRatings(course, options);
  const raised: Record<AuditFlag, boolean> = {
    'no-why': !course.why,
    'no-impact-tag': course.impactTags.length === 0,
    'mandatory-without-purpose': mandatory && !course.why,
    'weak-relevance': rated && course.ratings!.relevance < options.weakBelow,
    'weak-clarity': rated && course.ratings!.clarity < options.weakBelow,
  };
  return AUDIT_FLAGS.filter((flag) => raised[flag]);
}
