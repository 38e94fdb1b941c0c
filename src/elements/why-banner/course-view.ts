/**
 * The course a why-banner speaks for, read from the manifest's catalogue (its pillar, the hero
 * pathways it is in, its impact tags), or the problem that keeps the banner from speaking; and the
 * `why-dismissed` event the banner sends for it.
 */
import type { ElementEventInput } from '../../core/base/delivery-controller.js';
import { PkError } from '../../core/errors.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Course, ImpactTag, Pathway, Pillar } from '../../core/manifest/types.js';

export interface CourseView {
  kind: 'course';
  course: Course;
  pillar?: Pillar;
  heroes: readonly Pathway[];
  tags: readonly ImpactTag[];
}

/** The course the banner speaks for, with what it is derived from, or why there is none. */
export type View = CourseView | { kind: 'problem'; error: PkError };

/** The view of course `id` in `catalog`; `source` names the element in a problem's error. */
export function viewOf(catalog: Catalog, id: string | undefined, source: string): View {
  if (!id) {
    return { kind: 'problem', error: new PkError('config-invalid', '<pk-why-banner> needs a course="…" attribute', { source }) };
  }
  const course = catalog.courses.get(id);
  if (!course) {
    return { kind: 'problem', error: new PkError('not-found', `course "${id}" is not in the pathway manifest`, { source }) };
  }
  const heroes = catalog.pathwaysWithCourse(course.id).filter((pathway) => catalog.heroPathways.includes(pathway));
  const tags = course.impactTags.map((tag) => catalog.impactTags.get(tag)!);
  return { kind: 'course', course, pillar: catalog.pillarOfCourse(course.id), heroes, tags };
}

/** The learner event for hiding the banner of `view`'s course. */
export function dismissedEvent({ course, pillar, tags }: CourseView): ElementEventInput {
  return {
    type: 'why-dismissed',
    courseId: course.id,
    ...(pillar ? { pillarId: pillar.id } : {}),
    display: {
      courseTitle: course.title,
      ...(course.url ? { courseUrl: course.url } : {}),
      ...(pillar ? { pillarTitle: pillar.title } : {}),
      impactTags: tags.map(({ id, label }) => ({ id, label })),
    },
  };
}
