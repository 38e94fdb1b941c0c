/**
 * What the digest shows of each team member, derived from the team and the manifest: what they
 * are learning and why (pathway, pillar, current course and its impact tags), and their newest
 * completions, each with its 1:1 prompt. Sorted by member name, or by pillar: the year's
 * imperatives in rank order, then the other pillars in manifest order, members without one last.
 */
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Course, ImpactTag, Pathway, Pillar, Team, TeamCompletion, TeamMember } from '../../core/manifest/types.js';
import { promptFor, type BuiltInPrompt, type Prompt } from './prompts.js';

export type DigestSort = 'member' | 'pillar';

export const DIGEST_SORTS: readonly DigestSort[] = ['member', 'pillar'];

export interface CompletionView {
  completion: TeamCompletion;
  course: Course;
  pillar?: Pillar;
  prompt: Prompt;
}

export interface MemberView {
  member: TeamMember;
  pathway?: Pathway;
  /** The pathway's pillar, else the current course's. */
  pillar?: Pillar;
  course?: Course;
  impactTags: readonly ImpactTag[];
  /** Newest first. */
  completions: readonly CompletionView[];
}

export interface ViewOptions {
  /** How many completions per member, newest first. */
  recent: number;
  locale: string;
  builtIn: BuiltInPrompt;
}

export function memberViews(team: Team, catalog: Catalog, options: ViewOptions): MemberView[] {
  const tagsOf = (course: Course | undefined) => (course?.impactTags ?? []).map((id) => catalog.impactTags.get(id)!);
  return team.members.map((member) => {
    // The validator has checked every reference, so each lookup finds its entry.
    const pathway = member.pathway === undefined ? undefined : catalog.pathways.get(member.pathway);
    const course = member.course === undefined ? undefined : catalog.courses.get(member.course);
    const pillar = pathway ? catalog.pillars.get(pathway.pillar) : course && catalog.pillarOfCourse(course.id);
    const completions = [...member.completions]
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .slice(0, options.recent)
      .map((completion): CompletionView => {
        const done = catalog.courses.get(completion.course)!;
        const donePillar = catalog.pillarOfCourse(done.id);
        const subject = { member, completion, course: done, pillar: donePillar, pathway, impact: tagsOf(done)[0] };
        return { completion, course: done, pillar: donePillar, prompt: promptFor(subject, team.prompts ?? [], options.locale, options.builtIn) };
      });
    return { member, pathway, pillar, course, impactTags: tagsOf(course), completions };
  });
}

export function sortMembers(views: readonly MemberView[], sort: DigestSort, catalog: Catalog, collator: Intl.Collator): MemberView[] {
  const byName = (a: MemberView, b: MemberView) => collator.compare(a.member.name, b.member.name);
  if (sort === 'member') return [...views].sort(byName);
  const order = new Map<string, number>();
  for (const pillar of [...catalog.imperatives, ...catalog.manifest.pillars]) if (!order.has(pillar.id)) order.set(pillar.id, order.size);
  const rank = (view: MemberView) => (view.pillar ? order.get(view.pillar.id)! : order.size);
  return [...views].sort((a, b) => rank(a) - rank(b) || byName(a, b));
}
