/** `<pk-relevance-report>` on a page with a collector: its ratings come from `{collector}/v1/ratings`. */
import { expect, fixture, html } from '@open-wc/testing';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { configure, resetConfig } from '../../../src/core/config/config.js';
import type { PkRelevanceReport } from '../../../src/elements/relevance-report/relevance-report.js';
import { TestEndpoint } from '../../core/delivery/support.js';
import { AUTHORIZATION, authorize, UNREACHABLE_COLLECTOR } from '../../support/collector.js';
import { reportManifest } from './manifest.js';
import { firstColumn, quietly, ready, report, text, until } from './support.js';
import { stateBox } from '../../support/host-state.js';

const AGGREGATE = {
  asOf: '2026-06-30',
  windowDays: 30,
  items: [{ course: 'kam', recent: { count: 6, relevance: 4.8, clarity: 4.6 } }],
};

async function collectorWithRatings(): Promise<TestEndpoint> {
  const collector = new TestEndpoint();
  await collector.serve({ 'v1/ratings': { body: AGGREGATE } });
  return collector;
}

describe('pk-relevance-report with a collector', function () {
  this.timeout(20_000);
  afterEach(() => resetConfig());

  it("reads the collector's ratings, with the page's headers", async () => {
    const collector = await collectorWithRatings();
    configure({ collector: collector.url, headers: authorize });
    const el = await report();
    expect(firstColumn(el, 'items-table')).to.deep.equal(['Key Account Management']);
    const [request] = await collector.received();
    expect(request).to.include({ method: 'GET', path: `${collector.url}/v1/ratings` });
    expect(request!.headers.authorization).to.equal(AUTHORIZATION.Authorization);
  });

  it('reads src instead when it is given, and the collector once it is gone', async () => {
    const collector = await collectorWithRatings();
    const own = new TestEndpoint();
    await own.serve({ ratings: { body: { ...AGGREGATE, items: [{ course: 'privacy', recent: { count: 9, relevance: 4, clarity: 4 } }] } } });
    configure({ collector: collector.url });
    const el = await ready(await fixture<PkRelevanceReport>(html`<pk-relevance-report .manifest=${reportManifest()} src=${`${own.url}/ratings`}></pk-relevance-report>`));
    expect(firstColumn(el, 'items-table')).to.deep.equal(['Data Privacy Essentials']);
    expect(await collector.received()).to.deep.equal([]);
    el.removeAttribute('src');
    await until(() => firstColumn(el, 'items-table')[0] === 'Key Account Management', "the collector's ratings");
  });

  it('says so, and fires pk-error, when the collector cannot be reached', async () => {
    configure({ collector: UNREACHABLE_COLLECTOR });
    const errors: PkErrorEvent[] = [];
    const el = await quietly(async () => {
      const created = await fixture<PkRelevanceReport>(
        html`<pk-relevance-report .manifest=${reportManifest()} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-relevance-report>`,
      );
      return ready(created);
    });
    expect(errors.map(({ detail }) => [detail.code, detail.source])).to.deep.equal([['data-fetch', `${UNREACHABLE_COLLECTOR}/v1/ratings`]]);
    expect(text(stateBox(el, 'error'))).to.contain('The data for this widget could not be loaded.');
    await expect(el).to.be.accessible();
  });
});
