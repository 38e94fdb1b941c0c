/**
 * The HR export: imported through the CLI and the running collector (CSV and JSON, with a column
 * mapping), checked row by row (a bad file imports nothing, exit 2), idempotent, pseudonymised,
 * erased with the learner; `GET /v1/metrics` computes the hand-computed Purpose Dividend of
 * test/support/workforce-fixture.ts, withholds groups under 5 people, and is for ld-ops only.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateMetrics } from '../../src/core/metrics/validate.js';
import type { Collector } from '../src/collector.js';
import { pseudonymiser } from '../src/privacy/pseudonym.js';
import { purposeAlignedLearners } from '../src/workforce/cohort.js';
import { InputError } from '../src/workforce/fields.js';
import { importWorkforce, serverTarget, storeTarget } from '../src/workforce/import.js';
import { workforceRecords } from '../src/workforce/records.js';
import { bumpGeneration } from '../src/workforce/workforce-store.js';
import { ADMIN_TOKEN, admin, call, post, rating, testCollector } from './support/collector.js';
import { startIdentityProvider } from './support/jwt.js';
import { forEachStore } from './support/stores.js';
import { EXPECTED, fixtureRows, skillEvents, toCsv } from './support/workforce-fixture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MANIFEST = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(ROOT, 'demo/manifest.json'), 'utf8')));
const SECRET = 'a-test-secret-of-some-length';
const pseudonym = pseudonymiser(SECRET);
/** The HR system's own column names, and the --map that reads them. */
const NAMES = { id: 'Employee ID', period: 'Quarter', hire_date: 'Start date', exit_date: 'Leaving date', connection: 'Mission score' };
const MAP = Object.entries(NAMES).map(([field, column]) => `${column}=${field}`).join(',');

