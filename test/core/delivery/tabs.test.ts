import { expect } from '@open-wc/testing';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import type { DeliveryEnvironment } from '../../../src/core/delivery/environment.js';
import type { PkEvent } from '../../../src/core/delivery/event.js';
import { accepted, captureWarnings, enqueueRatings, ids, never, rating, storedEvents, TestEndpoint, testEnvironment, until } from './support.js';

describe('Delivery across pages and tabs', () => {
  let endpoint: TestEndpoint;
  const deliveries: Delivery[] = [];

  function open(environment: DeliveryEnvironment, batchSize = 20): Delivery {
    const delivery = new Delivery({ endpoint: endpoint.url, format: 'json', batchSize, flushIntervalMs: 0 }, environment);
    deliveries.push(delivery);
    return delivery;
  }

  /** Enqueues `count` events on each delivery at once, interleaved. */
  async function enqueueConcurrently(tabs: Delivery[], count: number): Promise<PkEvent[]> {
    const batches = await Promise.all(
      tabs.map(async (tab, t) => {
        const events: PkEvent[] = [];
        for (let n = 0; n < count; n += 1) events.push(await tab.enqueue(rating(t * 1000 + n)));
        return events;
      }),
    );
    return batches.flat();
  }

  async function expectEachSentOnce(events: readonly PkEvent[]): Promise<void> {
    await until(async () => (await endpoint.deliveredIds()).length >= events.length, `${events.length} events`);
    const requests = await endpoint.received();
    expect(requests.every(accepted)).to.equal(true);
    const sent = requests.flatMap((request) => request.ids);
    expect(sent).to.have.length(events.length);
    expect(new Set(sent)).to.deep.equal(new Set(ids(events)));
  }

  beforeEach(() => {
    endpoint = new TestEndpoint();
  });

  afterEach(async () => {
    await Promise.all(deliveries.splice(0).map((delivery) => delivery.dispose()));
  });

  it('a later page over the same outbox sends what an earlier one left, with the same ids', async () => {
    await endpoint.script({ abort: true });
    const first = open(testEnvironment({ schedule: never }).environment);
    const left = await enqueueRatings(first, 5);
    await until(() => first.status().retryAt, 'the first page to back off');
    await first.dispose();
    expect(ids(await storedEvents(first))).to.have.members(ids(left));

    open(testEnvironment().environment);
    await until(async () => (await endpoint.deliveredIds()).length === 5, 'the replay');
    expect(await endpoint.deliveredIds()).to.have.members(ids(left));
    await until(async () => (await storedEvents(first)).length === 0, 'an empty outbox');
  });

  it('two tabs enqueueing 200 events each send every id exactly once', async () => {
    await endpoint.script({ delayMs: 5, times: 1000 });
    const tabs = [open(testEnvironment().environment), open(testEnvironment().environment)];
    const events = await enqueueConcurrently(tabs, 200);
    await expectEachSentOnce(events);
    await until(async () => (await storedEvents(tabs[0]!)).length === 0, 'an empty outbox');
  });

  it('without Web Locks, instances in one page still take turns, and say so once', async () => {
    let events: PkEvent[] = [];
    const warnings = await captureWarnings(async () => {
      const tabs = [open(testEnvironment({ locks: undefined }).environment), open(testEnvironment({ locks: undefined }).environment)];
      events = await enqueueConcurrently(tabs, 50);
    });
    await expectEachSentOnce(events);
    expect(warnings.filter((warning) => warning.includes('Web Locks'))).to.have.length(1);
  });
});
