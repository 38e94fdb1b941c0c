import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Collector } from '../src/collector.js';
import { ADMIN_TOKEN, admin, call, post, rating, testCollector } from './support/collector.js';
import { startIdentityProvider, type IdentityProvider } from './support/jwt.js';
import { forEachStore, pgliteTarget } from './support/stores.js';
import { readFileSync } from 'node:fs';

const manifest = readFileSync(new URL('../../demo/manifest.json', import.meta.url), 'utf8');
const team = (name: string, memberId: string) => ({
  name,
  members: [{ id: memberId, name: 'Priya Raman', role: 'Key Account Manager', completions: [{ course: 'ppa-selling', date: '2026-10-06', takeaway: 'Lead with the target.' }] }],
});

forEachStore('who may do what (JWT from the identity provider)', (target) => {
  let idp: IdentityProvider;
  let collector: Collector;
  let base: string;
  const bearer = async (subject: string, claims: Record<string, unknown> = {}) => ({ Authorization: `Bearer ${await idp.token(subject, claims)}` });

  before(async () => {
    idp = await startIdentityProvider();
    collector = await testCollector(target, {
      auth: { dev: false, adminToken: ADMIN_TOKEN, jwt: { jwksUrl: idp.jwksUrl, issuer: idp.issuer, audience: idp.audience, rolesClaim: 'roles' } },
    });
    base = collector.url;
    assert.equal((await call(base, 'PUT', '/v1/manifest', { body: manifest, headers: admin })).status, 201);
    assert.equal((await call(base, 'PUT', '/v1/teams/jonas.weber', { body: team('North', 'priya.raman'), headers: admin })).status, 204);
    assert.equal((await call(base, 'PUT', '/v1/teams/mara.stein', { body: team('South', 'amal.haddad'), headers: admin })).status, 204);
  });
  after(async () => {
    await collector.close();
    await idp.stop();
  });

  it('lets a learner post their own events, and not another learner\'s (403)', async () => {
    assert.equal((await post(base, [rating('ana', 'c1', 4, 4)], await bearer('ana'))).status, 200);
    const mixed = await post(base, [rating('ana', 'c1', 4, 4), rating('ben', 'c1', 1, 1)], await bearer('ana'));
    assert.equal(mixed.status, 403);
    assert.match(mixed.json.message, /events 1 /);
  });

  it('refuses tokens that are expired, for another audience, or signed by another key (401)', async () => {
    const expired = await idp.token('ana', {}, { expiresIn: '-1m' });
    assert.equal((await post(base, [rating('ana', 'c1', 4, 4)], { Authorization: `Bearer ${expired}` })).status, 401);
    const elsewhere = await idp.token('ana', {}, { audience: 'another-app' });
    assert.equal((await post(base, [rating('ana', 'c1', 4, 4)], { Authorization: `Bearer ${elsewhere}` })).status, 401);
    const stranger = await startIdentityProvider();
    try {
      const forged = await stranger.token('ana');
      assert.equal((await post(base, [rating('ana', 'c1', 4, 4)], { Authorization: `Bearer ${forged}` })).status, 401);
    } finally {
      await stranger.stop();
    }
  });

  it('lets a manager read their own team and not another manager\'s', async () => {
    const own = await call(base, 'GET', '/v1/teams/jonas.weber', { headers: await bearer('jonas.weber') });
    assert.equal(own.status, 200);
    assert.equal(own.json.name, 'North');
    assert.equal((await call(base, 'GET', '/v1/teams/mara.stein', { headers: await bearer('jonas.weber') })).status, 403);
    assert.equal((await call(base, 'GET', '/v1/teams/mara.stein', { headers: await bearer('lee', { roles: ['ld-ops'] }) })).status, 200);
  });

  it('keeps a manager\'s discussed marks on the server, from their prompt-discussed events', async () => {
    const event = { ...rating('jonas.weber', 'ppa-selling', 1, 1), type: 'prompt-discussed', data: { promptId: 'priya.raman/ppa-selling/2026-10-06' } };
    assert.equal((await post(base, [event], await bearer('jonas.weber'))).status, 200);
    const document = (await call(base, 'GET', '/v1/teams/jonas.weber', { headers: await bearer('jonas.weber') })).json;
    assert.deepEqual(document.discussed, [{ prompt: 'priya.raman/ppa-selling/2026-10-06', at: new Date(event.time).toISOString() }]);
    assert.ok(!('pseudonym' in document.members[0]));
  });

  it('gives ratings, export, manifest writes and erasure only to ld-ops or the admin token', async () => {
    const learner = await bearer('ana');
    const ldOps = await bearer('lee', { roles: ['ld-ops'] });
    for (const [method, path, body] of [
      ['GET', '/v1/ratings'],
      ['GET', '/v1/export'],
      ['GET', '/v1/manifest/versions'],
      ['PUT', '/v1/manifest', manifest],
      ['PUT', '/v1/teams/x', team('X', 'y')],
      ['DELETE', '/v1/learners/ben'],
    ] as const) {
      assert.equal((await call(base, method, path, { body, headers: learner })).status, 403, `${method} ${path} as a learner`);
      assert.equal((await call(base, method, path, { body, headers: {} })).status, 401, `${method} ${path} anonymous`);
    }
    assert.equal((await call(base, 'GET', '/v1/ratings', { headers: ldOps })).status, 200);
    assert.equal((await call(base, 'GET', '/v1/export', { headers: ldOps })).status, 200);
  });

  it('serves the manifest to anyone, and endorsements to anyone signed in, naming the expert as the identity provider does', async () => {
    assert.equal((await call(base, 'GET', '/v1/manifest')).status, 200);
    assert.equal((await call(base, 'GET', '/v1/endorsements')).status, 401);
    const sent = { ...rating('ingrid', 'renewables-grid-integration', 1, 1), type: 'endorsement', data: { problem: 'Cleared 46 stalled connections', pillar: 'sustainable-energy' } };
    assert.equal((await post(base, [sent], await bearer('ingrid', { name: 'Ingrid Solberg', title: 'Grid Planning Engineer' }))).status, 200);
    const unknownPillar = { ...sent, id: crypto.randomUUID(), data: { problem: 'x', pillar: 'no-such-pillar' } };
    assert.equal((await post(base, [unknownPillar], await bearer('ingrid'))).status, 200);
    const { json } = await call(base, 'GET', '/v1/endorsements', { headers: await bearer('ana') });
    assert.deepEqual(json.endorsements, [
      {
        id: `sent-${sent.id}`,
        expert: { name: 'Ingrid Solberg', role: 'Grid Planning Engineer' },
        course: 'renewables-grid-integration',
        pillar: 'sustainable-energy',
        problem: 'Cleared 46 stalled connections',
        date: sent.time.slice(0, 10),
      },
    ]);
  });
});

