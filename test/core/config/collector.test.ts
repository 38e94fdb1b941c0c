/**
 * The `collector` setting: what it derives where nothing is set explicitly, and the manifest an
 * element then reads from the collector over real HTTP.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { configure, resetConfig } from '../../../src/core/config/config.js';
import { resolveConfig } from '../../../src/core/config/resolve.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import '../../../src/elements/config/define.js';
import { TestEndpoint } from '../delivery/support.js';
import { UNREACHABLE_COLLECTOR } from '../../support/collector.js';
import { PkProbe, settled, shadowText } from '../../support/probe.js';
import { quietly } from '../../support/wait.js';
import { stateBox } from '../../support/host-state.js';

const MANIFEST = {
  version: 1,
  organization: { name: 'Helio Grid' },
  pillars: [{ id: 'trust', title: 'Client Trust', description: 'Keep the promises we make.' }],
  pathways: [{ id: 'privacy-path', title: 'Privacy', pillar: 'trust', department: 'Legal', courses: ['privacy'] }],
  courses: [{ id: 'privacy', title: 'Data Privacy Essentials', objectives: [], impactTags: [] }],
  impactTags: [],
};

/** The configuration of an element that says nothing itself, directly in the page. */
const pageLevel = () => resolveConfig(document.body, {});

describe('the collector setting', () => {
  afterEach(() => {
    resetConfig();
    clearManifestCache();
  });

  it('derives the manifest, the endpoint and its format, however many slashes end the base', () => {
    for (const collector of ['https://learning.example.com/pk', 'https://learning.example.com/pk/', 'https://learning.example.com/pk//']) {
      configure({ collector });
      expect(pageLevel(), collector).to.include({
        manifest: 'https://learning.example.com/pk/v1/manifest',
        endpoint: 'https://learning.example.com/pk/v1/events',
        format: 'json',
      });
    }
    configure({ collector: '/pk' });
    expect(pageLevel()).to.include({ manifest: '/pk/v1/manifest', endpoint: '/pk/v1/events', format: 'json' });
  });

  it('derives nothing without a collector', () => {
    configure({ learner: 'u1' });
    expect(pageLevel()).to.deep.equal({ learner: 'u1' });
  });

  it('gives way to an explicit manifest, endpoint or format, wherever it is set', async () => {
    configure({ collector: '/pk', manifest: '/m.json', endpoint: '/events', format: 'xapi' });
    expect(pageLevel()).to.include({ manifest: '/m.json', endpoint: '/events', format: 'xapi' });
    configure({ manifest: undefined, endpoint: undefined });
    expect(pageLevel()).to.include({ manifest: '/pk/v1/manifest', endpoint: '/pk/v1/events', format: 'xapi' });

    resetConfig();
    configure({ endpoint: '/page-wide' });
    const config = await fixture(html`<pk-config collector="/pk"><span></span></pk-config>`);
    const inside = config.querySelector('span')!;
    expect(resolveConfig(inside, { endpoint: '/own' }), "the element's own").to.include({ manifest: '/pk/v1/manifest', endpoint: '/own' });
    const plain = resolveConfig(inside, {});
    expect(plain, 'set further away than the collector').to.include({ manifest: '/pk/v1/manifest', endpoint: '/page-wide' });
    expect(plain).to.not.have.property('format');
  });

  it('loads the manifest from the collector named by <pk-config collector>', async () => {
    const collector = new TestEndpoint();
    await collector.serve({ 'v1/manifest': { body: MANIFEST } });
    const config = await fixture(html`<pk-config collector=${`${collector.url}/`}><pk-probe></pk-probe></pk-config>`);
    const el = config.querySelector('pk-probe')!;
    await settled(el);
    expect(shadowText(el)).to.equal('Helio Grid: 1');
    const [request] = await collector.received();
    expect(request).to.include({ method: 'GET', path: `${collector.url}/v1/manifest` });
  });

  it('shows the manifest error, and fires pk-error, when the collector cannot be reached', async () => {
    configure({ collector: UNREACHABLE_COLLECTOR });
    const errors: PkErrorEvent[] = [];
    const el = await quietly(async () => {
      const created = await fixture<PkProbe>(html`<pk-probe @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-probe>`);
      await settled(created);
      return created;
    });
    expect(errors.map(({ detail }) => [detail.code, detail.source])).to.deep.equal([['manifest-fetch', `${UNREACHABLE_COLLECTOR}/v1/manifest`]]);
    expect(stateBox(el, 'error')!.getAttribute('role')).to.equal('alert');
  });
});
