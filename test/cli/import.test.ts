import { expect } from '@open-wc/testing';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { run } from './run.js';

type Doc = Record<string, any>;

const fixture = async (name: string): Promise<Uint8Array> => {
  const response = await fetch(`/test/fixtures/catalogue/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

/** Runs `purpose-kit import catalogue FILE …` with the files given; the manifest it wrote, parsed. */
async function imported(file: string, content: string | Uint8Array, args: string[] = ['--organization', 'Helio Grid'], more: Record<string, string> = {}) {
  const files: Record<string, string | Uint8Array> = { [file]: content, ...more };
  const result = await run(['import', 'catalogue', file, '--out', 'out.json', ...args], files);
  const written = typeof files['out.json'] === 'string' ? (JSON.parse(files['out.json']) as Doc) : undefined;
  return { ...result, manifest: written };
}

const byId = (manifest: Doc) => Object.fromEntries(manifest.courses.map((course: Doc) => [course.id, course]));

describe('purpose-kit import catalogue: presets', () => {
  it('reads a Moodle course download (BOM, CRLF, HTML summaries with line breaks), renaming ids a manifest cannot hold', async () => {
    const { code, stdout, stderr, manifest } = await imported('moodle.csv', await fixture('moodle-courses.csv'));
    expect(stderr).to.deep.equal([]);
    expect(code).to.equal(0);
    expect(stdout.slice(0, 5)).to.deep.equal([
      'moodle.csv: 4 courses read with the moodle preset (detected from the header)',
      '  columns: "shortname" → id, "fullname" → title, "summary" → description, "enrolments" → enrolments, "completions" → completions',
      '  ignored columns: "idnumber", "category", "format", "visible", "startdate"',
      '  1 id changed to fit manifest ids (letters, digits, . _ : -), e.g. "Negotiation 2" → "Negotiation-2"',
      'added 4 courses, placed nowhere yet (no pillar, pathway, impact tag or why): DP-101, PY-AUTO, Negotiation-2, SAFE-ELEC',
    ]);
    expect(manifest!.courses[0]).to.deep.equal({
      id: 'DP-101',
      title: 'Data Privacy Essentials',
      description: 'How we handle client data under the GDPR: lawful bases, retention, and what to do after a breach.\n\nMandatory for everyone who sees client records.',
      objectives: [],
      impactTags: [],
      usage: { enrollments: 5200, completions: 4700 },
    });
    expect(byId(manifest!)['PY-AUTO'].description).to.equal('Automate SCADA data pulls and grid reports with Python & pandas.');
    expect(byId(manifest!)['Negotiation-2'].description).to.equal('Structuring power purchase agreements; the "walk-away" price.');
    expect(byId(manifest!)['SAFE-ELEC']).to.not.have.property('description');
    expect(validateManifest(manifest).ok).to.equal(true);
  });

  it('reads a Canvas courses.csv by its SIS course_id and long_name', async () => {
    const { code, stdout, manifest } = await imported('courses.csv', await fixture('canvas-courses.csv'));
    expect(code).to.equal(0);
    expect(stdout[0]).to.equal('courses.csv: 3 courses read with the canvas preset (detected from the header)');
    expect(manifest!.courses.map((course: Doc) => [course.id, course.title, course.usage.enrollments])).to.deep.equal([
      ['ACC-FIN-101', 'Finance for Non-Finance Managers', 418],
      ['ACC-FIN-210', 'Capital Budgeting for Energy Projects', 97],
      ['OPS-LEAN-1', 'Lean Operations in the Control Room', 1203],
    ]);
    expect(manifest!.courses[0].description).to.equal('Read a P&L, a balance sheet and a cash-flow statement.');
  });

  it('reads a SuccessFactors item export saved by a German Excel: semicolons, decimal-comma hours, Y/N, grouped counts', async () => {
    const { code, stdout, manifest } = await imported('items.csv', await fixture('successfactors-items.csv'));
    expect(code).to.equal(0);
    expect(stdout[1]).to.contain('"Total Length" → duration_hours').and.to.contain('(bare numbers in the duration are hours)');
    expect(manifest!.courses[0]).to.deep.equal({
      id: 'HSE_0100',
      title: 'Arbeitssicherheit im Umspannwerk',
      description: 'Gefährdungsbeurteilung; die fünf Sicherheitsregeln; Erste Hilfe bei Stromunfällen.',
      provider: 'Internal',
      durationMinutes: 90,
      objectives: [],
      impactTags: [],
      mandatory: true,
      usage: { enrollments: 2340, completions: 2101 },
    });
    expect(manifest!.courses.map((course: Doc) => [course.durationMinutes, course.mandatory])).to.deep.equal([
      [90, true],
      [480, false],
      [45, true],
    ]);
  });

  it('reads a tab-separated Cornerstone learning object report with durations as "1h 30m", "01:05" and "PT45M"', async () => {
    const { code, stdout, manifest } = await imported('lo.tsv', await fixture('cornerstone-lo.tsv'));
    expect(code).to.equal(0);
    expect(stdout[0]).to.equal('lo.tsv: 3 courses read with the cornerstone preset (detected from the header)');
    expect(manifest!.courses.map((course: Doc) => [course.id, course.provider, course.durationMinutes, course.usage])).to.deep.equal([
      ['a1b2c3d4-0001', 'Cornerstone Content', 90, { enrollments: 3120, completions: 2874 }],
      ['a1b2c3d4-0002', 'LinkedIn Learning', 65, { enrollments: 980, completions: 640 }],
      ['a1b2c3d4-0003', 'KnowBe4', 45, { enrollments: 6400, completions: 6100 }],
    ]);
  });

  it('reads a JSON array with the generic field names, numbers and booleans as JSON values', async () => {
    const { code, manifest } = await imported('catalogue.json', await fixture('catalogue.json'));
    expect(code).to.equal(0);
    expect(manifest!.courses).to.deep.equal([
      {
        id: 'grid-101',
        title: 'Grid Fundamentals',
        description: 'How the transmission grid balances supply and demand.',
        url: 'https://lms.example.com/courses/grid-101',
        provider: 'Internal',
        durationMinutes: 90,
        objectives: [],
        impactTags: [],
        mandatory: false,
        usage: { enrollments: 1200, completions: 1000 },
      },
      {
        id: 'privacy-201',
        title: 'Data Privacy in Practice',
        url: 'https://lms.example.com/courses/privacy-201',
        provider: 'Internal',
        durationMinutes: 120,
        objectives: [],
        impactTags: [],
        mandatory: true,
        usage: { enrollments: 5200, completions: 4700 },
      },
    ]);
  });

  it('reads JSON from a file of another name with --format json, one object per line', async () => {
    const lines = '{"id": "a", "title": "Alpha", "duration": "PT1H"}\n{"id": "b", "title": "Beta", "mandatory": "Y"}\n';
    const { code, manifest } = await imported('export.txt', lines, ['--organization', 'X', '--format', 'json']);
    expect(code).to.equal(0);
    expect(manifest!.courses.map((course: Doc) => [course.id, course.durationMinutes, course.mandatory])).to.deep.equal([
      ['a', 60, undefined],
      ['b', undefined, true],
    ]);
    expect((await imported('export.txt', lines, ['--organization', 'X', '--format', 'xml'])).stderr[0]).to.equal('--format expects csv or json, got xml');
  });

  it('takes the preset given, and says which columns that preset would have read when they are missing', async () => {
    expect((await imported('courses.csv', await fixture('canvas-courses.csv'), ['--organization', 'X', '--preset', 'canvas'])).stdout[0]).to.equal(
      'courses.csv: 3 courses read with the canvas preset',
    );
    const wrong = await imported('courses.csv', await fixture('canvas-courses.csv'), ['--organization', 'X', '--preset', 'moodle']);
    expect(wrong.code).to.equal(2);
    expect(wrong.manifest).to.equal(undefined);
    // The id is found among the generic names every preset also reads (course_id); the title is not.
    expect(wrong.stderr[0]).to.match(/^courses\.csv: no column for title \("fullname", "course full name", "title", "name", "course title", "course name"\) in the moodle preset; the file has "canvas_course_id", "course_id"/);
    expect(wrong.stderr[0]).to.contain('Name the columns with --map');
  });
});

describe('purpose-kit import catalogue: columns and CSV shapes', () => {
  it('reads other column names with --map, and a duration column that says hours as hours', async () => {
    const csv = 'Kurs-Nr;Kurstitel;Dauer (Stunden);Pflicht;Teilnehmer\nK-1;Netzführung;2,5;ja;120\nK-2;Kundendialog;0,5;nein;80\n';
    const { code, stdout, manifest } = await imported('kurse.csv', csv, [
      '--organization',
      'X',
      '--map',
      'Kurs-Nr=id,Kurstitel=title,Dauer (Stunden)=duration,Pflicht=mandatory,Teilnehmer=enrolments',
    ]);
    expect(code).to.equal(0);
    expect(stdout[0]).to.equal('kurse.csv: 2 courses read with the generic preset (detected from the header)');
    expect(manifest!.courses.map((course: Doc) => [course.id, course.title, course.durationMinutes, course.mandatory, course.usage])).to.deep.equal([
      ['K-1', 'Netzführung', 150, true, { enrollments: 120 }],
      ['K-2', 'Kundendialog', 30, false, { enrollments: 80 }],
    ]);
  });

  it('refuses a --map that names a column the file does not have, or an unknown field', async () => {
    const csv = 'id,title\na,A\n';
    const absent = await imported('c.csv', csv, ['--organization', 'X', '--map', 'Course Code=id']);
    expect(absent.code).to.equal(2);
    expect(absent.stderr[0]).to.equal('c.csv: --map names the column "Course Code", which the file does not have (it has "id", "title")');
    const unknown = await imported('c.csv', csv, ['--organization', 'X', '--map', 'title=name']);
    expect(unknown.stderr[0]).to.match(/^c\.csv: --map: unknown field "name" \(fields: id, title, description, /);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, a BOM, CRLF and blank lines', async () => {
    const csv = '\uFEFFid,title,description\r\n"a-1","Excel, for finance","Pivot ""tables"",\r\nand charts"\r\n\r\nb-2,Plain,\r\n';
    const { code, manifest } = await imported('q.csv', csv);
    expect(code).to.equal(0);
    expect(manifest!.courses.map((course: Doc) => [course.id, course.title, course.description])).to.deep.equal([
      ['a-1', 'Excel, for finance', 'Pivot "tables",\nand charts'],
      ['b-2', 'Plain', undefined],
    ]);
  });

  it('takes the delimiter from the header outside quotes, so a quoted column name may hold a comma (and be quoted in --map)', async () => {
    const csv = 'id;"Duration (h, decimal)";title\nk-1;1,5;"Grid, basics"\n';
    const { code, manifest } = await imported('k.csv', csv, ['--organization', 'X', '--map', '"Duration (h, decimal)"=duration,title=title']);
    expect(code).to.equal(0);
    expect(manifest!.courses).to.deep.equal([{ id: 'k-1', title: 'Grid, basics', durationMinutes: 90, objectives: [], impactTags: [] }]);
  });

  it('writes the manifest to stdout and the report to stderr without --out', async () => {
    const files = { 'c.csv': 'id,title,enrolments\na,Alpha,10\n' };
    const result = await run(['import', 'catalogue', 'c.csv', '--organization', 'Helio Grid'], files);
    expect(result.code).to.equal(0);
    const manifest = JSON.parse(result.stdout.join('\n'));
    expect(manifest.organization).to.deep.equal({ name: 'Helio Grid' });
    expect(manifest.pillars).to.have.length(1);
    expect(manifest.pillars[0].id).to.equal('placeholder');
    expect(manifest.courses).to.deep.equal([{ id: 'a', title: 'Alpha', objectives: [], impactTags: [], usage: { enrollments: 10 } }]);
    expect(result.stderr[0]).to.equal('c.csv: 1 course read with the generic preset (detected from the header)');
    expect(result.stderr.at(-1)).to.match(/^1 of 1 courses are placed nowhere yet/);
    expect(Object.keys(files)).to.deep.equal(['c.csv']);
  });
});

describe('purpose-kit import catalogue: bad input', () => {
  const refused = async (content: string | Uint8Array, message: string | RegExp, file = 'bad.csv') => {
    const result = await imported(file, content);
    expect(result.code, result.stderr.join('\n')).to.equal(2);
    expect(result.manifest, 'nothing is written').to.equal(undefined);
    if (typeof message === 'string') expect(result.stderr[0]).to.equal(message);
    else expect(result.stderr[0]).to.match(message);
    expect(result.stderr[1]).to.equal('nothing was written');
  };

  it('names a missing column, and what it looked for', async () => {
    await refused('ref,label\n1,A\n', /^bad\.csv: no column for id \("id", "course_id", "course id", "course code", "code"\) or title \("title", "name", "course title", "course name"\) in any preset; the file has "ref", "label"/);
    await refused('id,description\n1,A\n', /^bad\.csv: no column for title \("title", "name", "course title", "course name"\) in any preset; the file has "id", "description"\. Name the columns with --map, e\.g\. --map "id=title"$/);
  });

  it('names the row and column of a bad duration, flag, count or URL', async () => {
    await refused('id,title,duration\na,A,90\nb,B,soon\n', 'bad.csv: row 2, column "duration": expected a duration (minutes such as 90, "1h 30m", "01:30" or "PT1H30M"), got "soon"');
    await refused('id,title,Required\na,A,maybe\n', 'bad.csv: row 1, column "Required": expected yes or no (true/false, 1/0, Y/N), got "maybe"');
    await refused('id,title,enrollments\na,A,-4\n', 'bad.csv: row 1, column "enrollments": expected a whole number of 0 or more, got "-4"');
    await refused('id,title,url\na,A,javascript:alert(1)\n', /^bad\.csv: row 1, column "url": expected an http:, https: or mailto: URL/);
    await refused('id,title\na,\n', 'bad.csv: row 1, column "title": is empty');
    await refused(`id,title\na,${'x'.repeat(301)}\n`, 'bad.csv: row 1, column "title": longer than 300 characters (301)');
  });

  it('refuses duplicate ids, naming both rows (also ids that meet once made manifest ids)', async () => {
    await refused('id,title\na,A\nb,B\na,C\n', 'bad.csv: row 3, column "id": "a" is already the id of row 1');
    await refused('id,title\nData Privacy,A\nData-Privacy,B\n', 'bad.csv: row 2, column "id": "Data-Privacy" is already the id of row 1');
  });

  it('refuses a file that is not UTF-8, saying how to save it', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('id,title\na,F'), 0xfc, ...new TextEncoder().encode('hrung\n')]);
    await refused(latin1, /^bad\.csv: not UTF-8 text \(an invalid byte sequence within bytes 0–\d+\); save the export as UTF-8 CSV or JSON$/);
  });

  it('refuses broken CSV: a quote never closed, a row with another number of cells', async () => {
    await refused('id,title\na,"A\n', 'bad.csv: row 1: a quoted field is never closed');
    await refused('id,title\na,A,extra\n', 'bad.csv: row 1: expected 2 columns, got 3');
    await refused('', 'bad.csv: the file has no rows');
    await refused('[{"id": "a", "title": {"en": "A"}}]', 'bad.json: row 1, column "title": expected text, got {"en":"A"}', 'bad.json');
  });

  it('says what to do when there is no manifest to import into, and refuses an invalid one (exit 1)', async () => {
    const none = await run(['import', 'catalogue', 'c.csv'], { 'c.csv': 'id,title\na,A\n' });
    expect(none.code).to.equal(2);
    expect(none.stderr[0]).to.equal(
      'no manifest to import into: give --into MANIFEST (an existing manifest with your organization and pillars) or --organization NAME (a draft with one placeholder pillar to replace)',
    );
    expect(none.stderr[1]).to.match(/^usage: purpose-kit import catalogue FILE/);
    const both = await run(['import', 'catalogue', 'c.csv', '--into', 'm.json', '--organization', 'X'], {});
    expect(both.stderr[0]).to.equal('give --into or --organization, not both');
    expect((await run(['import', 'catalogue', 'c.csv', '--organization', 'X', '--preset', 'blackboard'], {})).stderr[0]).to.equal(
      '--preset expects one of generic, moodle, canvas, successfactors, cornerstone, got blackboard',
    );
    expect((await run(['import', 'courses', 'c.csv'], {})).stderr[0]).to.equal('unknown import "courses": only "catalogue"');
    const invalid = await run(['import', 'catalogue', 'c.csv', '--into', 'm.json'], { 'c.csv': 'id,title\na,A\n', 'm.json': '{"version": 1}' });
    expect(invalid.code).to.equal(1);
    expect(invalid.stderr.at(-1)).to.match(/^m\.json: the manifest to import into has \d+ error\(s\); fix it first \(purpose-kit validate m\.json\)$/);
    const missing = await run(['import', 'catalogue', 'nowhere.csv', '--organization', 'X'], {});
    expect(missing.code).to.equal(2);
    expect(missing.stderr[0]).to.match(/^cannot read nowhere\.csv: ENOENT/);
  });
});

describe('purpose-kit import catalogue: re-import', () => {
  const first = 'id,title,description,provider,duration,url,mandatory,enrolments,completions\n' +
    'privacy,Data Privacy Essentials,GDPR basics,Internal,60,https://lms.example.com/privacy,yes,5200,4700\n' +
    'excel,Excel for Finance,Pivot tables,LinkedIn Learning,45,https://lms.example.com/excel,no,800,500\n' +
    'retired,Old Compliance Course,,Internal,30,,no,100,90\n';
  const newer = 'id,title,description,provider,duration,url,mandatory,enrolments,completions\n' +
    'privacy,Data Privacy Essentials (2027),GDPR basics,Internal,60,https://lms.example.com/privacy,yes,6100,5600\n' +
    'excel,Excel for Finance,Pivot tables and charts,LinkedIn Learning,,https://lms.example.com/excel,no,950,610\n' +
    'python,Python for Grid Automation,SCADA pulls,Internal,1h 30m,,no,300,120\n';

  /** The first import, then curation as L&D operations would add it in the studio. */
  async function curated(): Promise<Doc> {
    const { manifest } = await imported('first.csv', first);
    manifest!.pillars = [{ id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.' }];
    manifest!.impactTags = [{ id: 'renewals', label: 'Protects Q3 Renewals', pillar: 'trust', initiative: 'Renewals', targetPeriod: 'Q3' }];
    const [privacy, excel, retired] = manifest!.courses;
    Object.assign(privacy, {
      pillar: 'trust',
      impactTags: ['renewals'],
      objectives: ['Handle a client data request'],
      why: { statement: 'Clients renew with partners they trust.', reframe: { from: 'avoiding fines', to: 'protecting client trust' } },
      xapiId: 'https://lms.example.com/xapi/privacy',
      ratings: { relevance: 4.2, clarity: 3.9, count: 40 },
    });
    privacy.usage.activeLearners = 321;
    excel.title = 'Excel for Finance: Reading the Numbers';
    retired.why = { statement: 'Kept for the audit trail.' };
    manifest!.pathways = [{ id: 'trust-path', title: 'Trust', pillar: 'trust', department: 'Sales', courses: ['privacy', 'retired'] }];
    manifest!.endorsements = [
      { id: 'e1', expert: { name: 'Priya Raman' }, course: 'privacy', pillar: 'trust', problem: 'Answered a client audit in a day', date: '2026-11-02' },
    ];
    expect(validateManifest(manifest).ok).to.equal(true);
    return manifest!;
  }

  it('updates usage and catalogue-owned fields, keeps every curation, adds new courses and keeps (and lists) the ones gone', async () => {
    const before = await curated();
    const { code, stdout, manifest } = await imported('newer.csv', newer, ['--into', 'm.json'], { 'm.json': JSON.stringify(before) });
    expect(code).to.equal(0);
    const after = byId(manifest!);
    expect(after.privacy).to.deep.equal({
      ...before.courses[0],
      title: 'Data Privacy Essentials (2027)',
      usage: { enrollments: 6100, completions: 5600, activeLearners: 321 },
    });
    expect(after.excel.title, 'title is catalogue-owned: the export wins').to.equal('Excel for Finance');
    expect(after.excel.description).to.equal('Pivot tables and charts');
    expect(after.excel.durationMinutes, 'an empty cell erases nothing').to.equal(45);
    expect(after.retired).to.deep.equal(before.courses[2]);
    expect(after.python).to.deep.equal({
      id: 'python',
      title: 'Python for Grid Automation',
      description: 'SCADA pulls',
      provider: 'Internal',
      durationMinutes: 90,
      objectives: [],
      impactTags: [],
      mandatory: false,
      usage: { enrollments: 300, completions: 120 },
    });
    expect(manifest!.courses.map((course: Doc) => course.id)).to.deep.equal(['privacy', 'excel', 'retired', 'python']);
    for (const section of ['organization', 'pillars', 'pathways', 'impactTags', 'endorsements']) expect(manifest![section], section).to.deep.equal(before[section]);
    expect(stdout).to.include.members([
      'added 1 course, placed nowhere yet (no pillar, pathway, impact tag or why): python',
      'updated 2 courses from the export (title 2, enrollments 2, completions 2, description 1); their curation is kept',
      'kept 1 course that the export no longer has, with their curation: retired (remove them from the manifest if they were retired)',
    ]);
    expect(validateManifest(manifest).ok).to.equal(true);
  });

  it('keeps the fields named by --keep, writes over the --into file when told to, and changes nothing on the same export twice', async () => {
    const before = await curated();
    const files: Record<string, string> = { 'm.json': JSON.stringify(before), 'newer.csv': newer };
    const result = await run(['import', 'catalogue', 'newer.csv', '--into', 'm.json', '--out', 'm.json', '--keep', 'title,description'], files);
    expect(result.code).to.equal(0);
    const after = byId(JSON.parse(files['m.json']!));
    expect(after.excel.title).to.equal('Excel for Finance: Reading the Numbers');
    expect(after.excel.description).to.equal('Pivot tables');
    expect(after.privacy.title).to.equal('Data Privacy Essentials');
    expect(after.privacy.usage.enrollments).to.equal(6100);
    expect(result.stdout).to.include("  kept the manifest's title, description (--keep)");
    const again = await run(['import', 'catalogue', 'newer.csv', '--into', 'm.json', '--out', 'm.json', '--keep', 'title,description'], files);
    expect(again.stdout).to.include('3 courses unchanged');
    expect(again.stdout.some((line) => line.startsWith('updated'))).to.equal(false);
    expect((await run(['import', 'catalogue', 'newer.csv', '--into', 'm.json', '--keep', 'pillar'], files)).stderr[0]).to.match(/^--keep expects catalogue-owned fields \(title, /);
  });
});

describe('purpose-kit import catalogue: a 300-course export', () => {
  it('imports every course, valid, and prints the audit of the most-used 20 %', async () => {
    const { code, stdout, manifest } = await imported('catalogue-300.csv', await fixture('catalogue-300.csv'));
    expect(code).to.equal(0);
    expect(manifest!.courses).to.have.length(300);
    expect(new Set(manifest!.courses.map((course: Doc) => course.id)).size).to.equal(300);
    expect(manifest!.courses.every((course: Doc) => Number.isInteger(course.durationMinutes) && course.usage.enrollments > 0 && course.url.startsWith('https://'))).to.equal(true);
    expect(manifest!.courses.filter((course: Doc) => course.mandatory).length).to.equal(34);
    expect(validateManifest(manifest).ok).to.equal(true);
    expect(stdout).to.include('wrote out.json: 300 courses');
    const audited = stdout.filter((line) => /^\s+\d+\s+\d+\s+C\d{4}\s/.test(line));
    expect(audited).to.have.length(60);
    expect(audited.every((line) => line.includes('no-why, no-impact-tag'))).to.equal(true);
    expect(stdout).to.include('out.json: top 20% by enrollments, 60 of 300 courses (enrollments ' + manifest!.courses.map((c: Doc) => c.usage.enrollments).sort((a: number, b: number) => b - a)[59] + ' or more); 60 to fix');
    expect(stdout.at(-1)).to.equal('300 of 300 courses are placed nowhere yet (no pillar, pathway or impact tag)');
  });
});
