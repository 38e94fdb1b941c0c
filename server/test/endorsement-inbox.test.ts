import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { Collector } from '../src/collector.js';
import { expireEvents } from '../src/privacy/erase.js';
import { migrate } from '../src/store/migrations.js';
import { openStore } from '../src/store/store.js';
import { ADMIN_TOKEN, admin, call, post, rating, testCollector } from './support/collector.js';
import { startIdentityProvider, type IdentityProvider } from './support/jwt.js';
import { forEachStore } from './support/stores.js';

const manifest = JSON.parse(readFileSync(new URL('../../demo/manifest.json', import.meta.url), 'utf8'));

/** An endorsement event as the rater sends it, `minutesAgo` before now. */
const endorsement = (learner: string, course: string, pillar: string, problem: string, minutesAgo = 0) => ({
  ...rating(learner, course, 1, 1, new Date(Date.now() - minutesAgo * 60_000).toISOString()),
  type: 'endorsement',
  data: { problem, pillar },
});

forEachStore('the endorsement inbox', (target) => {
  let idp: IdentityProvider;
  let collector: Collector;
  let base: string;
  const bearer = async (subject: string, claims: Record<string, unknown> = {}) => ({ Authorization: `Bearer ${await idp.token(subject, claims)}` });
  const ldOps = () => bearer('lee', { roles: ['ld-ops'] });
  const inbox = async () => (await call(base, 'GET', '/v1/endorsements/inbox', { headers: await ldOps() })).json.endorsements as any[];
  const listed = async () => (await call(base, 'GET', '/v1/endorsements', { headers: await bearer('ana') })).json.endorsements as any[];
  const dismiss = async (id: string, headers?: Record<string, string>) =>
    call(base, 'POST', `/v1/endorsements/inbox/${encodeURIComponent(id)}/dismiss`, { headers: headers ?? (await ldOps()) });
  const dismissals = async (eventId: string) =>
    (await collector.store.query<{ n: number }>('select count(*)::int as n from endorsement_dismissals where event_id = $1', [eventId])).rows[0]!.n;

  const older = endorsement('ingrid', 'renewables-grid-integration', 'sustainable-energy', 'Cleared 46 stalled connections', 10);
  const newer = endorsement('omar', 'no-such-course', 'sustainable-energy', 'Unblocked the Q3 tender', 5);
  const newest = endorsement('ingrid', 'renewables-grid-integration', 'no-such-pillar', 'Wrote the grid code summary', 1);

  before(async () => {
    idp = await startIdentityProvider();
    collector = await testCollector(target, {
      auth: { dev: false, adminToken: ADMIN_TOKEN, jwt: { jwksUrl: idp.jwksUrl, issuer: idp.issuer, audience: idp.audience, rolesClaim: 'roles' } },
    });
    base = collector.url;
    assert.equal((await call(base, 'PUT', '/v1/manifest', { body: manifest, headers: admin })).status, 201);
    const ingrid = await bearer('ingrid', { name: 'Ingrid Solberg', title: 'Grid Planning Engineer' });
    assert.equal((await post(base, [older, newest, rating('ingrid', 'renewables-grid-integration', 5, 5)], ingrid)).status, 200);
    assert.equal((await post(base, [newer], await bearer('omar'))).status, 200);
  });
  after(async () => {
    await collector.close();
    await idp.stop();
  });

  it('answers 401 without a token and 403 to a learner, for reading and for dismissing', async () => {
    assert.equal((await call(base, 'GET', '/v1/endorsements/inbox')).status, 401);
    assert.equal((await dismiss(`sent-${older.id}`, {})).status, 401);
    const learner = await bearer('ana');
    const read = await call(base, 'GET', '/v1/endorsements/inbox', { headers: learner });
    assert.equal(read.status, 403);
    assert.match(read.json.message, /needs the ld-ops role/);
    assert.equal((await dismiss(`sent-${older.id}`, learner)).status, 403);
    assert.equal(await dismissals(older.id), 0);
  });

  it('lists every sent endorsement for ld-ops, newest first, saying whether the manifest knows its course and pillar', async () => {
    const response = await call(base, 'GET', '/v1/endorsements/inbox', { headers: await ldOps() });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'private, no-cache');
    assert.deepEqual(response.json.endorsements, [
      {
        id: `sent-${newest.id}`,
        expert: { name: 'Ingrid Solberg', role: 'Grid Planning Engineer' },
        course: 'renewables-grid-integration',
        pillar: 'no-such-pillar',
        problem: 'Wrote the grid code summary',
        date: newest.time.slice(0, 10),
        courseKnown: true,
        pillarKnown: false,
      },
      {
        id: `sent-${newer.id}`,
        expert: { name: 'Subject-matter expert' },
        course: 'no-such-course',
        pillar: 'sustainable-energy',
        problem: 'Unblocked the Q3 tender',
        date: newer.time.slice(0, 10),
        courseKnown: false,
        pillarKnown: true,
      },
      {
        id: `sent-${older.id}`,
        expert: { name: 'Ingrid Solberg', role: 'Grid Planning Engineer' },
        course: 'renewables-grid-integration',
        pillar: 'sustainable-energy',
        problem: 'Cleared 46 stalled connections',
        date: older.time.slice(0, 10),
        courseKnown: true,
        pillarKnown: true,
      },
    ]);
    // The admin token holds the role too.
    assert.equal((await call(base, 'GET', '/v1/endorsements/inbox', { headers: admin })).status, 200);
  });

  it('dismisses one (who and when stored, twice is still fine): gone from the inbox and from the public list', async () => {
    const fresh = endorsement('pia', 'renewables-grid-integration', 'sustainable-energy', 'Sped up permits');
    assert.equal((await post(base, [fresh], await bearer('pia'))).status, 200);
    assert.ok((await listed()).some((entry) => entry.id === `sent-${fresh.id}`));
    const before = Date.now();
    assert.equal((await dismiss(`sent-${fresh.id}`)).status, 204);
    assert.equal((await dismiss(`sent-${fresh.id}`, admin)).status, 204);
    const { rows } = await collector.store.query<{ dismissed_by: string; at: string }>(
      'select dismissed_by, dismissed_at::text as at from endorsement_dismissals where event_id = $1',
      [fresh.id],
    );
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.dismissed_by, 'lee', 'the first dismissal is the one kept');
    assert.ok(Date.parse(rows[0]!.at) >= before - 5_000);
    assert.ok(!(await inbox()).some((entry) => entry.id === `sent-${fresh.id}`));
    assert.ok(!(await listed()).some((entry) => entry.id === `sent-${fresh.id}`));
  });

  it('answers 404 for an id that is not a sent endorsement', async () => {
    const ratingEvent = rating('ana', 'renewables-grid-integration', 4, 4);
    assert.equal((await post(base, [ratingEvent], await bearer('ana'))).status, 200);
    for (const id of [`sent-${randomUUID()}`, `sent-${ratingEvent.id}`, older.id, 'sent-not-a-uuid', 'e1']) {
      const response = await dismiss(id);
      assert.equal(response.status, 404, id);
      assert.equal(response.json.error, 'not-found');
      assert.match(response.json.message, /no sent endorsement has the id/);
    }
  });

  it('accepting one into the manifest takes it out of the inbox, and the public list shows only the curated copy', async () => {
    const current = await call(base, 'GET', '/v1/manifest');
    const entry = (await inbox()).find((item) => item.id === `sent-${older.id}`);
    const { courseKnown, pillarKnown, ...accepted } = entry;
    assert.ok(courseKnown && pillarKnown);
    const edited = { ...current.json, endorsements: [...(current.json.endorsements ?? []), { ...accepted, problem: 'Cleared 46 stalled grid connections' }] };
    const put = await call(base, 'PUT', '/v1/manifest', { body: edited, headers: { ...(await ldOps()), 'If-Match': current.headers.get('etag')! } });
    assert.equal(put.status, 200, put.text);
    assert.ok(!(await inbox()).some((item) => item.id === `sent-${older.id}`));
    assert.ok(!(await listed()).some((item) => item.id === `sent-${older.id}`), 'GET /v1/endorsements does not repeat the curated copy');
    const curated = (await call(base, 'GET', '/v1/manifest')).json.endorsements.filter((item: { id: string }) => item.id === `sent-${older.id}`);
    assert.equal(curated.length, 1);
    assert.equal(curated[0].problem, 'Cleared 46 stalled grid connections');
  });

  it("erasing a learner removes the dismissals of their endorsements; retention removes those of expired ones", async () => {
    const gone = endorsement('quinn', 'renewables-grid-integration', 'sustainable-energy', 'Fixed the outage rota');
    const old = endorsement('rae', 'renewables-grid-integration', 'sustainable-energy', 'Old news', 400 * 24 * 60);
    assert.equal((await post(base, [gone], await bearer('quinn'))).status, 200);
    assert.equal((await post(base, [old], await bearer('rae'))).status, 200);
    for (const event of [gone, old]) assert.equal((await dismiss(`sent-${event.id}`)).status, 204);
    assert.equal(await dismissals(gone.id), 1);
    const erased = await call(base, 'DELETE', '/v1/learners/quinn', { headers: await ldOps() });
    assert.deepEqual(erased.json, { erased: 1 });
    assert.equal(await dismissals(gone.id), 0);
    assert.equal(await dismissals(old.id), 1);
    const { expired } = await expireEvents(collector.store, 365);
    assert.ok(expired >= 1);
    assert.equal(await dismissals(old.id), 0);
    assert.equal((await dismiss(`sent-${gone.id}`)).status, 404, 'an erased endorsement is no longer there to dismiss');
  });
});

