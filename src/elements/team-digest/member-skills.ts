/**
 * A member's transferable skills of this calendar year, worded for a 1:1 — a chunk of
 * `<pk-team-digest>` that only digests whose manifest names transferable skills load.
 */
import { html } from 'lit';
import { formatList } from '../../core/i18n/format.js';
import type { Manifest, Skill, TeamMember } from '../../core/manifest/types.js';
import { skillCatalogue } from '../../core/metrics/from-manifest.js';
import { transferableSkillsBuilt } from '../../core/metrics/future-proof.js';
import type { SkillCatalogue } from '../../core/metrics/types.js';
import type { MemberContext } from './render-member.js';

export { default as messages } from '../../core/i18n/locales/en/team-digest-skills.js';

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

export function renderSkills(member: TeamMember, manifest: Manifest, year: number, { t, locale }: Pick<MemberContext, 't' | 'locale'>): unknown {
  const skills = skillsBuilt(member, manifest, year);
  const name = member.shortName ?? member.name;
  const said = skills.length
    ? t('team-digest.skills', { count: skills.length, name, skills: formatList(locale, skills.map((skill) => skill.label)) })
    : t('team-digest.skills.none', { name });
  return html`<p class="skills" part="skills" dir="auto">${said}</p>`;
}
