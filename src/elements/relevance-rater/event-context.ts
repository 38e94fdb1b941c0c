import type { ElementEventInput } from '../../core/base/delivery-controller.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Subject } from './subject.js';

/**
 * What every event about the subject carries: its ids, and the titles the xAPI format names
 * activities with. The pathway is the one the host names, else the course's only pathway; a course
 * in several pathways without a named one has none.
 */
export function eventContext(subject: Subject, catalog: Catalog): Pick<ElementEventInput, 'pillarId' | 'display'> & {
  courseId: string;
  pathwayId?: string;
} {
  const { course, pillar } = subject;
  const pathways = catalog.pathwaysWithCourse(course.id);
  const pathwayId = subject.pathway ?? (pathways.length === 1 ? pathways[0]!.id : undefined);
  const pathwayTitle = pathwayId === undefined ? undefined : catalog.pathways.get(pathwayId)?.title;
  return {
    courseId: course.id,
    ...(pathwayId !== undefined && { pathwayId }),
    ...(pillar && { pillarId: pillar.id }),
    display: {
      courseTitle: course.title,
      ...(course.url !== undefined && { courseUrl: course.url }),
      ...(pathwayTitle !== undefined && { pathwayTitle }),
      ...(pillar && { pillarTitle: pillar.title }),
      impactTags: course.impactTags.map((id) => ({ id, label: catalog.impactTags.get(id)!.label })),
    },
  };
}
