import type { Pathway } from '../../core/manifest/types.js';

/** Where a learner stands in one course. */
export type CourseStatus = 'not-started' | 'in-progress' | 'done';

/** Learner progress as the host knows it: course id → status. Courses not listed are not started. */
export type LearnerProgress = Readonly<Record<string, CourseStatus>>;

/** A pathway's progress, rolled up from its courses. */
export interface PathwayProgress {
  done: number;
  inProgress: number;
  total: number;
}

const STATUSES: ReadonlySet<string> = new Set<CourseStatus>(['not-started', 'in-progress', 'done']);

/** The status of one course; anything the host gave that is not a known status counts as not started. */
export function statusOf(progress: LearnerProgress, courseId: string): CourseStatus {
  const status = Object.hasOwn(progress, courseId) ? progress[courseId] : undefined;
  return status !== undefined && STATUSES.has(status) ? status : 'not-started';
}

/** How many of the pathway's courses are done and in progress. A course listed twice counts twice. */
export function rollUp(pathway: Pathway, progress: LearnerProgress): PathwayProgress {
  const rolled: PathwayProgress = { done: 0, inProgress: 0, total: pathway.courses.length };
  for (const courseId of pathway.courses) {
    const status = statusOf(progress, courseId);
    if (status === 'done') rolled.done++;
    else if (status === 'in-progress') rolled.inProgress++;
  }
  return rolled;
}
