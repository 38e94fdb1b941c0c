/**
 * The Human Sustainability lens of `GET /v1/metrics`, on PGlite and PostgreSQL: an HR export with
 * the `wellbeing` column (mapped from the HR system's own name), learning from ratings and from an
 * LMS completion, and a manifest naming each course's skills. Hand-computed below (minGroup 5).
 *
 * Teams: N (n1–n6, 3 learning hours, wellbeing 4 in Q1 and 2 in Q2), W (w1–w5, 1 h, wellbeing 2
 * then 3), S (s1–s4, 5 h, wellbeing 5), all hired 2020-01-01; s2 leaves 2025-03-15, n5 2025-04-30.
 * Skills: c1 builds data (transferable), c2 tool (not), c3 negotiation + writing (transferable).
 * Learning: Q1 n1 c1, n2 c1, n3 c2, n4 c3, n5 c2, n6 c3 (an LMS completion), s1 c1; Q2 n1 c3,
 * n3 c1, n2 c1 again (not a new course).
 *
 * - Future-proof share. Q1: 7 learners, 5 of 7 courses build a transferable skill → 5/7; N: 4 of
 *   6; W, S: under 5 learners → null. Q2: 2 learners → null everywhere.
 * - Breadth. Q1: 15 people on the books gained 7 skills → 7/15; N 6/6 = 1; W 0/5 = 0; S (4) null.
 *   Q2: s2 is gone, 14 people gained 3 (n1 negotiation + writing, n3 data) → 3/14; N 3/6; W 0.
 * - Wellbeing. Q1: N (3 h, 4) and W (1 h, 2) → ρ = 1; S has 4 people and is left out. Q2: N (3 h,
 *   2), W (1 h, 3) → −1.
 * - Employability (≥ 2 transferable skills before the period). Q1: nobody → cohort null, everyone
 *   else 14 of 15 stay. Q2: n4, n6 (2 people) → null; the other 12 open, n5 leaves → 11/12.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { validateMetrics } from '../../src/core/metrics/validate.js';
import type { Collector } from '../src/collector.js';
import { pseudonymiser } from '../src/privacy/pseudonym.js';
import { importWorkforce, serverTarget } from '../src/workforce/import.js';
import { ADMIN_TOKEN, admin, call, post, rating, testCollector } from './support/collector.js';
import { forEachStore } from './support/stores.js';

const pseudonym = pseudonymiser('a-test-secret-of-some-length');

const MANIFEST = {
  version: 1,
  organization: { name: 'Test Energy' },
  pillars: [{ id: 'trust', title: 'Client trust', description: 'Why clients stay.' }],
  pathways: [],
  impactTags: [],
  courses: [
    { id: 'c1', title: 'Data', objectives: [], impactTags: [], skills: ['data'] },
    { id: 'c2', title: 'Tool', objectives: [], impactTags: [], skills: ['tool'] },
    { id: 'c3', title: 'Deals', objectives: [], impactTags: [], skills: ['negotiation', 'writing'] },
  ],
  skills: [
    { id: 'data', label: 'Data literacy', transferable: true, external: { framework: 'onet', code: '2.A.2.a' } },
    { id: 'tool', label: 'Our CRM', transferable: false },
    { id: 'negotiation', label: 'Negotiation', transferable: true },
    { id: 'writing', label: 'Writing', transferable: true },
  ],
};

const QUARTERS = ['2025-Q1', '2025-Q2'];
const TEAMS = { N: { size: 6, hours: 3, wellbeing: [4, 2] }, W: { size: 5, hours: 1, wellbeing: [2, 3] }, S: { size: 4, hours: 5, wellbeing: [5, 5] } };
const EXITS: Record<string, string> = { s2: '2025-03-15', n5: '2025-04-30' };

function hrCsv(): string {
  const lines = ['Employee,Quarter,team,hire_date,exit_date,learning_hours,Wohlbefinden'];
  for (const [team, { size, hours, wellbeing }] of Object.entries(TEAMS)) {
    for (let n = 1; n <= size; n++) {
      const id = `${team.toLowerCase()}${n}`;
      QUARTERS.forEach((quarter, q) => {
        if (q === 1 && EXITS[id] && EXITS[id]! < '2025-04-01') return;
        lines.push(`emp-${id},${quarter},${team},2020-01-01,${EXITS[id] ?? ''},${hours},${wellbeing[q]}`);
      });
    }
  }
  return lines.join('\n') + '\n';
}

const at = (date: string) => `${date}T10:00:00.000Z`;
const LEARNING = [
  rating('emp-n1', 'c1', 4, 4, at('2025-01-10')),
  rating('emp-n2', 'c1', 4, 4, at('2025-01-11')),
  rating('emp-n3', 'c2', 4, 4, at('2025-01-12')),
  rating('emp-n4', 'c3', 4, 4, at('2025-02-12')),
  rating('emp-n5', 'c2', 4, 4, at('2025-03-12')),
  rating('emp-s1', 'c1', 4, 4, at('2025-03-20')),
  rating('emp-n1', 'c3', 4, 4, at('2025-05-02')),
  rating('emp-n3', 'c1', 4, 4, at('2025-06-02')),
  rating('emp-n2', 'c1', 5, 5, at('2025-06-03')),
];

const EXPECTED = {
  futureProof: {
    organization: [5 / 7, null],
    teams: [
      { team: 'N', values: [4 / 6, null] },
      { team: 'S', values: [null, null] },
      { team: 'W', values: [null, null] },
    ],
  },
  breadth: {
    organization: [7 / 15, 3 / 14],
    teams: [
      { team: 'N', values: [1, 3 / 6] },
      { team: 'S', values: [null, null] },
      { team: 'W', values: [0, 0] },
    ],
  },
  threshold: 2,
  retention: { aligned: [null, null], baseline: [14 / 15, 11 / 12] },
  wellbeing: [1, -1],
};

/** Teams in alphabetical order, so the comparison does not depend on the order rows come back in. */
function sorted(lens: any) {
  for (const name of ['futureProof', 'breadth']) lens[name].teams.sort((a: any, b: any) => a.team.localeCompare(b.team));
  return lens;
}

