/**
 * `<pk-team-digest>` on a page with a collector: the manager's team from
 * `{collector}/v1/teams/{learner}`, with the prompts they marked as discussed on any device, and
 * their marks sent to `{collector}/v1/events`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { configure, resetConfig } from '../../../src/core/config/config.js';
import { getDelivery } from '../../../src/core/delivery/get-delivery.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import type { PkTeamDigest } from '../../../src/elements/team-digest/team-digest.js';
import { TestEndpoint } from '../../core/delivery/support.js';
import { AUTHORIZATION, authorize, UNREACHABLE_COLLECTOR } from '../../support/collector.js';
import { digestManifest } from './manifest.js';
import { card, freshManager, part, parts, quietly, ready, text, until } from './support.js';
import { stateBox } from '../../support/host-state.js';

/** A manager id that needs encoding in a URL path. */
const managerWithSlash = () => `${freshManager()}@north/2`;

/** A collector serving `manager`'s team: the manifest's team, renamed, with Priya's first prompt marked on another device. */
async function collectorOf(manager: string): Promise<TestEndpoint> {
  const collector = new TestEndpoint();
  const team = {
    ...digestManifest().team,
    name: 'Grid Operations',
    discussed: [{ prompt: 'priya:privacy:2026-04-14', at: '2026-05-02T09:30:00Z' }],
  };
  await collector.serve({ [`v1/teams/${encodeURIComponent(manager)}`]: { body: team } });
  return collector;
}

async function digest(manifest: object = digestManifest(), src?: string): Promise<PkTeamDigest> {
  return ready(await fixture<PkTeamDigest>(html`<pk-team-digest .manifest=${manifest} src=${src ?? ''}></pk-team-digest>`));
}

const discussButtons = (el: PkTeamDigest) => parts(card(el, 'Priya Raman'), 'discuss');

describe('pk-team-digest with a collector', function () {
  this.timeout(20_000);
  afterEach(() => {
    resetConfig();
    clearManifestCache();
  });

  it("reads the manager's team from the collector, with the page's headers, and the prompts discussed elsewhere", async () => {
    const manager = managerWithSlash();
    const collector = await collectorOf(manager);
    configure({ collector: collector.url, learner: manager, headers: authorize });
    const el = await digest({ ...digestManifest(), team: undefined });
    expect(text(part(el, 'title'))).to.equal('What Grid Operations is learning, and why');
    const [request] = await collector.received();
    expect(request!.path).to.equal(`${collector.url}/v1/teams/${encodeURIComponent(manager)}`);
    expect(request!.headers.authorization).to.equal(AUTHORIZATION.Authorization);

    const [marked, open] = discussButtons(el);
    expect(text(marked)).to.equal('Discussed');
    expect(marked!.getAttribute('part')).to.equal('discuss discussed');
    expect(marked!.getAttribute('aria-disabled')).to.equal('true');
    expect(text(part(el, 'discussed-on'))).to.equal('Discussed on May 2, 2026');
    expect(text(open)).to.equal('Mark as discussed');
    let fired = 0;
    el.addEventListener('pk-prompt-discuss', () => fired++);
    marked!.click();
    expect(fired, 'a prompt marked elsewhere is not marked again').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it("sends a mark to the collector's events, as json, rather than to the manifest's endpoint", async () => {
    const manager = freshManager();
    const collector = await collectorOf(manager);
    const lrs = new TestEndpoint();
    configure({ collector: collector.url, learner: manager });
    const el = await digest({ ...digestManifest(), reporting: { endpoint: lrs.url, format: 'xapi', flushIntervalMs: 0 } });
    try {
      discussButtons(el)[1]!.click();
      const events = await until(async () => (await collector.received()).find((request) => request.method === 'POST'), 'the event to arrive');
      expect(events.path).to.equal(`${collector.url}/v1/events`);
      const [event] = (events.body as { events: Record<string, unknown>[] }).events;
      expect(event).to.deep.include({ type: 'prompt-discussed', learnerId: manager, courseId: 'grid' });
      expect(event!.data).to.include({ promptId: 'priya:grid:2026-02-01' });
      expect(await lrs.received()).to.deep.equal([]);
    } finally {
      await getDelivery({ endpoint: `${collector.url}/v1/events`, format: 'json', flushIntervalMs: 0 }).dispose();
    }
  });

  it('reads src instead when it is given, and the collector once it is gone', async () => {
    const manager = freshManager();
    const collector = await collectorOf(manager);
    const own = new TestEndpoint();
    await own.serve({ team: { body: digestManifest().team } });
    configure({ collector: collector.url, learner: manager });
    const el = await digest({ ...digestManifest(), team: undefined }, `${own.url}/team`);
    expect(text(part(el, 'title'))).to.equal('What Key Accounts North is learning, and why');
    expect(await collector.received()).to.deep.equal([]);
    el.removeAttribute('src');
    await until(() => text(part(el, 'title')) === 'What Grid Operations is learning, and why', "the collector's team");
  });

  it("shows the manifest's team until a learner names the manager", async () => {
    const manager = freshManager();
    const collector = await collectorOf(manager);
    configure({ collector: collector.url });
    const el = await digest();
    expect(text(part(el, 'title'))).to.equal('What Key Accounts North is learning, and why');
    configure({ learner: manager });
    await until(() => text(part(el, 'title')) === 'What Grid Operations is learning, and why', "the manager's team");
  });

  it('says so, and fires pk-error, when the collector cannot be reached', async () => {
    configure({ collector: UNREACHABLE_COLLECTOR, learner: 'dana' });
    const errors: PkErrorEvent[] = [];
    const el = await quietly(async () => {
      const created = await fixture<PkTeamDigest>(
        html`<pk-team-digest .manifest=${digestManifest()} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-team-digest>`,
      );
      return ready(created);
    });
    expect(errors.map(({ detail }) => [detail.code, detail.source])).to.deep.equal([['data-fetch', `${UNREACHABLE_COLLECTOR}/v1/teams/dana`]]);
    expect(text(stateBox(el, 'error'))).to.contain('The data for this widget could not be loaded.');
    await expect(el).to.be.accessible();
  });
});
