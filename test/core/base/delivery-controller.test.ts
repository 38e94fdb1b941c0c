import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { DeliveryController } from '../../../src/core/base/delivery-controller.js';
import { ManifestController } from '../../../src/core/base/manifest-controller.js';
import type { SettingsController } from '../../../src/core/base/settings-controller.js';
import type { PageConfig } from '../../../src/core/config/config.js';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import type { PkError } from '../../../src/core/errors.js';
import { ONE_COURSE_MANIFEST as manifest, TestEndpoint, until } from '../delivery/support.js';


/** A host whose configuration the test sets, with a real manifest controller. */
class DeliveryHost extends ReactiveElement {
  readonly reported: PkError[] = [];
  readonly settings = { config: {} as PageConfig } as SettingsController;
  readonly manifest = new ManifestController(
    this,
    () => true,
    (error) => this.reported.push(error),
  );
  readonly delivery = new DeliveryController(this, this.settings, this.manifest, (error) => this.reported.push(error));

  configure(config: PageConfig): void {
    this.settings.config = config;
    this.requestUpdate();
  }
}
customElements.define('delivery-host', DeliveryHost);

const dismissal = { type: 'why-dismissed', courseId: 'c1' } as const;

describe('DeliveryController', () => {
  it('resolves to undefined, loading nothing, when no endpoint is configured', async () => {
    const host = await fixture<DeliveryHost>(html`<delivery-host></delivery-host>`);
    host.configure({ learner: 'u1' });
    expect(await host.delivery.deliver(dismissal)).to.equal(undefined);
    expect(host.reported).to.deep.equal([]);
  });

  it('queues an event in the configured learner\'s name and sends it to the endpoint', async () => {
    const endpoint = new TestEndpoint();
    const host = await fixture<DeliveryHost>(html`<delivery-host></delivery-host>`);
    host.configure({ endpoint: endpoint.url, learner: 'u1' });
    const event = await host.delivery.deliver(dismissal);
    expect(event).to.include({ type: 'why-dismissed', learnerId: 'u1', courseId: 'c1' });
    await until(async () => (await endpoint.deliveredIds()).includes(event!.id), 'the delivery');
  });

  it('rejects, having reported it, an event without a learner', async () => {
    const endpoint = new TestEndpoint();
    const host = await fixture<DeliveryHost>(html`<delivery-host></delivery-host>`);
    host.configure({ endpoint: endpoint.url });
    const error = await host.delivery.deliver(dismissal).then(
      () => undefined,
      (rejected: PkError) => rejected,
    );
    expect(error?.code).to.equal('config-invalid');
    expect(host.reported).to.deep.equal([error]);
  });

  it('opens the outbox once the manifest is ready, which sends what an earlier visit left', async () => {
    const endpoint = new TestEndpoint();
    const earlier = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 600_000 });
    const left = await earlier.enqueue({ type: 'why-dismissed', learnerId: 'u1', courseId: 'c1' });
    await earlier.dispose();

    const host = await fixture<DeliveryHost>(html`<delivery-host></delivery-host>`);
    host.configure({ endpoint: endpoint.url });
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await endpoint.deliveredIds(), 'nothing opened before the manifest').to.deep.equal([]);

    host.manifest.use(manifest);
    await until(async () => (await endpoint.deliveredIds()).length > 0, 'the replay');
    expect(await endpoint.deliveredIds()).to.deep.equal([left.id]);
  });

  it('takes the endpoint from the manifest\'s reporting when none is configured', async () => {
    const endpoint = new TestEndpoint();
    const host = await fixture<DeliveryHost>(html`<delivery-host></delivery-host>`);
    host.configure({ learner: 'u1' });
    host.manifest.use({ ...manifest, reporting: { endpoint: endpoint.url, format: 'json', flushIntervalMs: 50 } });
    await until(() => host.manifest.state.status === 'ready', 'the manifest');
    const event = await host.delivery.deliver(dismissal);
    await until(async () => (await endpoint.deliveredIds()).includes(event!.id), 'the delivery');
  });
});