forEachStore('who may do what (a reverse proxy that signed the user in)', (target) => {
  let collector: Collector;
  before(async () => {
    collector = await testCollector(target, { auth: { dev: false, proxy: { userHeader: 'X-Forwarded-User', rolesHeader: 'X-Forwarded-Groups' } } });
  });
  after(() => collector.close());

  it('takes the learner and roles from the proxy\'s headers', async () => {
    assert.equal((await post(collector.url, [rating('ana', 'c1', 4, 4)], { 'X-Forwarded-User': 'ana' })).status, 200);
    assert.equal((await post(collector.url, [rating('ben', 'c1', 4, 4)], { 'X-Forwarded-User': 'ana' })).status, 403);
    assert.equal((await call(collector.url, 'GET', '/v1/ratings', { headers: { 'X-Forwarded-User': 'ana' } })).status, 403);
    assert.equal((await call(collector.url, 'GET', '/v1/ratings', { headers: { 'X-Forwarded-User': 'lee', 'X-Forwarded-Groups': 'staff, ld-ops' } })).status, 200);
    assert.equal((await call(collector.url, 'GET', '/v1/ratings')).status, 401);
  });
});

describe('when the identity provider cannot be reached', () => {
  it('answers 503 with Retry-After (the outbox retries), not 401 (which would pause it for new credentials)', async () => {
    const idp = await startIdentityProvider();
    const token = await idp.token('ana');
    const jwksUrl = idp.jwksUrl;
    await idp.stop();
    const collector = await testCollector(pgliteTarget, { auth: { dev: false, jwt: { jwksUrl, issuer: idp.issuer, audience: idp.audience, rolesClaim: 'roles' } } });
    try {
      const response = await post(collector.url, [rating('ana', 'c1', 4, 4)], { Authorization: `Bearer ${token}` });
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
    } finally {
      await collector.close();
    }
  });
});
