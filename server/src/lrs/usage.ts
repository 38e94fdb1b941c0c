/**
 * Usage per course from what the LMS told the LRS (`lms_progress`, one row per course and learner):
 * enrolments = learners with any registered / launched / completed / passed statement about the
 * course (someone launched was enrolled); completions = learners with a completed or passed one;
 * active learners = learners with any of them in the last `windowDays` days. Counts of people under
 * `--min-group` are withheld (left out), like every other published aggregate.
 */
import type { CourseUsage, Manifest } from '../../../src/core/manifest/types.js';
import type { Sql } from '../store/store.js';

export interface UsageDocument {
  asOf: string;
  windowDays: number;
  courses: { id: string; usage: CourseUsage }[];
}

export const DEFAULT_USAGE_WINDOW_DAYS = 90;
export const MAX_USAGE_WINDOW_DAYS = 3660;

export async function usageDocument(db: Sql, options: { windowDays: number; minGroup: number; now?: number }): Promise<UsageDocument> {
  const now = options.now ?? Date.now();
  const from = new Date(now - options.windowDays * 24 * 60 * 60 * 1000).toISOString();
  const { rows } = await db.query<{ course: string; enrollments: number; completions: number; active: number }>(
    `select course, count(*)::int as enrollments, count(completed_at)::int as completions,
      count(*) filter (where last_active_at > $1)::int as active
    from lms_progress group by course order by course`,
    [from],
  );
  const published = (count: number) => (count >= options.minGroup ? count : undefined);
  const courses = rows.flatMap(({ course, enrollments, completions, active }) => {
    const usage: CourseUsage = {
      ...(published(enrollments) !== undefined && { enrollments }),
      ...(published(completions) !== undefined && { completions }),
      ...(published(active) !== undefined && { activeLearners: active }),
    };
    return Object.keys(usage).length > 0 ? [{ id: course, usage }] : [];
  });
  return { asOf: new Date(now).toISOString(), windowDays: options.windowDays, courses };
}

/** The manifest with each course's `usage` replaced by the collector's figures where it has any (the manifest's own stay elsewhere). */
export function withUsage(manifest: Manifest, usage: UsageDocument): Manifest {
  const byCourse = new Map(usage.courses.map((course) => [course.id, course.usage]));
  return { ...manifest, courses: manifest.courses.map((course) => (byCourse.has(course.id) ? { ...course, usage: byCourse.get(course.id)! } : course)) };
}
