import { expect } from '@open-wc/testing';
import { manifestJsonSchema } from '../../../src/core/manifest/json-schema.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { validateTeam } from '../../../src/core/manifest/validate-team.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import { errorsOf, manifestFixture, type Doc } from './fixtures.js';

/** A team over the rich fixture: two members, one prompt template for a course, one for a pillar. */
function team(): Doc {
  return {
    name: 'Grid Customer Operations',
    members: [
      {
        id: 'priya.raman',
        name: 'Priya Raman',
        shortName: 'Priya',
        role: 'Key Account Manager',
        pathway: 'privacy-first',
        course: 'negotiation',
        completions: [{ course: 'data-privacy', date: '2026-04-14', takeaway: 'Collect only what the contract needs.' }],
      },
      { id: 'tomas.herrera', name: 'Tomás Herrera', completions: [] },
    ],
    prompts: [
      { course: 'data-privacy', text: 'Ask {name} how {course} changes how they handle client data.' },
      { pillar: 'energy', lang: 'de', text: 'Fragen Sie {name}, was {course} für {pillar} bewirkt.' },
    ],
  };
}

async function withTeam(): Promise<Doc> {
  const doc = await manifestFixture('rich.json');
  doc.team = team();
  return doc;
}

interface Rule {
  title: string;
  change(team: Doc): void;
  path: string;
  code: string;
  message: string;
}

const rules: Rule[] = [
  { title: 'a discussed mark without a time zone', change: (t) => (t.discussed = [{ prompt: 'priya.raman:data-privacy:2026-04-14', at: '2026-05-02T09:30:00' }]), path: 'team.discussed[0].at', code: 'invalid-date', message: 'expected a date and time such as 2026-05-14T09:30:00Z, got "2026-05-02T09:30:00"' },
  { title: 'a discussed mark at an hour that does not exist', change: (t) => (t.discussed = [{ prompt: 'p', at: '2026-05-02T25:00:00Z' }]), path: 'team.discussed[0].at', code: 'invalid-date', message: 'expected a date and time such as 2026-05-14T09:30:00Z, got "2026-05-02T25:00:00Z"' },
  { title: 'a discussed mark on a day that does not exist', change: (t) => (t.discussed = [{ prompt: 'p', at: '2026-02-30T09:00:00Z' }]), path: 'team.discussed[0].at', code: 'invalid-date', message: 'expected a date and time such as 2026-05-14T09:30:00Z, got "2026-02-30T09:00:00Z"' },
  { title: 'a discussed prompt id that is too long', change: (t) => (t.discussed = [{ prompt: 'p'.repeat(257), at: '2026-05-02T09:30:00Z' }]), path: 'team.discussed[0].prompt', code: 'too-long', message: 'longer than 256 characters (257)' },
  { title: 'a discussed mark without its prompt', change: (t) => (t.discussed = [{ at: '2026-05-02T09:30:00Z' }]), path: 'team.discussed[0].prompt', code: 'required', message: 'required' },
  { title: 'a member on an unknown pathway', change: (t) => (t.members[0].pathway = 'privacy'), path: 'team.members[0].pathway', code: 'unknown-reference', message: 'unknown pathway "privacy"' },
  { title: 'a member on an unknown course', change: (t) => (t.members[1].course = 'py-101'), path: 'team.members[1].course', code: 'unknown-reference', message: 'unknown course "py-101"' },
  { title: 'a completion of an unknown course', change: (t) => (t.members[0].completions[0].course = 'gdpr'), path: 'team.members[0].completions[0].course', code: 'unknown-reference', message: 'unknown course "gdpr"' },
  { title: 'a prompt for an unknown course', change: (t) => (t.prompts[0].course = 'gdpr'), path: 'team.prompts[0].course', code: 'unknown-reference', message: 'unknown course "gdpr"' },
  { title: 'a prompt for an unknown pillar', change: (t) => (t.prompts[1].pillar = 'power'), path: 'team.prompts[1].pillar', code: 'unknown-reference', message: 'unknown pillar "power"' },
  { title: 'a member id used twice', change: (t) => (t.members[1].id = 'priya.raman'), path: 'team.members[1].id', code: 'duplicate-id', message: 'duplicate id "priya.raman" (first used at team.members[0])' },
  { title: 'a member without completions', change: (t) => delete t.members[1].completions, path: 'team.members[1].completions', code: 'required', message: 'required' },
  { title: 'a team without a name', change: (t) => delete t.name, path: 'team.name', code: 'required', message: 'required' },
  { title: 'a completion date that does not exist', change: (t) => (t.members[0].completions[0].date = '2026-02-30'), path: 'team.members[0].completions[0].date', code: 'invalid-date', message: 'expected a date as YYYY-MM-DD, got "2026-02-30"' },
  { title: 'a takeaway that is too long', change: (t) => (t.members[0].completions[0].takeaway = 'x'.repeat(1001)), path: 'team.members[0].completions[0].takeaway', code: 'too-long', message: 'longer than 1000 characters (1001)' },
  { title: 'a prompt language that is not a tag', change: (t) => (t.prompts[1].lang = 'German'), path: 'team.prompts[1].lang', code: 'invalid-language', message: 'expected a language tag such as "de" or "pt-BR", got "German"' },
  { title: 'an empty prompt', change: (t) => (t.prompts[0].text = ''), path: 'team.prompts[0].text', code: 'empty', message: 'must not be empty' },
  { title: 'a member id that is not an id', change: (t) => (t.members[0].id = 'priya raman'), path: 'team.members[0].id', code: 'invalid-id', message: 'not a valid id (letters, digits, . _ : - ; at most 100 characters)' },
  {
    title: 'more members than a team holds',
    change: (t) => (t.members = Array.from({ length: 501 }, (_, i) => ({ id: `m${i}`, name: `Member ${i}`, completions: [] }))),
    path: 'team.members',
    code: 'too-many',
    message: 'more than 500 items (501)',
  },
];

