import { expect } from '@open-wc/testing';
import { run } from './run.js';

type Doc = Record<string, any>;

const course = (id: string, title: string, enrollments: number, extra: Doc = {}): Doc => ({
  id,
  title,
  objectives: [],
  impactTags: ['renewals'],
  why: { statement: `Why ${title} matters.` },
  usage: { enrollments, completions: enrollments - 100 },
  ratings: { relevance: 4.4, clarity: 4.1, count: 40 },
  ...extra,
});

/** Ten courses; the top 20 % by enrollments are `privacy` (three flags) and `excel` (one). */
function manifest(): Doc {
  return {
    version: 1,
    organization: { name: 'Helio Grid' },
    pillars: [{ id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.' }],
    pathways: [],
    courses: [
      course('privacy', 'Data Privacy Essentials', 900, { mandatory: true, why: undefined, ratings: { relevance: 3.1, clarity: 4.2, count: 40 } }),
      course('excel', 'Excel, for finance', 800, { impactTags: [] }),
      ...Array.from({ length: 8 }, (_, index) => course(`c${index}`, `Course ${index}`, 100 + index * 10)),
    ],
    impactTags: [{ id: 'renewals', label: 'Protects Q3 Renewals', pillar: 'trust', initiative: 'Renewals', targetPeriod: 'Q3' }],
  };
}

const files = (doc: Doc = manifest()) => ({ 'm.json': JSON.stringify(doc) });
const usage = 'usage: purpose-kit audit FILE [--csv | --json] [--by METRIC] [--top PERCENT]';

describe('purpose-kit audit', () => {
  it('prints the most-used 20 % as a table and exits 1 when some need fixing', async () => {
    expect(await run(['audit', 'm.json'], files())).to.deep.equal({
      code: 1,
      stdout: [
        'rank  enrollments  course   title                    flags',
        '   1          900  privacy  Data Privacy Essentials  no-why, mandatory-without-purpose, weak-relevance',
        '   2          800  excel    Excel, for finance       no-impact-tag',
        'm.json: top 20% by enrollments, 2 of 10 courses (enrollments 800 or more); 2 to fix',
      ],
      stderr: [],
    });
  });

  it('exits 0 when the most-used courses need nothing', async () => {
    const doc = manifest();
    doc.courses.splice(0, 2);
    const result = await run(['audit', 'm.json'], files(doc));
    expect(result.code).to.equal(0);
    expect(result.stdout).to.deep.equal([
      'rank  enrollments  course  title     flags',
      '   1          170  c7      Course 7  -',
      '   2          160  c6      Course 6  -',
      'm.json: top 20% by enrollments, 2 of 8 courses (enrollments 160 or more); 0 to fix',
    ]);
  });

  it('ranks by another figure and share with --by and --top', async () => {
    for (const args of [['--by', 'completions', '--top', '30'], ['--by=completions', '--top=30']]) {
      const result = await run(['audit', 'm.json', ...args], files());
      expect(result.stdout[0]).to.equal('rank  completions  course   title                    flags');
      expect(result.stdout.at(-1)).to.equal('m.json: top 30% by completions, 3 of 10 courses (completions 70 or more); 2 to fix');
    }
  });

  it('says so when no course has the usage figure', async () => {
    const result = await run(['audit', 'm.json', '--by', 'activeLearners'], files());
    expect(result).to.deep.equal({ code: 0, stdout: ['m.json: top 20% by activeLearners, no course has activeLearners figures; 0 to fix'], stderr: [] });
  });

  it('prints the element’s CSV with --csv', async () => {
    const result = await run(['audit', 'm.json', '--csv'], files());
    expect(result.code).to.equal(1);
    expect(result.stdout).to.deep.equal([
      [
        'rank,course,title,provider,pillar,enrollments,mandatory,why,impactTags,relevance,clarity,ratings,flags',
        '1,privacy,Data Privacy Essentials,,Client Trust,900,yes,no,Protects Q3 Renewals,3.1,4.2,40,no-why; mandatory-without-purpose; weak-relevance',
        '2,excel,"Excel, for finance",,,800,no,yes,,4.4,4.1,40,no-impact-tag',
      ].join('\r\n'),
    ]);
  });

  it('prints the audit as JSON with --json', async () => {
    const result = await run(['audit', '--json', 'm.json'], files());
    expect(result.code).to.equal(1);
    const report = JSON.parse(result.stdout[0]!);
    expect(report).to.include({ file: 'm.json', by: 'enrollments', top: 20, weakBelow: 3.5, minRatings: 5, measured: 10, unmeasured: 0, cutoff: 800 });
    expect(report.rows[0]).to.deep.equal({
      rank: 1,
      course: 'privacy',
      title: 'Data Privacy Essentials',
      provider: null,
      pillar: 'trust',
      usage: 900,
      mandatory: true,
      why: false,
      impactTags: [{ id: 'renewals', label: 'Protects Q3 Renewals' }],
      ratings: { relevance: 3.1, clarity: 4.2, count: 40 },
      flags: ['no-why', 'mandatory-without-purpose', 'weak-relevance'],
    });
    expect(report.warnings).to.deep.equal([]);
  });

  it('refuses an invalid manifest with exit 1, errors on stderr (or in the JSON)', async () => {
    const doc = manifest();
    doc.courses[1].impactTags = ['q9'];
    expect(await run(['audit', 'm.json'], files(doc))).to.deep.equal({
      code: 1,
      stdout: [],
      stderr: [
        'error  courses[1].impactTags[0]: unknown impact tag "q9"',
        'm.json: 1 error; the manifest must be valid to audit it (see purpose-kit validate)',
      ],
    });
    const json = await run(['audit', 'm.json', '--json'], files(doc));
    expect(json.code).to.equal(1);
    expect(JSON.parse(json.stdout[0]!)).to.deep.equal({
      file: 'm.json',
      valid: false,
      errors: [{ path: 'courses[1].impactTags[0]', code: 'unknown-reference', message: 'unknown impact tag "q9"' }],
      warnings: [],
    });
  });

  it('keeps warnings off stdout, so the CSV stays clean', async () => {
    const result = await run(['audit', 'm.json', '--csv'], files({ ...manifest(), owner: 'L&D' }));
    expect(result.stderr).to.deep.equal(['warning  owner: unknown field, ignored']);
    expect(result.stdout[0]!.startsWith('rank,course,')).to.equal(true);
  });

  it('exits 2 when the file cannot be read', async () => {
    expect(await run(['audit', 'nowhere.json'])).to.deep.equal({
      code: 2,
      stdout: [],
      stderr: ["cannot read nowhere.json: ENOENT: no such file or directory, open 'nowhere.json'"],
    });
  });

  it('exits 2 with usage for a missing or doubled FILE, an unknown option or a bad value', async () => {
    const cases: [string[], string][] = [
      [['audit'], 'missing FILE'],
      [['audit', 'a.json', 'b.json'], 'one FILE at a time'],
      [['audit', 'a.json', '--strict'], 'unknown option --strict'],
      [['audit', 'a.json', '--csv', '--json'], '--csv and --json cannot be combined'],
      [['audit', 'a.json', '--by', 'views'], '--by expects one of enrollments, completions, activeLearners, got views'],
      [['audit', 'a.json', '--by'], '--by expects one of enrollments, completions, activeLearners, got nothing'],
      [['audit', 'a.json', '--top', '0'], '--top expects a percentage above 0 up to 100, got 0'],
      [['audit', 'a.json', '--top=120'], '--top expects a percentage above 0 up to 100, got 120'],
      [['audit', 'a.json', '--top', 'most'], '--top expects a percentage above 0 up to 100, got most'],
    ];
    for (const [argv, problem] of cases) {
      expect(await run(argv, files()), argv.join(' ')).to.deep.equal({ code: 2, stdout: [], stderr: [problem, usage] });
    }
  });

  it('prints its help with --help', async () => {
    const result = await run(['audit', '--help']);
    expect(result.code).to.equal(0);
    expect(result.stdout[0]).to.equal(usage);
    expect(result.stdout.at(-1)).to.equal('exit code: 0 nothing to fix, 1 courses to fix or an invalid manifest, 2 misuse or unreadable file');
  });

  it('audits the demo manifest: the nine most-enrolled of its courses', async () => {
    const text = await (await fetch('/demo/manifest.json')).text();
    const result = await run(['audit', 'demo/manifest.json', '--json'], { 'demo/manifest.json': text });
    const report = JSON.parse(result.stdout[0]!);
    expect(report.rows).to.have.length(9);
    expect(report.rows[0].course).to.equal('data-privacy-essentials');
    const bribery = report.rows.find((row: Doc) => row.course === 'anti-bribery-refresher');
    expect(bribery.flags).to.deep.equal(['no-why', 'no-impact-tag', 'mandatory-without-purpose', 'weak-relevance', 'weak-clarity']);
    expect(result.code).to.equal(1);
  });
});
