import { expect } from '@open-wc/testing';
import { createStore, delMany, keys, setMany } from 'idb-keyval';
import { createEvent } from '../../../src/core/delivery/envelope.js';
import { FallbackOutbox } from '../../../src/core/delivery/fallback-outbox.js';
import { IdbOutbox } from '../../../src/core/delivery/idb-outbox.js';
import { MemoryOutbox } from '../../../src/core/delivery/memory-outbox.js';
import { admit, OUTBOX_LIMITS, outboxEntry, type Outbox, type OutboxEntry, type OutboxKey, type OutboxLimits } from '../../../src/core/delivery/outbox.js';
import { uuid } from '../../../src/core/id.js';
import { rating } from './support.js';

const T0 = Date.UTC(2025, 4, 1);
const DAY = 24 * 60 * 60 * 1000;

function entryAt(time: number, n = 0): OutboxEntry {
  return outboxEntry(createEvent(rating(n), time));
}

describe('admit', () => {
  const key = (createdAt: number, id: string, bytes = 100): OutboxKey => [createdAt, id, bytes];

  it('drops expired keys and keeps the rest', () => {
    const stored = [key(T0 - 8 * DAY, 'a'), key(T0 - 7 * DAY, 'b'), key(T0 - DAY, 'c')];
    expect(admit(stored, key(T0, 'new'), T0, OUTBOX_LIMITS)).to.deep.equal({ expired: [stored[0]], evicted: [] });
  });

  it('evicts the oldest past the event cap', () => {
    const limits = { ...OUTBOX_LIMITS, maxEvents: 3 };
    const stored = [key(T0, 'a'), key(T0 + 1, 'b'), key(T0 + 2, 'c')];
    expect(admit(stored, key(T0 + 3, 'd'), T0 + 3, limits).evicted).to.deep.equal([stored[0]]);
  });

  it('evicts the oldest until the bytes fit', () => {
    const limits = { ...OUTBOX_LIMITS, maxBytes: 1000 };
    const stored = [key(T0, 'a', 400), key(T0 + 1, 'b', 300), key(T0 + 2, 'c', 200)];
    expect(admit(stored, key(T0 + 3, 'd', 550), T0 + 3, limits).evicted).to.deep.equal([stored[0], stored[1]]);
  });

  it('without an incoming event, says what takes the outbox back within its cap', () => {
    const limits = { ...OUTBOX_LIMITS, maxEvents: 2 };
    const stored = [key(T0 - 8 * DAY, 'a'), key(T0, 'b'), key(T0 + 1, 'c'), key(T0 + 2, 'd')];
    expect(admit(stored, undefined, T0 + 3, limits)).to.deep.equal({ expired: [stored[0]], evicted: [stored[1]] });
  });
});

const implementations: [string, (limits: OutboxLimits) => Outbox][] = [
  ['IdbOutbox', (limits) => new IdbOutbox(`purpose-kit-outbox test ${uuid()}`, limits)],
  ['MemoryOutbox', (limits) => new MemoryOutbox(limits)],
];

