import { expect } from '@open-wc/testing';
import { createStore, keys } from 'idb-keyval';
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