forEachStore('the endorsement inbox on a store written before it (schema version 5)', (target) => {
  const scratch = mkdtempSync(join(tmpdir(), 'pk-inbox-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('migrates to version 6 and lists and dismisses the endorsements stored before', async () => {
    const location = target.name === 'pglite' ? { dataDir: join(scratch, 'data') } : await target.location();
    const old = await openStore(location);
    assert.equal(await migrate(old, 5), 5);
    const sent = endorsement('stored-before', 'renewables-grid-integration', 'sustainable-energy', 'Kept the lights on', 60);
    await old.query('insert into events (id, type, learner, course, time, body) values ($1, $2, $3, $4, $5, $6)', [
      sent.id,
      'endorsement',
      'pseudonym-of-someone',
      sent.courseId,
      sent.time,
      JSON.stringify(sent),
    ]);
    await old.close();
    const collector = await testCollector({ ...target, location: async () => location });
    try {
      const listedBefore = await call(collector.url, 'GET', '/v1/endorsements/inbox', { headers: admin });
      assert.deepEqual(listedBefore.json.endorsements.map((entry: { id: string }) => entry.id), [`sent-${sent.id}`]);
      assert.equal((await call(collector.url, 'POST', `/v1/endorsements/inbox/sent-${sent.id}/dismiss`, { headers: admin })).status, 204);
      const { rows } = await collector.store.query<{ by: string }>('select dismissed_by as by from endorsement_dismissals');
      assert.deepEqual(rows, [{ by: 'admin' }]);
      assert.deepEqual((await call(collector.url, 'GET', '/v1/endorsements/inbox', { headers: admin })).json.endorsements, []);
    } finally {
      await collector.close();
    }
  });
});

