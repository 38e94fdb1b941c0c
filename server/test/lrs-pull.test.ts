import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { toStatement } from '../../src/core/delivery/xapi-statement.js';
import type { Collector } from '../src/collector.js';
import { pseudonymiser } from '../src/privacy/pseudonym.js';
import { pull, readCursor } from '../src/lrs/pull.js';
import { ADMIN_TOKEN, admin, call, exported, post, rating, testCollector } from './support/collector.js';
import { LRS_KEY, LRS_SECRET, startLrs, type Lrs } from './support/lrs.js';
import { startServerProcess } from './support/server-process.js';
import { forEachStore } from './support/stores.js';

const SECRET = 'a-test-secret-of-some-length';
const HOME = 'https://intranet.example.com/';
const demo = JSON.parse(readFileSync(new URL('../../demo/manifest.json', import.meta.url), 'utf8'));
const BY_URL = demo.courses[0].id as string;
const BY_XAPI_ID = demo.courses[1].id as string;
const XAPI_ID = 'https://lms.example.com/xapi/activities/battery-storage';
const manifest = { ...demo, courses: demo.courses.map((course: { id: string }) => (course.id === BY_XAPI_ID ? { ...course, xapiId: XAPI_ID } : course)) };
const MANAGER = 'jonas.weber';
const MEMBER = demo.team.members[0].id as string;

const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** A statement as an LMS writes it: an ADL verb about its own activity id. */
function lms(verb: string, learner: string, activity: string, time: string, response?: string) {
  return {
    id: randomUUID(),
    timestamp: time,
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: learner } },
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: activity, definition: { type: 'http://adlnet.gov/expapi/activities/course' } },
    ...(response && { result: { completion: true, response } }),
  };
}

forEachStore('pulling from an LRS', (target) => {
  let lrs: Lrs;
  let collector: Collector;
  const settings = () => ({ url: lrs.url, key: LRS_KEY, secret: LRS_SECRET, homePage: HOME });
  before(async () => {
    lrs = await startLrs();
    collector = await testCollector(target, { minGroup: 2, lrs: { ...settings(), syncMinutes: 0, pollMs: 100 } });
    assert.equal((await call(collector.url, 'PUT', '/v1/manifest', { body: manifest, headers: admin })).status, 201);
    assert.equal((await call(collector.url, 'PUT', `/v1/teams/${MANAGER}`, { body: demo.team, headers: admin })).status, 204);
  });
  after(async () => {
    await collector.close();
    await lrs.stop();
  });

  it('feeds ratings, usage and the team digest from statements another client posted, and a second sync adds nothing', async () => {
    const courseUrl = demo.courses[0].url as string;
    const lmsStatements = [
      lms('registered', MEMBER, courseUrl, days(30)),
      lms('launched', MEMBER, courseUrl, days(29)),
      lms('completed', MEMBER, `${courseUrl}#module-3`, days(2), 'Size the inverter for the grid code, not the panel.'),
      lms('passed', 'amal.haddad', courseUrl, days(200)),
      lms('completed', 'lee.wong', courseUrl, days(3)),
      lms('registered', 'lee.wong', XAPI_ID, days(1)),
      lms('completed', 'ola', 'https://lms.example.com/xapi/activities/unknown', days(1)),
    ];
    // A rating from another site, made by the browser's own mapping, and one whose learner is an mbox.
    const foreign = toStatement({ ...rating('zed', BY_URL, 5, 4, days(1)), type: 'rating' } as never, { homePage: 'https://other-site.example.org/', language: 'en' });
    const byMail = { ...toStatement({ ...rating('x', BY_URL, 3, 2, days(1)), type: 'rating' } as never, { homePage: 'https://third.example.net/', language: 'und' }), actor: { objectType: 'Agent', mbox: 'mailto:kim@example.com' } };
    await lrs.post([...lmsStatements, foreign, byMail]);
    // The collector's own forward reaches the LRS too, and must not come back as a second event.
    const own = rating('priya.raman', BY_URL, 4, 4);
    await post(collector.url, [own]);
    const deadline = Date.now() + 10_000;
    while (!(await lrs.statements()).some((statement) => statement.id === own.id)) {
      assert.ok(Date.now() < deadline, 'the forwarded rating did not reach the LRS');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // Pages of two statements: `more` is followed to the end.
    const first = await pull(collector.store, settings(), pseudonymiser(SECRET), async () => manifest, { pageSize: 2 });
    assert.deepEqual({ ...first, cursor: undefined }, { statements: 8, events: 2, lms: 6, skipped: 2, cursor: undefined });
    const cursor = await readCursor(collector.store, lrs.url);
    assert.equal(cursor, first.cursor);

    const ratings = (await call(collector.url, 'GET', '/v1/ratings', { headers: admin })).json;
    const recent = ratings.items.find((item: { course: string }) => item.course === BY_URL).recent;
    assert.deepEqual({ ...recent, clarity: recent.clarity.toFixed(3) }, { count: 3, relevance: 4, clarity: (10 / 3).toFixed(3) });
    const events = await exported(collector.url);
    assert.deepEqual(events.map((event) => event.id).sort(), [own.id, foreign.id, byMail.id].sort());
    assert.equal(events.find((event) => event.id === byMail.id).learnerId, pseudonymiser(SECRET)('mailto:kim@example.com'));

    const usage = (await call(collector.url, 'GET', '/v1/usage', { headers: admin })).json;
    // Three learners of the course found by its url (one outside the 90-day window); the one learner of the
    // course found by its xapiId is under --min-group 2, so that course is withheld.
    assert.deepEqual(usage.courses, [{ id: BY_URL, usage: { enrollments: 3, completions: 3, activeLearners: 2 } }]);
    assert.equal(usage.windowDays, 90);
    const withUsage = (await call(collector.url, 'GET', '/v1/manifest?usage=collector', { headers: admin })).json;
    assert.deepEqual(withUsage.courses.find((course: { id: string }) => course.id === BY_URL).usage, { enrollments: 3, completions: 3, activeLearners: 2 });
    assert.equal((await call(collector.url, 'GET', '/v1/manifest?usage=collector')).status, 401);

    const team = (await call(collector.url, 'GET', `/v1/teams/${MANAGER}`, { headers: admin })).json;
    const member = team.members.find((candidate: { id: string }) => candidate.id === MEMBER);
    assert.deepEqual(member.completions.at(-1), { course: BY_URL, date: days(2).slice(0, 10), takeaway: 'Size the inverter for the grid code, not the panel.' });
    assert.equal(member.completions.length, demo.team.members[0].completions.length + 1);

    const second = (await call(collector.url, 'POST', '/v1/lrs/sync', { headers: admin })).json;
    assert.deepEqual({ ...second, skipped: undefined }, { statements: 0, events: 0, lms: 0, skipped: undefined, cursor });
    assert.equal(await readCursor(collector.store, lrs.url), cursor);
    assert.deepEqual((await call(collector.url, 'GET', '/v1/usage', { headers: admin })).json.courses, usage.courses);
    assert.equal((await call(collector.url, 'GET', `/v1/teams/${MANAGER}`, { headers: admin })).json.members[0].completions.length, member.completions.length);
    assert.equal((await exported(collector.url)).length, 3);
    // From the start again: every statement is read again, and none counts twice.
    const again = await pull(collector.store, settings(), pseudonymiser(SECRET), async () => manifest, { since: days(400) });
    assert.equal(again.statements, 0);

    // Erasure reaches what the LMS said about a learner.
    await call(collector.url, 'DELETE', `/v1/learners/${MEMBER}`, { headers: admin });
    const erased = (await call(collector.url, 'GET', `/v1/teams/${MANAGER}`, { headers: admin })).json;
    assert.equal(erased.members[0].completions.length, demo.team.members[0].completions.length);
  });
});

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const sync = (args: string[], env: Record<string, string> = {}) => {
  const base = { ...process.env };
  for (const name of ['PK_LRS_KEY', 'PK_LRS_SECRET', 'DATABASE_URL', 'PK_ADMIN_TOKEN']) delete base[name];
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, 'sync', ...args], { cwd: ROOT, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000 });
};

