/**
 * The 1:1 part of `<pk-team-digest>`, which its first render does without: what keeps a prompt
 * marked as discussed (the marks remembered on the device, the `prompt-discussed` event for the
 * endpoint), and each member's transferable skills of this year, worded for the 1:1.
 */
import type { ElementEventInput } from '../../core/base/delivery-controller.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { CompletionView, MemberView } from './members.js';

export { recallDiscussed, rememberDiscussed } from './discussed.js';
export { renderSkills } from './member-skills.js';

/** The `prompt-discussed` event; it names the member's pathway only when the course is on it. */
export function discussedEvent(view: MemberView, { course, pillar, prompt }: CompletionView, catalog: Catalog): ElementEventInput {
  const pathway = view.pathway?.courses.includes(course.id) ? view.pathway : undefined;
  return {
    type: 'prompt-discussed',
    courseId: course.id,
    ...(pathway && { pathwayId: pathway.id }),
    ...(pillar && { pillarId: pillar.id }),
    data: { promptId: prompt.id, prompt: prompt.text },
    display: {
      courseTitle: course.title,
      ...(course.url !== undefined && { courseUrl: course.url }),
      ...(pathway && { pathwayTitle: pathway.title }),
      ...(pillar && { pillarTitle: pillar.title }),
      impactTags: course.impactTags.map((id) => ({ id, label: catalog.impactTags.get(id)!.label })),
    },
  };
}
