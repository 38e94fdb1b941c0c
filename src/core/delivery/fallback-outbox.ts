import { Fallback } from './fallback.js';
import { MemoryOutbox } from './memory-outbox.js';
import { compareKeys, type Admission, type Listing, type Outbox, type OutboxEntry, type OutboxKey, type OutboxLimits, type StorageKind } from './outbox.js';

const NOTHING: Listing = { entries: [], expired: [], evicted: [] };

/**
 * IndexedDB first; at its first failure (private modes, blocked storage, `indexedDB.open`
 * throwing, quota) new events go to memory for the rest of the page's life. `onFallback` runs
 * once. What IndexedDB already holds is still listed and removed while it can be read: a full
 * disk refuses writes, not reads, and the events stored before it filled up go out with the rest.
 */
export class FallbackOutbox implements Outbox {
  readonly #stores: Fallback<Outbox>;

  constructor(primary: Outbox, limits: OutboxLimits, onFallback: (error: unknown) => void) {
    this.#stores = new Fallback<Outbox>(primary, () => new MemoryOutbox(limits), onFallback);
  }

  get storage(): StorageKind {
    return this.#stores.storage;
  }

  async add(entry: OutboxEntry, now: number): Promise<Admission> {
    const done = await this.#stores.onPrimary((outbox) => outbox.add(entry, now));
    return done ? done.result : this.#stores.memory!.add(entry, now);
  }

  async list(now: number): Promise<Listing> {
    const done = await this.#stores.onPrimary((outbox) => outbox.list(now));
    if (done) return done.result;
    const [stored, kept] = await Promise.all([this.#stores.primary.list(now).catch(() => NOTHING), this.#stores.memory!.list(now)]);
    return {
      entries: [...stored.entries, ...kept.entries].sort((a, b) => compareKeys(a.key, b.key)),
      expired: [...stored.expired, ...kept.expired],
      evicted: [...stored.evicted, ...kept.evicted],
    };
  }

  async remove(keys: readonly OutboxKey[]): Promise<void> {
    const done = await this.#stores.onPrimary((outbox) => outbox.remove(keys));
    if (!done) await Promise.all([this.#stores.primary.remove(keys).catch(() => undefined), this.#stores.memory!.remove(keys)]);
  }
}
