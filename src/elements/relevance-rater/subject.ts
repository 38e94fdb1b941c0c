import { PkError } from '../../core/errors.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Course, Pillar } from '../../core/manifest/types.js';

/** The course being rated, with the pillar its clarity question names and the pathway the host names. */
export interface Subject {
  course: Course;
  pillar?: Pillar;
  /** The host's `pathway`; without one, events name the course's only pathway (see `eventContext`). */
  pathway?: string;
}

/** The course `courseId` of the manifest, or undefined. */
export function subjectOf(catalog: Catalog, courseId: string | undefined, pathway: string | undefined): Subject | undefined {
  const course = courseId === undefined ? undefined : catalog.courses.get(courseId);
  return course && { course, pillar: catalog.pillarOfCourse(course.id), pathway };
}

export function unknownCourse(tag: string, courseId: string | undefined): PkError {
  return courseId === undefined
    ? new PkError('config-invalid', `<${tag}> needs a course attribute naming a course of the pathway manifest.`, { source: tag })
    : new PkError('not-found', `course "${courseId}" is not in the pathway manifest.`, { source: tag });
}
