import { expect, fixture, html } from '@open-wc/testing';
import { DeliveryController } from '../../../src/core/base/delivery-controller.js';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import { PkProbe } from '../../support/probe.js';
import { ONE_COURSE_MANIFEST as manifest, TestEndpoint, until } from '../delivery/support.js';

/** A probe that delivers, as the elements that send learner events do: it lists a delivery controller as a field. */
class PkDeliveringProbe extends PkProbe {
  readonly delivery = new DeliveryController(this, this.settings, this.manifestTask, (error) => this.report(error));
}
customElements.define('pk-delivering-probe', PkDeliveringProbe);

describe('an element with a delivery controller, and the outbox', () => {
  it('an element on the next page load sends what an earlier page left in the outbox', async () => {
    const endpoint = new TestEndpoint();
    const earlier = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 600_000 });
    const left = await earlier.enqueue({ type: 'why-dismissed', learnerId: 'u1', courseId: 'c1' });
    await earlier.dispose();
    expect(await endpoint.deliveredIds()).to.deep.equal([]);

    await fixture(html`<pk-delivering-probe endpoint=${endpoint.url} .manifest=${manifest}></pk-delivering-probe>`);
    await until(async () => (await endpoint.deliveredIds()).length > 0, 'the replay');
    expect(await endpoint.deliveredIds()).to.deep.equal([left.id]);
  });

  it('an element without one opens no outbox: what an earlier page left stays queued', async () => {
    const endpoint = new TestEndpoint();
    const earlier = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 600_000 });
    await earlier.enqueue({ type: 'why-dismissed', learnerId: 'u1', courseId: 'c1' });
    await earlier.dispose();

    const el = await fixture<PkProbe>(html`<pk-probe endpoint=${endpoint.url} .manifest=${manifest}></pk-probe>`);
    await until(() => (el as unknown as { manifestState: { status: string } }).manifestState.status === 'ready', 'the manifest');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await endpoint.deliveredIds()).to.deep.equal([]);
  });

  it('opens the outbox once, with the manifest\'s reporting options, without a second-options warning', async () => {
    const endpoint = new TestEndpoint();
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const withReporting = { ...manifest, reporting: { endpoint: endpoint.url, format: 'json', batchSize: 7, flushIntervalMs: 50 } };
      const el = await fixture(html`<pk-delivering-probe endpoint=${endpoint.url} .manifest=${withReporting}></pk-delivering-probe>`);
      await until(() => (el as unknown as { manifestState: { status: string } }).manifestState.status === 'ready', 'the manifest');
      el.setAttribute('lang', 'de');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((args) => String(args[0]).includes('called again with other options'))).to.deep.equal([]);
  });
});