for (const [name, make] of implementations) {
  describe(name, () => {
    it('lists events oldest first and removes by key', async () => {
      const outbox = make(OUTBOX_LIMITS);
      const [late, early, middle] = [entryAt(T0 + 20, 1), entryAt(T0, 2), entryAt(T0 + 10, 3)];
      for (const entry of [late, early, middle]) await outbox.add(entry, T0 + 30);
      expect((await outbox.list(T0 + 30)).entries.map((e) => e.event.id)).to.deep.equal([early, middle, late].map((e) => e.event.id));
      await outbox.remove([middle.key]);
      expect((await outbox.list(T0 + 30)).entries.map((e) => e.event.id)).to.deep.equal([early, late].map((e) => e.event.id));
    });

    it('keeps events exactly as stored', async () => {
      const outbox = make(OUTBOX_LIMITS);
      const entry = outboxEntry(createEvent({ ...rating(4, 'ünïcødé ✓'), display: { courseTitle: 'Ética' } }, T0));
      await outbox.add(entry, T0);
      expect((await outbox.list(T0)).entries[0]).to.deep.equal(entry);
    });

    it('drops the oldest at the cap and says which and how many remain', async () => {
      const outbox = make({ ...OUTBOX_LIMITS, maxEvents: 3 });
      const entries = [0, 1, 2, 3, 4].map((n) => entryAt(T0 + n, n));
      const admissions = [];
      for (const entry of entries) admissions.push(await outbox.add(entry, T0 + 10));
      expect(admissions.map((a) => a.queued)).to.deep.equal([1, 2, 3, 3, 3]);
      expect(admissions.flatMap((a) => a.evicted.map(([, id]) => id))).to.deep.equal([entries[0]!.event.id, entries[1]!.event.id]);
      expect((await outbox.list(T0 + 10)).entries.map((e) => e.event.id)).to.deep.equal(entries.slice(2).map((e) => e.event.id));
    });

    it('expires events older than 7 days when listing and when adding', async () => {
      const outbox = make(OUTBOX_LIMITS);
      const old = entryAt(T0, 1);
      const recent = entryAt(T0 + 2 * DAY, 2);
      await outbox.add(old, T0);
      await outbox.add(recent, T0 + 2 * DAY);
      expect((await outbox.list(T0 + 7 * DAY)).expired).to.deep.equal([]);
      const listing = await outbox.list(T0 + 7 * DAY + 1);
      expect(listing.expired.map(([, id]) => id)).to.deep.equal([old.event.id]);
      expect(listing.entries.map((e) => e.event.id)).to.deep.equal([recent.event.id]);
      const admission = await outbox.add(entryAt(T0 + 10 * DAY, 3), T0 + 10 * DAY);
      expect(admission.expired.map(([, id]) => id)).to.deep.equal([recent.event.id]);
    });
  });
}

describe('IdbOutbox storage', () => {
  it('keeps one key per event: [time, id, bytes]', async () => {
    const database = `purpose-kit-outbox test ${uuid()}`;
    const outbox = new IdbOutbox(database, OUTBOX_LIMITS);
    const entry = entryAt(T0, 1);
    await outbox.add(entry, T0);
    const stored = await keys<OutboxKey>(createStore(database, 'events'));
    expect(stored).to.deep.equal([[T0, entry.event.id, new TextEncoder().encode(JSON.stringify(entry.event)).length]]);
  });

  it('survives a new instance over the same database (a reload)', async () => {
    const database = `purpose-kit-outbox test ${uuid()}`;
    const entry = entryAt(T0, 1);
    await new IdbOutbox(database, OUTBOX_LIMITS).add(entry, T0);
    expect((await new IdbOutbox(database, OUTBOX_LIMITS).list(T0)).entries).to.deep.equal([entry]);
  });
});

