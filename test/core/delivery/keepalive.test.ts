import { expect } from '@open-wc/testing';
import { channelName, Delivery, KEEPALIVE_CHUNK_BYTES } from '../../../src/core/delivery/delivery.js';
import type { FormatName } from '../../../src/core/delivery/wire-format.js';
import { enqueueRatings, ids, never, rating, storedEvents, TestEndpoint, testEnvironment, until, type FetchRecord } from './support.js';

describe('Delivery when the page is hidden or left', () => {
  let endpoint: TestEndpoint;
  let delivery: Delivery;
  let fetches: FetchRecord[];

  /** A delivery whose batching window never closes by itself, holding the lock with events waiting. */
  async function waitingSender(format: FormatName = 'json'): Promise<void> {
    const test = testEnvironment({ schedule: never });
    fetches = test.fetches;
    delivery = new Delivery({ endpoint: endpoint.url, format, batchSize: 1000, flushIntervalMs: 60_000 }, test.environment);
    await delivery.enqueue(rating(0));
    await until(async () => (await navigator.locks.query()).held?.some((lock) => lock.name === channelName(format, delivery.endpoint)), 'the lock');
  }

  async function expectKeepaliveChunks(expected: readonly string[]): Promise<void> {
    await until(async () => (await endpoint.deliveredIds()).length === expected.length, 'every event');
    const requests = await endpoint.received();
    expect(requests.flatMap((request) => request.ids)).to.have.members([...expected]);
    expect(requests.length, 'chunks').to.be.greaterThan(1);
    expect(Math.max(...requests.map((request) => request.bytes))).to.be.at.most(KEEPALIVE_CHUNK_BYTES);
    expect(fetches.every((call) => call.keepalive)).to.equal(true);
    await until(async () => (await storedEvents(delivery)).length === 0, 'an empty outbox');
  }

  beforeEach(() => {
    endpoint = new TestEndpoint();
  });

  afterEach(async () => {
    await delivery.dispose();
  });

  it('on pagehide, starts a keepalive request at once and sends everything in chunks under 52 KB', async () => {
    await waitingSender();
    const events = [...(await storedEvents(delivery)), ...(await enqueueRatings(delivery, 119, 'é'.repeat(900)))];
    expect(fetches).to.deep.equal([]);

    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(fetches.map((call) => call.keepalive), 'a request started inside the pagehide handler').to.deep.equal([true]);
    await expectKeepaliveChunks(ids(events));
  });

  it('sends ordinary requests again once the page comes back from the back/forward cache', async () => {
    await waitingSender();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await until(async () => (await endpoint.deliveredIds()).length === 1, 'the keepalive request');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));

    await delivery.enqueue(rating(1));
    await delivery.flush();
    expect(fetches.map((call) => call.keepalive)).to.deep.equal([true, false]);
  });

  it('on visibilitychange to hidden, sends everything with keepalive in chunks', async () => {
    await waitingSender();
    const events = [...(await storedEvents(delivery)), ...(await enqueueRatings(delivery, 79, 'x'.repeat(1500)))];
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await expectKeepaliveChunks(ids(events));
    } finally {
      delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
    }
  });

  it('sends an event too large for any keepalive chunk in an ordinary request', async () => {
    await waitingSender('xapi');
    const impactTags = Array.from({ length: 50 }, (_, n) => ({ id: `tag-${n}`, label: '€'.repeat(500) }));
    const huge = await delivery.enqueue({ ...rating(1), display: { impactTags } });

    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await until(async () => (await endpoint.deliveredIds()).length === 2, 'both events');
    const requests = await endpoint.received();
    const carrying = requests.find((request) => request.ids.includes(huge.id))!;
    expect(carrying.ids).to.deep.equal([huge.id]);
    expect(carrying.bytes).to.be.greaterThan(KEEPALIVE_CHUNK_BYTES);
    expect(fetches.map((call) => call.keepalive)).to.have.members([true, false]);
  });
});
