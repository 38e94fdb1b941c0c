/**
 * `<pk-relevance-rater>` on a page with a collector: the endorsements experts have sent it
 * (`{collector}/v1/endorsements`) are shown with the manifest's, each once.
 */
import { expect, fixture } from '@open-wc/testing';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { configure, resetConfig } from '../../../src/core/config/config.js';
import { AUTHORIZATION, authorize, UNREACHABLE_COLLECTOR } from '../../support/collector.js';
import { endorsements, html, manifest, part, quietly, radios, rater, TestEndpoint, until } from './support.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const summaries = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="endorsements"] summary')].map(text);

const problems = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="endorsement"] q')].map(text);

const sent = (id: string, course: string, pillar: string, name: string, problem: string) => ({
  id,
  expert: { name, role: 'Grid Planner' },
  course,
  pillar,
  problem,
  date: '2026-06-01',
});

async function collectorWith(...collected: object[]): Promise<TestEndpoint> {
  const collector = new TestEndpoint();
  await collector.serve({ 'v1/endorsements': { body: { endorsements: collected } } });
  return collector;
}

describe('pk-relevance-rater with a collector', function () {
  this.timeout(20_000);
  afterEach(() => resetConfig());

  it("shows the endorsements sent to the collector with the manifest's, each once, asking with the page's headers", async () => {
    const collector = await collectorWith(
      manifest.endorsements[1]!,
      sent('c1', 'grid-101', 'energy', 'Lena Park', 'Cut connection queues by a third.'),
      sent('c2', 'orphan-ish', 'energy', 'Omar Said', 'Built the queue model in a sheet.'),
      sent('c3', 'grid-101', 'no-such-pillar', 'Ada Quinn', 'Not shown: the manifest has no such pillar.'),
    );
    configure({ collector: collector.url, headers: authorize });
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    await until(() => summaries(el)[0] === 'Endorsed by 4 experts for Sustainable Energy Leadership', "the collector's endorsement");
    expect(summaries(el)).to.deep.equal(['Endorsed by 4 experts for Sustainable Energy Leadership', 'Endorsed by 1 expert for Client Trust']);
    expect(problems(el)).to.include('Cut connection queues by a third.');
    expect(problems(el).filter((problem) => problem === manifest.endorsements[1]!.problem)).to.have.length(1);
    expect(problems(el)).to.not.include('Not shown: the manifest has no such pillar.');
    const [request] = await collector.received();
    expect(request).to.include({ method: 'GET', path: `${collector.url}/v1/endorsements` });
    expect(request!.headers.authorization).to.equal(AUTHORIZATION.Authorization);
  });

  it('shows them for a course the manifest has no endorsements of, reading them once for every rater', async () => {
    const collector = await collectorWith(sent('c2', 'orphan-ish', 'energy', 'Omar Said', 'Built the queue model in a sheet.'));
    configure({ collector: collector.url });
    const page = await fixture(html`<div>
      <pk-relevance-rater .manifest=${manifest} course="orphan-ish"></pk-relevance-rater>
      <pk-relevance-rater .manifest=${manifest} course="orphan-ish"></pk-relevance-rater>
    </div>`);
    for (const el of page.querySelectorAll('pk-relevance-rater')) {
      await endorsements(el);
      expect(summaries(el)).to.deep.equal(['Endorsed by 1 expert for Sustainable Energy Leadership']);
    }
    expect(await collector.received()).to.have.length(1);
  });

  it('reports a collector that cannot be reached, and still shows the manifest’s endorsements and the scales', async () => {
    configure({ collector: UNREACHABLE_COLLECTOR });
    const errors: PkErrorEvent[] = [];
    await quietly(async () => {
      const el = await rater(
        html`<pk-relevance-rater .manifest=${manifest} course="grid-101" @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-relevance-rater>`,
      );
      await until(() => errors.length > 0, 'pk-error');
      expect(errors.map(({ detail }) => [detail.code, detail.source])).to.deep.equal([['data-fetch', `${UNREACHABLE_COLLECTOR}/v1/endorsements`]]);
      expect(summaries(el)).to.deep.equal(['Endorsed by 3 experts for Sustainable Energy Leadership', 'Endorsed by 1 expert for Client Trust']);
      expect(radios(el, 'relevance')).to.have.length(5);
      expect(part(el, 'part-failed')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
