/**
 * The 1:1 prompt for a team member's completion: "Ask Priya how “Data Privacy Essentials” changes
 * the way they work — it advances Client Trust." The wording is the manifest's own when a
 * `team.prompts` template fits (the most specific: one for the course over one for its pillar over
 * a general one, then one in the reader's language over one without a language), else the
 * built-in message of the reader's language.
 */
import type { Course, ImpactTag, Pathway, Pillar, PromptTemplate, TeamCompletion, TeamMember } from '../../core/manifest/types.js';

export interface PromptSubject {
  member: TeamMember;
  completion: TeamCompletion;
  course: Course;
  pillar?: Pillar;
  /** The member's current pathway. */
  pathway?: Pathway;
  /** The course's first impact tag. */
  impact?: ImpactTag;
}

export interface Prompt {
  /** Stable across reloads: the member, the course and the day of the completion. */
  id: string;
  text: string;
}

/** The built-in wording, in the reader's language: `withPillar` names the pillar the course advances. */
export type BuiltInPrompt = (withPillar: boolean, values: Readonly<Record<string, string>>) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

export function promptFor(subject: PromptSubject, templates: readonly PromptTemplate[], locale: string, builtIn: BuiltInPrompt): Prompt {
  const { member, completion, course, pillar, pathway, impact } = subject;
  const values = {
    name: member.shortName ?? member.name,
    course: course.title,
    pillar: pillar?.title ?? '',
    pathway: pathway?.title ?? '',
    impact: impact?.label ?? '',
  };
  const template = chooseTemplate(templates, course.id, pillar?.id, locale);
  return {
    id: `${member.id}:${course.id}:${completion.date}`,
    text: template ? fillTemplate(template.text, values) : builtIn(pillar !== undefined, values),
  };
}

/** The most specific template that fits the course, its pillar and the locale; undefined when none does. */
export function chooseTemplate(
  templates: readonly PromptTemplate[],
  courseId: string,
  pillarId: string | undefined,
  locale: string,
): PromptTemplate | undefined {
  let best: PromptTemplate | undefined;
  let bestScore = -1;
  for (const template of templates) {
    if (template.course !== undefined && template.course !== courseId) continue;
    if (template.pillar !== undefined && template.pillar !== pillarId) continue;
    if (template.lang !== undefined && language(template.lang) !== language(locale)) continue;
    const score = (template.course ? 4 : 0) + (template.pillar ? 2 : 0) + (template.lang ? 1 : 0);
    if (score > bestScore) {
      best = template;
      bestScore = score;
    }
  }
  return best;
}

/** `{name}` and the other placeholders filled in; an unknown placeholder is left as written. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (match, name: string) => (Object.hasOwn(values, name) ? values[name]! : match));
}

function language(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
}
