import { expect } from '@open-wc/testing';
import { createStore, setMany } from 'idb-keyval';
import { channelName, Delivery } from '../../../src/core/delivery/delivery.js';
import { createEvent } from '../../../src/core/delivery/envelope.js';
import { OUTBOX_LIMITS, outboxEntry } from '../../../src/core/delivery/outbox.js';
import { Changes, enqueueRatings, ids, never, rating, storedEvents, TestEndpoint, testEnvironment, until } from './support.js';

const DAY = 24 * 60 * 60 * 1000;

describe('Delivery outbox limits', () => {
  let endpoint: TestEndpoint;
  let changes: Changes;
  const deliveries: Delivery[] = [];

  function open(environment = testEnvironment({ schedule: never }).environment): Delivery {
    const delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 60_000 }, environment);
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

  it('at the cap, drops the oldest, counts and reports them, and sends the rest', async () => {
    const delivery = open(testEnvironment({ schedule: never, limits: { ...OUTBOX_LIMITS, maxEvents: 5 } }).environment);
    const events = await enqueueRatings(delivery, 8);

    const dropped = changes.of('dropped');
    expect(dropped.map((change) => change.ids)).to.deep.equal(ids(events.slice(0, 3)).map((id) => [id]));
    expect(dropped.map((change) => [change.cause, change.dropped])).to.deep.equal([['cap', 1], ['cap', 2], ['cap', 3]]);
    expect(delivery.status()).to.deep.include({ dropped: 3, queued: 5 });
    expect(ids(await storedEvents(delivery))).to.deep.equal(ids(events.slice(3)));

    await delivery.flush();
    expect(await endpoint.deliveredIds()).to.have.members(ids(events.slice(3)));
  });

  it('holds 1,000 events and drops the oldest for the 1,001st', async () => {
    // 999 events left by earlier pages, written in one transaction to keep the test quick.
    const now = Date.now();
    const seeded = Array.from({ length: 999 }, (_, n) => outboxEntry(createEvent(rating(n), now - 999 + n)));
    const database = channelName('json', endpoint.absoluteUrl);
    await setMany(seeded.map(({ key, event }) => [key, event]), createStore(database, 'events'));
    // The replayed batch gets 401: sending pauses and everything stays in the outbox.
    await endpoint.script({ status: 401 });
    const delivery = open();
    await changes.first('paused');

    await enqueueRatings(delivery, 1);
    expect(changes.of('dropped')).to.deep.equal([]);
    await enqueueRatings(delivery, 1);
    expect(changes.of('dropped').map((change) => change.ids)).to.deep.equal([[seeded[0]!.event.id]]);
    expect(delivery.status()).to.deep.include({ dropped: 1, queued: 1000 });
    expect((await storedEvents(delivery)).length).to.equal(1000);
  });

  it('drops what other pages stored past the cap at the next sender pass, oldest first, counted as the cap', async () => {
    const now = Date.now();
    const seeded = Array.from({ length: 7 }, (_, n) => outboxEntry(createEvent(rating(n), now - 7 + n)));
    await setMany(seeded.map(({ key, event }) => [key, event]), createStore(channelName('json', endpoint.absoluteUrl), 'events'));
    // The batching window never ends: the sender reads the outbox and waits.
    const delivery = open(testEnvironment({ schedule: never, limits: { ...OUTBOX_LIMITS, maxEvents: 5 } }).environment);
    await changes.first('dropped');

    expect(changes.of('dropped').map((change) => [change.cause, change.ids])).to.deep.equal([['cap', ids(seeded.slice(0, 2).map((entry) => entry.event))]]);
    expect(delivery.status()).to.deep.include({ dropped: 2, queued: 5 });
    expect(ids(await storedEvents(delivery))).to.deep.equal(ids(seeded.slice(2).map((entry) => entry.event)));
  });

  it('drops events older than 7 days, counted, and never sends them', async () => {
    const { environment, clock } = testEnvironment({ schedule: never });
    const first = open(environment);
    const old = await enqueueRatings(first, 2);
    clock.offsetMs = 7 * DAY - 60_000;
    const recent = await enqueueRatings(first, 1);
    await first.dispose();

    clock.offsetMs = 7 * DAY + 1;
    const later = open(environment);
    await later.flush();
    const expired = changes.of('dropped');
    expect(expired.map((change) => change.cause)).to.deep.equal(['expired']);
    expect(expired[0]?.ids).to.have.members(ids(old));
    expect(later.status().dropped).to.equal(2);
    await until(async () => (await endpoint.deliveredIds()).length === 1, 'the recent event');
    expect(await endpoint.deliveredIds()).to.deep.equal(ids(recent));
  });
});
