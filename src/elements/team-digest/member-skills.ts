/**
 * A member's transferable skills of this calendar year, worded for a 1:1; nothing when the manifest
 * names no transferable skill. Part of the digest's 1:1 chunk (`discussion.ts`), whose arrival
 * brings these English messages to the source catalogue.
 */
import { html, nothing } from 'lit';
import { formatList } from '../../core/i18n/format.js';
import { useSourceMessages } from '../../core/i18n/i18n.js';
import messages from '../../core/i18n/locales/en/team-digest-skills.js';
import type { Manifest, Skill, TeamMember } from '../../core/manifest/types.js';
import { skillCatalogue } from '../../core/metrics/from-manifest.js';
import { transferableSkillsBuilt } from '../../core/metrics/future-proof.js';
import type { SkillCatalogue } from '../../core/metrics/types.js';
import type { SettingsController } from '../../core/base/settings-controller.js';

/** What the line needs of the digest's card context. */
export interface SkillsContext {
  t: SettingsController['t'];
  locale: string;
  manifest: Manifest;
}

useSourceMessages(messages);

const catalogues = new WeakMap<Manifest, { catalogue: SkillCatalogue; skills: ReadonlyMap<string, Skill> }>();

function catalogueOf(manifest: Manifest) {
  let known = catalogues.get(manifest);
  if (!known) catalogues.set(manifest, (known = { catalogue: skillCatalogue(manifest), skills: new Map((manifest.skills ?? []).map((skill) => [skill.id, skill])) }));
  return known;
}

/** The transferable skills of the courses `member` completed in `year`, in manifest order. */
export function skillsBuilt(member: TeamMember, manifest: Manifest, year: number): Skill[] {
  const { catalogue, skills } = catalogueOf(manifest);
  const events = member.completions.map(({ course, date }) => ({ employee: member.id, course, date }));
  return transferableSkillsBuilt(events, catalogue, { start: `${year}-01-01`, end: `${year}-12-31` }).map((id) => skills.get(id)!);
}

export function renderSkills(member: TeamMember, { t, locale, manifest }: SkillsContext, year = new Date().getFullYear()): unknown {
  if (!manifest.skills?.some((skill) => skill.transferable)) return nothing;
  const skills = skillsBuilt(member, manifest, year);
  const name = member.shortName ?? member.name;
  const said = skills.length
    ? t('team-digest.skills', { count: skills.length, name, skills: formatList(locale, skills.map((skill) => skill.label)) })
    : t('team-digest.skills.none', { name });
  return html`<p class="skills" part="skills" dir="auto">${said}</p>`;
}
