import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import type { Collector } from '../src/collector.js';
import { admin, call, testCollector } from './support/collector.js';
import { forEachStore } from './support/stores.js';

const text = readFileSync(new URL('../../demo/manifest.json', import.meta.url), 'utf8');
const edited = (title: string) => {
  const manifest = JSON.parse(text);
  manifest.organization.name = title;
  return JSON.stringify(manifest);
};

forEachStore('the manifest: versions, ETag and If-Match', (target) => {
  let collector: Collector;
  let base: string;
  before(async () => {
    collector = await testCollector(target);
    base = collector.url;
  });
  after(() => collector.close());

  it('answers 404 until a manifest is stored, then serves it with an ETag and revalidates with 304', async () => {
    assert.equal((await call(base, 'GET', '/v1/manifest')).status, 404);
    const created = await call(base, 'PUT', '/v1/manifest', { body: text, headers: admin });
    assert.equal(created.status, 201);
    const read = await call(base, 'GET', '/v1/manifest');
    assert.equal(read.text, text);
    assert.equal(read.headers.get('etag'), created.json.etag);
    assert.equal(read.headers.get('cache-control'), 'no-cache');
    assert.equal((await call(base, 'GET', '/v1/manifest', { headers: { 'If-None-Match': created.json.etag } })).status, 304);
  });

  it('stores an edit made on the latest version, and refuses one made on an older version (412, with the current one)', async () => {
    const { headers } = await call(base, 'GET', '/v1/manifest');
    const seen = headers.get('etag')!;
    const first = await call(base, 'PUT', '/v1/manifest', { body: edited('Aurelis A'), headers: { ...admin, 'If-Match': seen } });
    assert.equal(first.status, 200);
    assert.equal(first.json.version, 2);
    const stale = await call(base, 'PUT', '/v1/manifest', { body: edited('Aurelis B'), headers: { ...admin, 'If-Match': seen } });
    assert.equal(stale.status, 412);
    assert.equal(stale.json.current.version, 2);
    assert.equal(stale.json.current.manifest.organization.name, 'Aurelis A');
    assert.equal(JSON.parse((await call(base, 'GET', '/v1/manifest')).text).organization.name, 'Aurelis A');
  });

  it('asks for If-Match once a manifest exists (428)', async () => {
    assert.equal((await call(base, 'PUT', '/v1/manifest', { body: edited('Aurelis C'), headers: admin })).status, 428);
  });

  it('refuses an invalid manifest with every error and its path (422), storing nothing', async () => {
    const broken = JSON.parse(text);
    broken.pathways[0].pillar = 'energy';
    broken.courses[1].url = 'javascript:alert(1)';
    const { headers } = await call(base, 'GET', '/v1/manifest');
    const response = await call(base, 'PUT', '/v1/manifest', { body: broken, headers: { ...admin, 'If-Match': headers.get('etag')! } });
    assert.equal(response.status, 422);
    const paths = response.json.problems.map((problem: { path: string }) => problem.path);
    assert.ok(paths.some((path: string) => path.startsWith('pathways[0].pillar')), paths.join());
    assert.ok(paths.some((path: string) => path.startsWith('courses[1].url')), paths.join());
    assert.equal((await call(base, 'GET', '/v1/manifest/versions', { headers: admin })).json.versions.length, 2);
  });

  it('lists every version and serves each one', async () => {
    const { versions } = (await call(base, 'GET', '/v1/manifest/versions', { headers: admin })).json;
    assert.deepEqual(versions.map((version: { version: number }) => version.version), [2, 1]);
    assert.equal((await call(base, 'GET', '/v1/manifest/versions/1', { headers: admin })).text, text);
    assert.equal((await call(base, 'GET', '/v1/manifest/versions/9', { headers: admin })).status, 404);
  });

  it('refuses a team whose references the manifest does not know (422)', async () => {
    const team = { name: 'North', members: [{ id: 'a', name: 'A', completions: [{ course: 'no-such-course', date: '2026-01-01' }] }] };
    const response = await call(base, 'PUT', '/v1/teams/jonas', { body: team, headers: admin });
    assert.equal(response.status, 422);
    assert.ok(response.json.problems.some((problem: { path: string }) => problem.path === 'team.members[0].completions[0].course'));
  });
});