describe('validateManifest: team', () => {
  it('accepts a team and keeps its fields', async () => {
    const result = validateManifest(await withTeam());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.manifest.team).to.deep.equal(team());
  });

  it('accepts a manifest without a team', async () => {
    expect(errorsOf(await manifestFixture('rich.json'))).to.deep.equal([]);
  });

  for (const rule of rules) {
    it(`reports ${rule.title}`, async () => {
      const doc = await withTeam();
      rule.change(doc.team);
      expect(errorsOf(doc)).to.deep.equal([{ path: rule.path, code: rule.code, message: rule.message }]);
    });
  }

  it('accepts the prompts the manager marked as discussed, at times with any offset', async () => {
    const doc = await withTeam();
    doc.team.discussed = [
      { prompt: 'priya.raman:data-privacy:2026-04-14', at: '2026-05-02T09:30:00Z' },
      { prompt: 'priya.raman:negotiation:2026-03-01', at: '2026-05-02T11:30:00.123+02:00' },
    ];
    const result = validateManifest(doc);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.manifest.team!.discussed).to.deep.equal(doc.team.discussed);
  });

  it('accepts language tags with subtags', async () => {
    const doc = await withTeam();
    for (const lang of ['de', 'pt-BR', 'zh-Hant-TW', 'ar']) {
      doc.team.prompts[1].lang = lang;
      expect(errorsOf(doc), lang).to.deep.equal([]);
    }
  });

  it('is described in the published JSON Schema', () => {
    const schema: Doc = manifestJsonSchema();
    const teamSchema = schema.properties.team;
    expect(teamSchema.title).to.equal('Team');
    expect(teamSchema.required).to.deep.equal(['name', 'members']);
    const member = teamSchema.properties.members.items;
    expect(member.required).to.deep.equal(['id', 'name', 'completions']);
    expect(member.properties.pathway.description).to.equal('The pathway they are on now; its pillar says why.');
    expect(member.properties.completions.items.properties.date).to.include({ format: 'date' });
    expect(teamSchema.properties.prompts.items.description).to.contain('The most specific template wins');
    const discussed = teamSchema.properties.discussed;
    expect(discussed.description).to.contain('marked as discussed, on any device');
    expect(discussed.items.required).to.deep.equal(['prompt', 'at']);
    expect(discussed.items.properties.at).to.include({ type: 'string', format: 'date-time' });
    expect(discussed.items.properties.prompt).to.include({ maxLength: 256 });
    expect(discussed).to.include({ maxItems: 100_000 });
    expect(schema.description).to.contain('team member → pathway and courses');
  });
});

describe('validateTeam', () => {
  let manifest: Manifest;
  before(async () => {
    const result = validateManifest(await manifestFixture('rich.json'));
    if (!result.ok) throw new Error('fixture is invalid');
    manifest = result.manifest;
  });

  it('accepts a team served on its own, as JSON text or a value', () => {
    for (const input of [team(), JSON.stringify(team())]) {
      const result = validateTeam(input, manifest);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.value).to.deep.equal(team());
    }
  });

  it('resolves its references against the manifest, with paths rooted at team', () => {
    const doc = team();
    doc.members[0].completions[0].course = 'gdpr';
    doc.members[1].pathway = 'nowhere';
    const result = validateTeam(doc, manifest);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.deep.equal([
      { path: 'team.members[0].completions[0].course', code: 'unknown-reference', message: 'unknown course "gdpr"' },
      { path: 'team.members[1].pathway', code: 'unknown-reference', message: 'unknown pathway "nowhere"' },
    ]);
  });

  it('drops unknown fields with a warning', () => {
    const doc = { ...team(), owner: 'hr' };
    const result = validateTeam(doc, manifest);
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([{ path: 'team.owner', code: 'unknown-field', message: 'unknown field, ignored' }]);
    if (result.ok) expect(result.value).to.not.have.property('owner');
  });

  it('reports JSON that does not parse, and a page that is not JSON', () => {
    const broken = validateTeam('{"name": "x",', manifest);
    expect(broken.ok).to.equal(false);
    if (!broken.ok) expect(broken.errors[0]!.code).to.equal('invalid-json');
    const html = validateTeam('<!doctype html><title>Sign in</title>', manifest);
    if (!html.ok) expect(html.errors).to.deep.equal([{ path: '', code: 'invalid-json', message: 'expected JSON but got HTML' }]);
    expect(html.ok).to.equal(false);
  });

  it('refuses forbidden keys', () => {
    const result = validateTeam('{"name":"x","members":[],"__proto__":{"polluted":true}}', manifest);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors).to.deep.equal([{ path: 'team.__proto__', code: 'forbidden-key', message: 'forbidden key "__proto__"' }]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
