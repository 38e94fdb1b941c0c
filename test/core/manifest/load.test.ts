import { expect } from '@open-wc/testing';
import { ManifestError, PkError } from '../../../src/core/errors.js';
import { uuid } from '../../../src/core/id.js';
import { clearManifestCache, loadManifest, type ManifestSource } from '../../../src/core/manifest/load.js';
import { fixtureUrl, manifestFixture } from './fixtures.js';

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** A fixture URL no earlier test has fetched, so the browser's resource timings count only this test. */
const freshFixtureUrl = (name: string) => `${fixtureUrl(name)}?run=${uuid()}`;

async function rejection(source: ManifestSource): Promise<PkError> {
  try {
    await loadManifest(source);
  } catch (error) {
    expect(error).to.be.instanceOf(PkError);
    return error as PkError;
  }
  throw new Error('expected the load to fail');
}

describe('loadManifest', () => {
  afterEach(() => clearManifestCache());

  it('loads a manifest from a URL relative to the document', async () => {
    const url = freshFixtureUrl('minimal.json');
    const loaded = await loadManifest({ kind: 'url', url });
    expect(loaded.source).to.equal(absolute(url));
    expect(loaded.manifest.organization.name).to.equal('Helio Grid');
    expect(loaded.warnings).to.deep.equal([]);
  });

  it('resolves a relative URL against the base it is given', async () => {
    const base = absolute('/test/fixtures/manifests/');
    const loaded = await loadManifest({ kind: 'url', url: 'rich.json' }, { base });
    expect(loaded.source).to.equal(`${base}rich.json`);
    expect(loaded.manifest.pillars).to.have.length(4);
  });

  it('loads inline JSON text', async () => {
    const text = JSON.stringify({ ...(await manifestFixture('minimal.json')), draft: true });
    const loaded = await loadManifest({ kind: 'inline', text });
    expect(loaded.source).to.equal('inline');
    expect(loaded.manifest.courses[0]!.id).to.equal('grid-101');
    expect(loaded.warnings).to.deep.equal([{ path: 'draft', code: 'unknown-field', message: 'unknown field, ignored' }]);
  });

  it('loads an object, once per object', async () => {
    const value = await manifestFixture('rich.json');
    const first = loadManifest({ kind: 'object', value });
    expect(loadManifest({ kind: 'object', value })).to.equal(first);
    const loaded = await first;
    expect(loaded.source).to.equal('property');
    expect(loaded.manifest).not.to.equal(value);
    expect(loaded.manifest).to.deep.equal(value);
    expect(loadManifest({ kind: 'object', value: await manifestFixture('rich.json') })).not.to.equal(first);
  });

  it('fetches one URL once for ten loads', async () => {
    const url = freshFixtureUrl('rich.json');
    const loads = Array.from({ length: 10 }, () => loadManifest({ kind: 'url', url }));
    const results = await Promise.all(loads);
    expect(new Set(results.map((result) => result.manifest)).size).to.equal(1);
    await loadManifest({ kind: 'url', url: absolute(url) });
    expect(performance.getEntriesByName(absolute(url))).to.have.length(1);
  });

  it('fetches again after clearManifestCache()', async () => {
    const url = freshFixtureUrl('minimal.json');
    await loadManifest({ kind: 'url', url });
    clearManifestCache();
    await loadManifest({ kind: 'url', url });
    expect(performance.getEntriesByName(absolute(url))).to.have.length(2);
  });

  it('asks for JSON, and tries again after a failed load', async () => {
    const bucket = `/__endpoint/manifest-${uuid()}`;
    // No file extension: the test runner marks responses for such paths cacheable, 503 included.
    const url = absolute(`${bucket}/manifest`);
    const body = await manifestFixture('minimal.json');
    await fetch(`${bucket}/__script`, { method: 'POST', body: JSON.stringify([{ status: 503 }, { status: 200, body }]) });

    const failed = await rejection({ kind: 'url', url });
    expect(failed.code).to.equal('manifest-http');
    expect(failed.message).to.equal(`${url} answered 503 Service Unavailable`);
    const loaded = await loadManifest({ kind: 'url', url });
    expect(loaded.manifest.organization.name).to.equal('Helio Grid');

    const received = await (await fetch(`${bucket}/__received`)).json();
    expect(received).to.have.length(2);
    expect(received[0].method).to.equal('GET');
    expect(received[0].headers.accept).to.equal('application/json');
    await fetch(`${bucket}/__reset`, { method: 'POST' });
  });

  it('gives up on a server that does not answer in time', async () => {
    const bucket = `/__endpoint/manifest-${uuid()}`;
    const url = absolute(`${bucket}/manifest`);
    await fetch(`${bucket}/__script`, { method: 'POST', body: JSON.stringify([{ status: 200, delayMs: 2000, body: '{}' }]) });
    const error = await loadManifest({ kind: 'url', url }, { timeoutMs: 300 }).then(
      () => expect.fail('loaded'),
      (reason: PkError) => reason,
    );
    expect(error.code).to.equal('manifest-fetch');
    expect(error.message).to.equal(`could not fetch ${url}: no complete answer within 0.3 s`);
    await fetch(`${bucket}/__reset`, { method: 'POST' });
  });

  it('refuses a body larger than any manifest before reading it', async () => {
    const bucket = `/__endpoint/manifest-${uuid()}`;
    const url = absolute(`${bucket}/manifest`);
    const huge = String(3 * 10 * 1024 * 1024 + 1);
    await fetch(`${bucket}/__script`, { method: 'POST', body: JSON.stringify([{ status: 200, declaredLength: huge, body: '{' }]) });
    const error = await rejection({ kind: 'url', url });
    expect(error.code).to.equal('manifest-fetch');
    expect(error.message).to.contain(`is ${huge} bytes`);
    await fetch(`${bucket}/__reset`, { method: 'POST' });
  });

  it('rejects a 404 with the URL and the status', async () => {
    const url = absolute('/test/fixtures/manifests/missing.json');
    const error = await rejection({ kind: 'url', url });
    expect(error.code).to.equal('manifest-http');
    expect(error.message).to.equal(`${url} answered 404 Not Found`);
    expect(error.source).to.equal(url);
  });

  it('rejects a network error with the URL and the reason', async () => {
    const url = 'http://127.0.0.1:9/m.json';
    const error = await rejection({ kind: 'url', url });
    expect(error.code).to.equal('manifest-fetch');
    expect(error.message).to.equal(`could not fetch ${url}: Failed to fetch`);
    expect(error.cause).to.be.instanceOf(TypeError);
  });

  it('refuses a URL outside the allowlist without fetching it', async () => {
    const error = await rejection({ kind: 'url', url: 'javascript:alert(1)' });
    expect(error.code).to.equal('manifest-fetch');
    expect(error.message).to.equal(
      'could not fetch javascript:alert(1): URL scheme "javascript:" is not allowed (use http:, https:, mailto: or a relative URL)',
    );
  });

  it('rejects invalid JSON with its line and column', async () => {
    const error = await rejection({ kind: 'url', url: fixtureUrl('broken.json') });
    expect(error).to.be.instanceOf(ManifestError);
    expect(error.code).to.equal('manifest-parse');
    expect(error.message).to.equal('invalid JSON at line 5, column 41: expected "," or "}" after a property value');
    expect(error.source).to.equal(absolute(fixtureUrl('broken.json')));
  });

  it('rejects an HTML page served instead of JSON', async () => {
    const error = await rejection({ kind: 'url', url: fixtureUrl('page.html') });
    expect(error.code).to.equal('manifest-parse');
    expect(error.message).to.equal('expected JSON but got HTML');
  });

  it('rejects an invalid manifest with every problem', async () => {
    const error = await rejection({ kind: 'url', url: fixtureUrl('invalid.json') });
    expect(error).to.be.instanceOf(ManifestError);
    expect(error.code).to.equal('manifest-invalid');
    expect(error.message).to.equal('the manifest has 6 problems');
    expect(error.issues.map((issue) => issue.path)).to.deep.equal([
      'courses[0].url',
      'reporting.format',
      'pathways[0].pillar',
      'pathways[0].courses[1]',
      'courses[0].impactTags[0]',
      'pillars[1].imperative',
    ]);
  });

  it('rejects invalid inline text and objects the same way', async () => {
    expect((await rejection({ kind: 'inline', text: '{"version": 1' })).code).to.equal('manifest-parse');
    const error = await rejection({ kind: 'object', value: { version: 1 } });
    expect(error.code).to.equal('manifest-invalid');
    expect(error.message).to.equal('the manifest has 5 problems');
    expect(error.source).to.equal('property');
  });

  it('forgets a failed object load, so a corrected object loads', async () => {
    const value = await manifestFixture('minimal.json');
    value.version = 2;
    const failed = loadManifest({ kind: 'object', value });
    await failed.catch(() => undefined);
    value.version = 1;
    const retried = loadManifest({ kind: 'object', value });
    expect(retried).not.to.equal(failed);
    expect((await retried).manifest.version).to.equal(1);
  });
});
