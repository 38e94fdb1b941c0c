import { expect, fixture, html } from '@open-wc/testing';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import { ONE_COURSE_MANIFEST as manifest, TestEndpoint, until } from '../delivery/support.js';
import '../../support/probe.js';


describe('PkElement and the outbox', () => {
  it('an element on the next page load sends what an earlier page left in the outbox', async () => {
    const endpoint = new TestEndpoint();
    const earlier = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 600_000 });
    const left = await earlier.enqueue({ type: 'why-dismissed', learnerId: 'u1', courseId: 'c1' });
    await earlier.dispose();
    expect(await endpoint.deliveredIds()).to.deep.equal([]);

    await fixture(html`<pk-probe endpoint=${endpoint.url} .manifest=${manifest}></pk-probe>`);
    await until(async () => (await endpoint.deliveredIds()).length > 0, 'the replay');
    expect(await endpoint.deliveredIds()).to.deep.equal([left.id]);
  });

  it('opens the outbox once, with the manifest\'s reporting options, without a second-options warning', async () => {
    const endpoint = new TestEndpoint();
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const withReporting = { ...manifest, reporting: { endpoint: endpoint.url, format: 'json', batchSize: 7, flushIntervalMs: 50 } };
      const el = await fixture(html`<pk-probe endpoint=${endpoint.url} .manifest=${withReporting}></pk-probe>`);
      await until(() => (el as unknown as { manifestState: { status: string } }).manifestState.status === 'ready', 'the manifest');
      el.setAttribute('lang', 'de');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((args) => String(args[0]).includes('called again with other options'))).to.deep.equal([]);
  });
});