/** Runs the CLI from source (as a child: the collector it talks to runs in this process); its exit code and output. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/cli.ts'), 'import', 'workforce', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, out, err })));
}

forEachStore('workforce: import and the Purpose Dividend', (target) => {
  const scratch = mkdtempSync(join(tmpdir(), 'pk-workforce-'));
  const file = (name: string, content: string | Buffer) => {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  };
  let collector: Collector;
  let base: string;
  const count = async () => (await collector.store.query<{ n: number }>('select count(*)::int as n from workforce')).rows[0]!.n;
  const metrics = async () => (await call(base, 'GET', '/v1/metrics', { headers: admin })).json;

  before(async () => {
    collector = await testCollector(target, { minGroup: 5 });
    base = collector.url;
    assert.equal((await call(base, 'PUT', '/v1/manifest', { body: JSON.stringify(MANIFEST), headers: admin })).status, 201);
    assert.equal((await post(base, skillEvents())).status, 200);
  });
  after(async () => {
    await collector.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('imports a CSV with mapped columns through the running collector (the CLI, --server), and /v1/metrics equals the hand-computed dividend', async () => {
    const csv = file('hr.csv', toCsv(fixtureRows(), NAMES));
    const run = await cli([csv, '--map', MAP, '--server', base], { PK_ADMIN_TOKEN: ADMIN_TOKEN });
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /imported 45 row\(s\): 24 people, 2 period\(s\)/);
    const document = await metrics();
    // The demo manifest names skills, so the Human Sustainability lens comes along (test/sustainability.test.ts checks it).
    const { sustainability, ...dividend } = document;
    assert.ok(sustainability);
    assert.deepEqual(dividend, { ...EXPECTED, cost: { currency: 'EUR', averageSalary: 68500, replacementFactor: 0.5, alignedHeadcount: 9 } });
    const checked = validateMetrics(document);
    assert.ok(checked.ok, JSON.stringify(checked));
    assert.deepEqual(checked.warnings, []);
  });

  it('withholds a group of 4 people (null) and publishes a group of 5', async () => {
    const { series } = await metrics();
    assert.equal(series.mobility.aligned[1], null, '4 roles filled by the aligned cohort in Q2');
    assert.equal(series.mobility.baseline[1], 1, '5 roles filled by the baseline in Q2');
    assert.equal(series.latency.baseline[0], null, '4 baseline skills applied in Q1');
    assert.equal(series.latency.aligned[0], 30, '5 aligned skills applied in Q1');
  });

  it('reads the same data from JSON (an array, or one object per line), and importing it again changes nothing', async () => {
    const renamed = fixtureRows().map((row) => Object.fromEntries(Object.entries(row).map(([field, value]) => [NAMES[field as keyof typeof NAMES] ?? field, value])));
    const before = await metrics();
    for (const [name, text] of [
      ['hr.json', JSON.stringify(renamed, null, 2)],
      ['hr.jsonl', renamed.map((row) => JSON.stringify(row)).join('\n')],
    ] as const) {
      const summary = await importWorkforce(file(name, text), { map: MAP }, await serverTarget(base, ADMIN_TOKEN));
      assert.deepEqual(summary, { rows: 45, people: 24, periods: 2 });
      assert.equal(await count(), 45);
      assert.deepEqual(await metrics(), before);
    }
  });

  it('replaces each (person, period) a newer export holds', async () => {
    const rows = fixtureRows().map((row) => (row.id === 'emp-a5' ? { ...row, exit_date: '2025-06-15' } : row));
    await importWorkforce(file('newer.csv', toCsv(rows)), {}, await serverTarget(base, ADMIN_TOKEN));
    assert.equal(await count(), 45);
    const { rows: stored } = await collector.store.query<{ exited: string }>('select exited::text as exited from workforce where person = $1', [pseudonym('emp-a5')]);
    assert.deepEqual(stored.map((row) => row.exited), ['2025-06-15', '2025-06-15']);
    assert.deepEqual((await metrics()).series.retention.aligned, [0.9, 8 / 9]);
    await importWorkforce(file('back.csv', toCsv(fixtureRows())), {}, await serverTarget(base, ADMIN_TOKEN));
    assert.deepEqual((await metrics()).series.retention, EXPECTED.series.retention);
  });

  it('stores pseudonyms only: no raw HR id of a person or a manager is in the database', async () => {
    const { rows } = await collector.store.query<{ text: string }>("select string_agg(w::text, ' ') as text from workforce w");
    assert.doesNotMatch(rows[0]!.text, /emp-|mgr-/);
    const { rows: people } = await collector.store.query<{ person: string; manager: string }>('select distinct person, manager from workforce');
    assert.ok(people.some((row) => row.person === pseudonym('emp-a1') && row.manager === pseudonym('mgr-T1')));
    const exported = (await call(base, 'GET', '/v1/export/workforce', { headers: admin })).text.trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(exported.length, 45);
    assert.ok(exported.every((row) => row.person !== undefined && !/emp-/.test(row.person)));
  });

  it('refuses a bad file with the row and column, exit code 2, and imports nothing of it', async () => {
    const stored = await count();
    const good = fixtureRows();
    const cases: [string, string | Buffer, string[], RegExp][] = [
      ['missing.csv', toCsv(good.map(({ hire_date, ...row }) => row)), [], /missing column "hire_date"/],
      ['date.csv', toCsv(good.map((row, i) => (i === 6 ? { ...row, exit_date: '2025-02-30' } : row))), [], /row 7, column "exit_date": expected a date YYYY-MM-DD, got "2025-02-30"/],
      ['map.csv', toCsv(good), ['--map', 'Staff=employee_number'], /--map: unknown field "employee_number"/],
      ['latin1.csv', Buffer.concat([Buffer.from(toCsv(good.slice(0, 3))), Buffer.from('emp-z,2025-Q1,K\xf6ln,,2020-01-01,,0,,,\n', 'latin1')]), [], /not UTF-8 text/],
      ['garbage.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), [], /not (UTF-8 text|a text file)/],
    ];
    for (const [name, content, args, message] of cases) {
      const run = await cli([file(name, content), ...args, '--server', base], { PK_ADMIN_TOKEN: ADMIN_TOKEN });
      assert.equal(run.code, 2, `${name}: ${run.err}`);
      assert.match(run.err, message, name);
      assert.match(run.err, /Nothing was imported/);
    }
    // A bad row after the first staged batch of 5,000 rows: the staged rows are never committed.
    const many = Array.from({ length: 6000 }, (_, i) => ({ ...good[0]!, id: `emp-many-${i}`, hire_date: i === 5500 ? '1 May 2020' : '2020-01-01' }));
    await assert.rejects(importWorkforce(file('late.csv', toCsv(many)), {}, await serverTarget(base, ADMIN_TOKEN)), (error: Error) => {
      assert.ok(error instanceof InputError);
      assert.match(error.message, /row 5501, column "hire_date"/);
      return true;
    });
    assert.equal(await count(), stored);
    const { rows } = await collector.store.query<{ n: number }>('select count(*)::int as n from workforce_staging');
    assert.equal(rows[0]!.n, 0);
  });

  it('puts people who went through every course of a pathway in the aligned cohort; the aligned column overrides it', async () => {
    const outage = MANIFEST.pathways.find((pathway: { id: string }) => pathway.id === 'trust-during-outages').courses as string[];
    await post(base, [...outage.map((course) => rating('emp-c1', course, 4, 4)), rating('emp-c2', outage[0]!, 4, 4)]);
    const aligned = await purposeAlignedLearners(collector.store, MANIFEST);
    assert.ok(aligned.has(pseudonym('emp-c1')));
    assert.ok(!aligned.has(pseudonym('emp-c2')));
    assert.ok(!aligned.has(pseudonym('emp-a1')), 'a1 rated one course only: aligned by the HR column, not by the rule');
    // LMS completions pulled from an LRS (lms_progress, written by sync) count as going through a course:
    // c2 rated the first course and the LMS says they completed the rest. An enrolment alone does not count.
    const [first, ...rest] = outage;
    for (const [index, course] of rest.entries()) {
      await collector.store.query(
        `insert into lms_progress (course, learner, enrolled_at, completed_at, last_active_at) values ($1, $2, now(), $3, now())`,
        [course, pseudonym('emp-c2'), index === 0 ? null : new Date()],
      );
    }
    if (rest.length > 0) assert.ok(!(await purposeAlignedLearners(collector.store, MANIFEST)).has(pseudonym('emp-c2')), 'enrolled, not completed');
    await collector.store.query(`update lms_progress set completed_at = now() where learner = $1`, [pseudonym('emp-c2')]);
    assert.ok((await purposeAlignedLearners(collector.store, MANIFEST)).has(pseudonym('emp-c2')), `c2: rated ${first}, completed the rest in the LMS`);
    await collector.store.query(`delete from lms_progress where learner = $1`, [pseudonym('emp-c2')]);
    // In the records /v1/metrics is computed from: c1 by the rule, c2 not; c3 went through the pathway, but HR says no.
    await post(base, outage.map((course) => rating('emp-c3', course, 4, 4)));
    const row = { ...fixtureRows()[0]!, team: 'T9', aligned: '' };
    const rows = [{ ...row, id: 'emp-c1' }, { ...row, id: 'emp-c2' }, { ...row, id: 'emp-c3', aligned: 'no' }];
    await importWorkforce(file('cohort.csv', toCsv(rows)), {}, await serverTarget(base, ADMIN_TOKEN));
    const records = await workforceRecords(collector.store, await purposeAlignedLearners(collector.store, MANIFEST), 5);
    const cohortOf = (id: string) => records.employees.find((employee) => employee.id === pseudonym(id))?.aligned;
    assert.deepEqual(['emp-c1', 'emp-c2', 'emp-c3', 'emp-a1', 'emp-b1'].map(cohortOf), [true, false, false, true, false]);
    await collector.store.query(`delete from workforce where person = any($1::text[])`, [['emp-c1', 'emp-c2', 'emp-c3'].map(pseudonym)]);
    await bumpGeneration(collector.store);
  });

  it("erases a person's workforce rows with DELETE /v1/learners/{id}", async () => {
    assert.equal((await call(base, 'DELETE', '/v1/learners/emp-b12', { headers: admin })).status, 200);
    const { rows } = await collector.store.query<{ n: number }>('select count(*)::int as n from workforce where person = $1', [pseudonym('emp-b12')]);
    assert.equal(rows[0]!.n, 0);
    assert.equal(await count(), 43);
    const exported = (await call(base, 'GET', '/v1/export/workforce', { headers: admin })).text;
    assert.ok(!exported.includes(pseudonym('emp-b12')));
  });

  it('imports straight into the store when no collector holds it (--data DIR, or DATABASE_URL)', async () => {
    const location = target.name === 'pglite' ? { dataDir: join(scratch, 'data') } : await target.location();
    const summary = await importWorkforce(file('direct.csv', toCsv(fixtureRows())), {}, await storeTarget(location, SECRET));
    assert.deepEqual(summary, { rows: 45, people: 24, periods: 2 });
  });
});

describe('workforce: a PGlite data directory held by a running collector', () => {
  it('refuses to open it (exit 1, saying to use --server), and imports through the collector', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'pk-workforce-lock-'));
    const data = join(scratch, 'data');
    const collector = await testCollector({ name: 'pglite', location: async () => ({ dataDir: data }) });
    try {
      const csv = join(scratch, 'hr.csv');
      writeFileSync(csv, toCsv(fixtureRows()));
      const direct = await cli([csv, '--data', data], { PK_SECRET: SECRET });
      assert.equal(direct.code, 1, direct.err);
      assert.match(direct.err, /in use by process \d+ .*--server URL/);
      const through = await cli([csv, '--server', collector.url], { PK_ADMIN_TOKEN: ADMIN_TOKEN });
      assert.equal(through.code, 0, through.err);
    } finally {
      await collector.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

forEachStore('workforce: who may read the dividend and import', (target) => {
  it('answers 401 without a token, 403 without ld-ops, 200 with it', async () => {
    const idp = await startIdentityProvider();
    const collector = await testCollector(target, {
      auth: { dev: false, adminToken: ADMIN_TOKEN, jwt: { jwksUrl: idp.jwksUrl, issuer: idp.issuer, audience: idp.audience, rolesClaim: 'roles' } },
    });
    try {
      const learner = { Authorization: `Bearer ${await idp.token('ana')}` };
      const ldOps = { Authorization: `Bearer ${await idp.token('lee', { roles: ['ld-ops'] })}` };
      for (const [method, path] of [
        ['GET', '/v1/metrics'],
        ['GET', '/v1/export/workforce'],
        ['POST', '/v1/workforce/imports'],
      ] as const) {
        assert.equal((await call(collector.url, method, path)).status, 401, `${method} ${path} anonymous`);
        assert.equal((await call(collector.url, method, path, { headers: learner })).status, 403, `${method} ${path} as a learner`);
      }
      const empty = await call(collector.url, 'GET', '/v1/metrics', { headers: ldOps });
      assert.equal(empty.status, 200);
      assert.deepEqual(empty.json, { periods: [], series: { retention: { aligned: [], baseline: [] }, mobility: { aligned: [], baseline: [] }, alignment: { aligned: [], baseline: [] } } });
      assert.equal((await call(collector.url, 'POST', '/v1/workforce/imports', { headers: ldOps })).status, 201);
    } finally {
      await collector.close();
      await idp.stop();
    }
  });
});
