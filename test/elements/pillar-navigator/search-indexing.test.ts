/**
 * The search text is folded before the first keystroke needs it: in idle moments after the first
 * render (a slice at a time, stopping when the element leaves or gets another manifest), and at
 * once when the learner heads for the search field. `prepareSearch(catalog, () => false)` does no
 * work and tells whether all of it is. Idle callbacks are the test's to run (test pages
 * may be in a background tab, where the browser has no idle periods to give). Filtering is a chunk
 * of its own; these tests load it first (`interactive.test.ts` is about loading it).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { catalogOf, type Catalog } from '../../../src/core/manifest/catalog.js';
import { loadManifest } from '../../../src/core/manifest/load.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import { interactiveModule } from '../../../src/elements/pillar-navigator/interactive-loader.js';
import { prepareSearch } from '../../../src/elements/pillar-navigator/search-text.js';
import { generateManifest } from '../../support/generate-manifest.js';
import { idle, IdleStub, manifest, navigator, one } from './helpers.js';

const indexed = (catalog: Catalog) => prepareSearch(catalog, () => false);

/** The catalog an element reads for `input`: the validated manifest is cached by identity. */
async function catalogFor(input: Manifest): Promise<Catalog> {
  return catalogOf((await loadManifest({ kind: 'object', value: input })).manifest);
}

describe('pk-pillar-navigator: the search index, built ahead of the first keystroke', () => {
  let stub: IdleStub | undefined;

  before(() => interactiveModule.load());

  afterEach(() => {
    stub?.restore();
    stub = undefined;
  });

  it('is built in an idle moment after the first render, with no keystroke', async () => {
    stub = new IdleStub();
    const own = structuredClone(manifest);
    await navigator(html`<pk-pillar-navigator .manifest=${own}></pk-pillar-navigator>`);
    const catalog = await catalogFor(own);
    expect([stub.waiting.size, indexed(catalog)]).to.deep.equal([1, false]);
    stub.runWaiting(Infinity);
    expect(indexed(catalog)).to.equal(true);
  });

  it('is built when the search field gets focus, with no idle moment', async () => {
    stub = new IdleStub();
    const own = structuredClone(manifest);
    const el = await navigator(html`<pk-pillar-navigator .manifest=${own}></pk-pillar-navigator>`);
    const catalog = await catalogFor(own);
    expect(indexed(catalog)).to.equal(false);
    one(el, '[part~="search"]').focus();
    await waitUntil(() => indexed(catalog), 'the index is built');
    expect(stub.waiting.size, 'the idle callback is still waiting').to.equal(1);
  });

  it('is built when the pointer comes over the search field', async () => {
    stub = new IdleStub();
    const own = structuredClone(manifest);
    const el = await navigator(html`<pk-pillar-navigator .manifest=${own}></pk-pillar-navigator>`);
    const catalog = await catalogFor(own);
    one(el, '[part~="search"]').dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => indexed(catalog), 'the index is built');
    expect(stub.waiting.size, 'the idle callback is still waiting').to.equal(1);
  });

  it('is built a slice at a time, each idle callback stopping when its time is up', async () => {
    stub = new IdleStub();
    const large = generateManifest({ pillars: 4, pathways: 40, courses: 600 });
    await navigator(html`<pk-pillar-navigator .manifest=${large}></pk-pillar-navigator>`);
    const catalog = await catalogFor(large);
    let callbacks = 0;
    while (stub.waiting.size > 0) callbacks += stub.runWaiting(2);
    expect(indexed(catalog)).to.equal(true);
    // 640 courses and pathways, two slices per callback.
    expect(callbacks).to.be.above(1);
  });

  it('stops idle work when the element leaves the page, and starts again when it comes back', async () => {
    stub = new IdleStub();
    const own = structuredClone(manifest);
    const el = await navigator(html`<pk-pillar-navigator .manifest=${own}></pk-pillar-navigator>`);
    const [scheduled] = stub.waiting.keys();
    const parent = el.parentElement!;
    el.remove();
    expect(stub.cancelled).to.deep.equal([scheduled]);
    expect(stub.waiting.size).to.equal(0);
    parent.append(el);
    await idle(el);
    expect(stub.waiting.size).to.equal(1);
  });

  it('stops idle work for a manifest the element no longer shows, and indexes the new one', async () => {
    stub = new IdleStub();
    const first = structuredClone(manifest);
    const second = structuredClone(manifest);
    const el = await navigator(html`<pk-pillar-navigator .manifest=${first}></pk-pillar-navigator>`);
    const [scheduled] = stub.waiting.keys();
    el.manifest = second;
    await waitUntil(() => stub!.cancelled.includes(scheduled!) && stub!.waiting.size === 1, 'idle work moves to the new manifest');
    stub.runWaiting(Infinity);
    expect(indexed(await catalogFor(second))).to.equal(true);
    expect(indexed(await catalogFor(first))).to.equal(false);
  });

  it('works without requestIdleCallback, soon after the first render', async () => {
    stub = new IdleStub();
    (window as { requestIdleCallback?: unknown }).requestIdleCallback = undefined;
    const own = structuredClone(manifest);
    await navigator(html`<pk-pillar-navigator .manifest=${own}></pk-pillar-navigator>`);
    const catalog = await catalogFor(own);
    await waitUntil(() => indexed(catalog), 'the index is built in a task of its own');
  });
});