forEachStore('workforce: the Human Sustainability lens of /v1/metrics', (target) => {
  const scratch = mkdtempSync(join(tmpdir(), 'pk-sustain-'));
  let collector: Collector;
  let base: string;
  const metrics = async () => (await call(base, 'GET', '/v1/metrics', { headers: admin })).json;

  before(async () => {
    collector = await testCollector(target, { minGroup: 5 });
    base = collector.url;
    const { skills, ...withoutSkills } = MANIFEST;
    assert.equal((await call(base, 'PUT', '/v1/manifest', { body: { ...withoutSkills, courses: MANIFEST.courses.map(({ skills, ...course }) => course) }, headers: admin })).status, 201);
    assert.equal((await post(base, LEARNING)).status, 200);
    await collector.store.query(
      `insert into lms_progress (course, learner, enrolled_at, completed_at, last_active_at) values ('c3', $1, $2, $3, $3)`,
      [pseudonym('emp-n6'), at('2025-01-20'), at('2025-02-01')],
    );
    const file = join(scratch, 'hr.csv');
    writeFileSync(file, hrCsv());
    const summary = await importWorkforce(file, { map: 'Employee=id,Quarter=period,Wohlbefinden=wellbeing' }, await serverTarget(base, ADMIN_TOKEN));
    assert.deepEqual(summary, { rows: 29, people: 15, periods: 2 });
  });
  after(async () => {
    await collector.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('leaves the lens out while the manifest names no skills', async () => {
    const document = await metrics();
    assert.equal(document.sustainability, undefined);
    assert.deepEqual(document.periods, QUARTERS);
  });

  it('computes the hand-computed lens once the manifest names the skills, withholding groups under 5', async () => {
    const manifest = await call(base, 'GET', '/v1/manifest', { headers: admin });
    const put = await call(base, 'PUT', '/v1/manifest', { body: MANIFEST, headers: { ...admin, 'If-Match': manifest.headers.get('etag')! } });
    assert.equal(put.status, 200, put.text);
    const document = await metrics();
    assert.deepEqual(sorted(document.sustainability), EXPECTED);
    const checked = validateMetrics(document);
    assert.ok(checked.ok, JSON.stringify(checked));
  });

  it('stores the wellbeing score with the row, and exports it', async () => {
    const { rows } = await collector.store.query<{ wellbeing: number }>('select wellbeing from workforce where person = $1 order by period', [pseudonym('emp-w1')]);
    assert.deepEqual(rows.map((row) => row.wellbeing), [2, 3]);
    const exported = (await call(base, 'GET', '/v1/export/workforce', { headers: admin })).text.trim().split('\n').map((line) => JSON.parse(line));
    assert.ok(exported.some((row) => row.wellbeing === 5));
  });

  it('refuses a wellbeing value that is not a number, naming the row and the column', async () => {
    const file = join(scratch, 'bad.csv');
    writeFileSync(file, 'id,period,hire_date,wellbeing\nemp-x,2025-Q1,2020-01-01,high\n');
    await assert.rejects(importWorkforce(file, {}, await serverTarget(base, ADMIN_TOKEN)), /row 1, column "wellbeing": expected a number from -1000 to 1000, got "high"/);
  });
});
