import { expect } from '@open-wc/testing';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import type { EventInput } from '../../../src/core/delivery/event.js';
import type { DeliveryOptions } from '../../../src/core/delivery/options.js';
import { PkError } from '../../../src/core/errors.js';
import { Changes, enqueueRatings, ids, never, rating, storedEvents, TestEndpoint, testEnvironment, until } from './support.js';

describe('Delivery', () => {
  let endpoint: TestEndpoint;
  let changes: Changes;
  const deliveries: Delivery[] = [];

  function open(options: Partial<DeliveryOptions> = {}, environment = testEnvironment().environment): Delivery {
    const delivery = new Delivery({ endpoint: endpoint.url, format: 'json', ...options }, environment);
    deliveries.push(delivery);
    return delivery;
  }

  beforeEach(() => {
    endpoint = new TestEndpoint();
    changes = new Changes(endpoint);
  });

  afterEach(async () => {
    changes.stop();
    await Promise.all(deliveries.splice(0).map((delivery) => delivery.dispose()));
  });

  it('resolves enqueue once the event is stored, before it is sent', async () => {
    const delivery = open({ flushIntervalMs: 60_000 }, testEnvironment({ schedule: never }).environment);
    const event = await delivery.enqueue(rating(1));

    expect(ids(await storedEvents(delivery))).to.deep.equal([event.id]);
    expect(changes.of('stored').map((change) => change.ids)).to.deep.equal([[event.id]]);
    expect(await endpoint.received()).to.deep.equal([]);
    expect(delivery.status()).to.deep.include({ storage: 'indexeddb', queued: 1, sending: 0, paused: false });

    await delivery.flush();
    const [request] = await endpoint.received();
    expect(request?.body).to.deep.equal({ events: [event] });
    expect(request?.headers['content-type']).to.equal('application/json');
    expect(await storedEvents(delivery)).to.deep.equal([]);
    expect(changes.of('sent').map((change) => change.ids)).to.deep.equal([[event.id]]);
    expect(delivery.status().queued).to.equal(0);
  });

  it('sends in batches of batchSize, oldest first', async () => {
    const { environment } = testEnvironment({ schedule: never });
    const first = open({ flushIntervalMs: 60_000 }, environment);
    const events = await enqueueRatings(first, 7);
    await first.dispose();
    const oldestFirst = [...events].sort((a, b) => a.time.localeCompare(b.time) || (a.id < b.id ? -1 : 1));

    await open({ batchSize: 3 }).flush();
    const requests = await endpoint.received();
    expect(requests.map((request) => request.ids.length)).to.deep.equal([3, 3, 1]);
    expect(requests.flatMap((request) => request.ids)).to.deep.equal(ids(oldestFirst));
  });

  it('sends as soon as a full batch is waiting, without waiting for the window', async () => {
    const delivery = open({ flushIntervalMs: 60_000, batchSize: 3 }, testEnvironment({ schedule: never }).environment);
    const events = await enqueueRatings(delivery, 3);
    await until(async () => (await endpoint.deliveredIds()).length === 3, 'the full batch');
    expect(await endpoint.deliveredIds()).to.have.members(ids(events));
  });

  it('sends after the batching window on its own', async () => {
    const delivery = open({ flushIntervalMs: 2000 });
    const [event] = await enqueueRatings(delivery, 1);
    await until(async () => (await endpoint.deliveredIds()).length > 0, 'the window to close');
    expect(await endpoint.deliveredIds()).to.deep.equal([event!.id]);
  });

  it('asks for headers at send time and stores none of them', async () => {
    let calls = 0;
    const headers = async () => ({ Authorization: `Bearer token-${++calls}` });
    const delivery = open({ flushIntervalMs: 60_000, headers }, testEnvironment({ schedule: never }).environment);
    await enqueueRatings(delivery, 2);
    expect(calls).to.equal(0);
    expect(JSON.stringify(await storedEvents(delivery))).not.to.contain('Bearer');

    await delivery.flush();
    const [request] = await endpoint.received();
    expect(calls).to.equal(1);
    expect(request?.headers.authorization).to.equal('Bearer token-1');
  });

  it('passes the credentials mode to fetch', async () => {
    const { environment, fetches } = testEnvironment();
    const delivery = open({ credentials: 'include', flushIntervalMs: 0 }, environment);
    await enqueueRatings(delivery, 1);
    await delivery.flush();
    expect(fetches.map((call) => call.credentials)).to.deep.equal(['include']);
  });

  it('reports every change on window with the endpoint, format and queue length', async () => {
    const delivery = open({ flushIntervalMs: 60_000 }, testEnvironment({ schedule: never }).environment);
    const [first, second] = await enqueueRatings(delivery, 2);
    await delivery.flush();
    expect(changes.all.map(({ kind, queued }) => ({ kind, queued }))).to.deep.equal([
      { kind: 'stored', queued: 1 },
      { kind: 'stored', queued: 2 },
      { kind: 'sent', queued: 0 },
    ]);
    expect(changes.all.map((change) => change.ids)).to.deep.equal([[first!.id], [second!.id], changes.of('sent')[0]!.ids]);
    expect(changes.of('sent')[0]!.ids).to.have.members([first!.id, second!.id]);
    expect(changes.all.every((change) => change.endpoint === endpoint.absoluteUrl && change.format === 'json')).to.equal(true);
  });

  it('refuses invalid events without storing them', async () => {
    const delivery = open({ flushIntervalMs: 60_000 }, testEnvironment({ schedule: never }).environment);
    const bad: EventInput = { type: 'rating', learnerId: 'l1', courseId: 'c1', data: { relevance: 9, clarity: 1 } };
    const error = await delivery.enqueue(bad).catch((reason: unknown) => reason);
    expect(error).to.be.instanceOf(PkError).with.property('code', 'data-invalid');
    expect(await storedEvents(delivery)).to.deep.equal([]);
  });

  it('refuses events once disposed', async () => {
    const delivery = open();
    await delivery.dispose();
    const error = await delivery.enqueue(rating(1)).catch((reason: unknown) => reason);
    expect(error).to.be.instanceOf(PkError).with.property('code', 'config-invalid');
  });
});