describe('IdbOutbox and other pages', () => {
  const limits = { ...OUTBOX_LIMITS, maxEvents: 3 };
  const entries = (n: number) => Array.from({ length: n }, (_, i) => entryAt(T0 + i, i));
  const ids = (list: readonly OutboxEntry[]) => list.map((entry) => entry.event.id);
  const storedIds = async (database: string) => (await keys<OutboxKey>(createStore(database, 'events'))).map(([, id]) => id);
  const outboxOf = (database: string) => new IdbOutbox(database, limits);

  /** Counts the requests that read every key of a store while `run` runs. */
  async function keyListings(run: () => Promise<unknown>): Promise<number> {
    const { getAllKeys } = IDBObjectStore.prototype;
    let count = 0;
    IDBObjectStore.prototype.getAllKeys = function (...args) {
      count += 1;
      return getAllKeys.apply(this, args);
    };
    try {
      await run();
    } finally {
      IDBObjectStore.prototype.getAllKeys = getAllKeys;
    }
    return count;
  }

  it('reads the stored keys once, not for every event, even for events stored all at once', async () => {
    const outbox = new IdbOutbox(`purpose-kit-outbox test ${uuid()}`, OUTBOX_LIMITS);
    const added = entries(30);
    const listings = await keyListings(async () => {
      await Promise.all(added.slice(0, 20).map((entry) => outbox.add(entry, T0 + 30)));
      for (const entry of added.slice(20)) await outbox.add(entry, T0 + 30);
    });
    expect(listings).to.equal(1);
    expect((await outbox.list(T0 + 30)).entries.map((e) => e.event.id)).to.deep.equal(ids(added));
  });

  it('keeps the cap when another page stores an event at the cap, pushing out the oldest', async () => {
    const database = `purpose-kit-outbox test ${uuid()}`;
    const [a, b, c, d, e] = entries(5) as [OutboxEntry, OutboxEntry, OutboxEntry, OutboxEntry, OutboxEntry];
    const here = outboxOf(database);
    for (const entry of [a, b, c]) await here.add(entry, T0 + 10);
    // The other tab's outbox: as many events as before, but `a` is gone and `d` is new.
    expect((await outboxOf(database).add(d, T0 + 10)).evicted.map(([, id]) => id)).to.deep.equal([a.event.id]);
    const admission = await here.add(e, T0 + 10);
    expect(admission.evicted.map(([, id]) => id)).to.deep.equal([b.event.id]);
    expect(admission.queued).to.equal(3);
    expect(await storedIds(database)).to.deep.equal(ids([c, d, e]));
  });

  it('sees what another page stored or deleted directly', async () => {
    const database = `purpose-kit-outbox test ${uuid()}`;
    const store = createStore(database, 'events');
    const [a, b, c, d, e] = entries(5) as [OutboxEntry, OutboxEntry, OutboxEntry, OutboxEntry, OutboxEntry];
    const here = outboxOf(database);
    await here.add(a, T0 + 10);
    await setMany([b, c].map(({ key, event }) => [key, event]), store);
    expect(await here.add(d, T0 + 10)).to.deep.equal({ queued: 3, expired: [], evicted: [a.key] });
    await delMany([b.key], store);
    expect(await here.add(e, T0 + 10)).to.deep.equal({ queued: 3, expired: [], evicted: [] });
    expect(await storedIds(database)).to.deep.equal(ids([c, d, e]));
  });

  it('sees a send and a late store by other pages that leave the count and the newest as they were', async () => {
    const database = `purpose-kit-outbox test ${uuid()}`;
    const store = createStore(database, 'events');
    const [a, b, c, d, e] = entries(5) as [OutboxEntry, OutboxEntry, OutboxEntry, OutboxEntry, OutboxEntry];
    const here = outboxOf(database);
    for (const entry of [a, b, d]) await here.add(entry, T0 + 10);
    // The sender deletes `a`; a tab that made `c` before `d` stores it only now.
    await delMany([a.key], store);
    await setMany([[c.key, c.event]], store);
    expect((await here.add(e, T0 + 10)).evicted).to.deep.equal([b.key]);
    expect(await storedIds(database)).to.deep.equal(ids([c, d, e]));
  });

  it('takes the outbox back within its cap when listing, oldest first, whoever stored the rest', async () => {
    const database = `purpose-kit-outbox test ${uuid()}`;
    const stored = entries(5);
    await setMany(stored.map(({ key, event }) => [key, event]), createStore(database, 'events'));
    const listing = await outboxOf(database).list(T0 + 10);
    expect(listing.evicted).to.deep.equal(stored.slice(0, 2).map((entry) => entry.key));
    expect(listing.entries.map((entry) => entry.event.id)).to.deep.equal(ids(stored.slice(2)));
    expect(await storedIds(database)).to.deep.equal(ids(stored.slice(2)));
  });
});

describe('FallbackOutbox', () => {
  const failing: Outbox = {
    storage: 'indexeddb',
    add: () => Promise.reject(new DOMException('denied', 'SecurityError')),
    list: () => Promise.reject(new DOMException('denied', 'SecurityError')),
    remove: () => Promise.reject(new DOMException('denied', 'SecurityError')),
  };

  it('moves to memory at the first failure, once, and keeps working', async () => {
    const failures: unknown[] = [];
    const outbox = new FallbackOutbox(failing, OUTBOX_LIMITS, (error) => failures.push(error));
    const [a, b] = [entryAt(T0, 1), entryAt(T0 + 1, 2)];
    await Promise.all([outbox.add(a, T0 + 1), outbox.add(b, T0 + 1)]);
    expect(outbox.storage).to.equal('memory');
    expect(failures).to.have.length(1);
    expect((await outbox.list(T0 + 1)).entries.map((e) => e.event.id)).to.deep.equal([a.event.id, b.event.id]);
  });
});
