import { PkError } from '../../core/errors.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Course, Pillar } from '../../core/manifest/types.js';

/** The course being rated, with the pillar its clarity question names and the pathway it is taken in. */
export interface Subject {
  course: Course;
  pillar?: Pillar;
  pathwayId?: string;
}

/**
 * The course `courseId` of the manifest, or undefined. The pathway is the one the host names, else
 * the course's only pathway; a course in several pathways without a named one has none.
 */
export function subjectOf(catalog: Catalog, courseId: string | undefined, pathwayId: string | undefined): Subject | undefined {
  const course = courseId === undefined ? undefined : catalog.courses.get(courseId);
  if (!course) return undefined;
  const pathways = catalog.pathwaysWithCourse(course.id);
  return {
    course,
    pillar: catalog.pillarOfCourse(course.id),
    pathwayId: pathwayId ?? (pathways.length === 1 ? pathways[0]!.id : undefined),
  };
}

export function unknownCourse(tag: string, courseId: string | undefined): PkError {
  return courseId === undefined
    ? new PkError('config-invalid', `<${tag}> needs a course attribute naming a course of the pathway manifest.`, { source: tag })
    : new PkError('not-found', `course "${courseId}" is not in the pathway manifest.`, { source: tag });
}
