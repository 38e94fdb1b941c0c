import { expect } from '@open-wc/testing';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import type { PkTeamDigest } from '../../../src/elements/team-digest/team-digest.js';
import { digestManifest } from './manifest.js';
import { card, digest, part, text, until } from './support.js';

const year = new Date().getFullYear();

/** The digest's team, with skills: grid and storage build transferable ones, excel only a tool skill. */
function withSkills() {
  const manifest = digestManifest();
  manifest.skills = [
    { id: 'systems', label: 'Systems thinking', transferable: true, external: { framework: 'esco', code: 'S2.1' } },
    { id: 'negotiation', label: 'Negotiation', transferable: true },
    { id: 'sheets', label: 'Our finance workbook', transferable: false },
  ];
  const skillsOf: Record<string, string[]> = { grid: ['systems'], storage: ['systems', 'negotiation'], excel: ['sheets'], kam: ['negotiation'] };
  for (const course of manifest.courses) if (skillsOf[course.id]) course.skills = skillsOf[course.id];
  const members = manifest.team.members;
  // Priya: grid and storage this year (systems thinking, negotiation), excel this year (a tool skill), kam last year.
  members[1].completions = [
    { course: 'grid', date: `${year}-02-01` },
    { course: 'storage', date: `${year}-01-05` },
    { course: 'excel', date: `${year}-03-01` },
    { course: 'kam', date: `${year - 1}-12-01` },
  ];
  // Amal: grid this year; Zoë: only a course without skills.
  members[2].completions = [{ course: 'grid', date: `${year}-05-02` }];
  return manifest;
}

const skillsLine = (el: PkTeamDigest, name: string) => text(card(el, name).querySelector('[part~="skills"]'));

describe('pk-team-digest: transferable skills built this year', function () {
  this.timeout(20_000);
  afterEach(() => clearManifestCache());

  it('names each member’s transferable skills of this year, worded for a 1:1', async () => {
    const el = await digest({}, withSkills());
    // The line comes with the digest's 1:1 chunk, loaded once a prompt is drawn.
    await until(() => skillsLine(el, 'Priya Raman') !== '', 'the skills line');
    expect(skillsLine(el, 'Priya Raman')).to.equal(
      'This year Priya built 2 skills they can take anywhere: Systems thinking and Negotiation. Ask which one they would like to grow next.',
    );
    expect(skillsLine(el, 'Amal <b>Haddad</b>')).to.equal(
      'This year Amal <b>Haddad</b> built a skill they can take anywhere: Systems thinking. Ask where they would like to use it next.',
    );
    expect(card(el, 'Amal <b>Haddad</b>').querySelector('b')).to.equal(null);
    expect(skillsLine(el, 'Tomás Herrera')).to.equal(
      'No transferable skill for Tomás Herrera yet this year: ask what they would like to learn that serves them beyond this role.',
    );
    await expect(el).to.be.accessible();
  });

  it('speaks German and Arabic', async () => {
    const german = await digest({ lang: 'de' }, withSkills());
    await until(() => skillsLine(german, 'Priya Raman').startsWith('Priya hat'), 'German messages are loaded');
    expect(skillsLine(german, 'Priya Raman')).to.equal(
      'Priya hat dieses Jahr 2 Fähigkeiten aufgebaut, die überallhin mitgehen: Systems thinking und Negotiation. Fragen Sie, welche Priya als Nächstes ausbauen möchte.',
    );
    const arabic = await digest({ lang: 'ar' }, withSkills());
    await until(() => skillsLine(arabic, 'Priya Raman').startsWith('هذا العام'), 'Arabic messages are loaded');
    expect(skillsLine(arabic, 'Priya Raman')).to.contain('مهارتين');
    expect(part(arabic, 'skills')!.getAttribute('dir')).to.equal('auto');
    await expect(arabic).to.be.accessible();
  });

  it('says nothing of skills when the manifest names no transferable skill', async () => {
    const el = await digest();
    // After the tests above, the 1:1 chunk that words the line is already here.
    expect(card(el, 'Priya Raman').querySelector('[part~="skills"]')).to.equal(null);
  });
});