describe('purpose-kit-server sync', () => {
  it('refuses a bad URL or missing credentials with a clear message and exit 2', () => {
    const missing = sync(['--lrs', 'https://lrs.example.com/xAPI']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /PK_LRS_KEY and PK_LRS_SECRET/);
    const ftp = sync(['--lrs', 'ftp://lrs.example.com/xAPI'], { PK_LRS_KEY: 'k', PK_LRS_SECRET: 's' });
    assert.equal(ftp.status, 2);
    assert.match(ftp.stderr, /--lrs must be an http: or https: URL/);
    const none = sync([]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /--lrs URL is required/);
  });

  it('asks the collector holding a PGlite data directory to pull (--server), since PGlite allows one process per directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pk-sync-'));
    const lrs = await startLrs();
    const env = { PK_LRS_KEY: LRS_KEY, PK_LRS_SECRET: LRS_SECRET };
    // The server process takes the credentials from its environment, as an operator gives them.
    Object.assign(process.env, env);
    const server = await startServerProcess({ dataDir: dir, args: ['--lrs', lrs.url, '--lrs-sync-minutes', '0'] }).finally(() => {
      delete process.env.PK_LRS_KEY;
      delete process.env.PK_LRS_SECRET;
    });
    try {
      await lrs.post([toStatement({ ...rating('zed', 'c1', 5, 5), type: 'rating' } as never, { homePage: 'https://other.example.org/', language: 'und' })]);
      const held = sync(['--lrs', lrs.url, '--data', dir], { ...env, PK_SECRET: SECRET });
      assert.equal(held.status, 1);
      assert.match(held.stderr, /in use by process \d+.*--server URL/);
      const withoutToken = sync(['--lrs', lrs.url, '--server', server.url], env);
      assert.equal(withoutToken.status, 2);
      assert.match(withoutToken.stderr, /--server needs a token/);
      const asked = sync(['--lrs', lrs.url, '--server', server.url], { ...env, PK_ADMIN_TOKEN: ADMIN_TOKEN });
      assert.equal(asked.status, 0, asked.stderr);
      assert.match(asked.stdout, /"events":1.*"via":"http:\/\/127\.0\.0\.1:\d+"/);
      assert.equal((await exported(server.url)).length, 1);
    } finally {
      await server.stop();
      await lrs.stop();
    }
    // With no collector running, sync opens the directory itself.
    const lrs2 = await startLrs();
    try {
      await lrs2.post([toStatement({ ...rating('amy', 'c1', 4, 4), type: 'rating' } as never, { homePage: 'https://other.example.org/', language: 'und' })]);
      const alone = sync(['--lrs', lrs2.url, '--data', dir, '--page-size', '1'], { ...env, PK_SECRET: SECRET });
      assert.equal(alone.status, 0, alone.stderr);
      assert.match(alone.stdout, /"events":1/);
    } finally {
      await lrs2.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
