import { createStore, delMany, entries, promisifyRequest, type UseStore } from 'idb-keyval';
import type { PkEvent } from './event.js';
import {
  admit,
  isExpired,
  type Admission,
  type Listing,
  type Outbox,
  type OutboxEntry,
  type OutboxKey,
  type OutboxLimits,
} from './outbox.js';

/**
 * The outbox in its own IndexedDB database (one per endpoint and format). A database of its own,
 * because idb-keyval creates an object store only when it creates the database: sharing a database
 * name with another idb-keyval store would leave one of them without its store.
 */
export class IdbOutbox implements Outbox {
  readonly storage = 'indexeddb';
  readonly #store: UseStore;
  readonly #limits: OutboxLimits;

  constructor(databaseName: string, limits: OutboxLimits) {
    this.#store = createStore(databaseName, 'events');
    this.#limits = limits;
  }

  /** One readwrite transaction: read the keys, drop what must go, put the event. */
  async add(entry: OutboxEntry, now: number): Promise<Admission> {
    return this.#store('readwrite', async (store) => {
      const keys = (await promisifyRequest(store.getAllKeys())) as OutboxKey[];
      const { expired, evicted } = admit(keys, entry.key, now, this.#limits);
      for (const key of [...expired, ...evicted]) store.delete(key);
      store.put(entry.event, entry.key);
      await promisifyRequest(store.transaction);
      return { queued: keys.length - expired.length - evicted.length + 1, expired, evicted };
    });
  }

  async list(now: number): Promise<Listing> {
    const all = await entries<OutboxKey, PkEvent>(this.#store);
    const expired = all.filter(([key]) => isExpired(key, now, this.#limits)).map(([key]) => key);
    if (expired.length) await delMany(expired, this.#store);
    return {
      entries: all.filter(([key]) => !isExpired(key, now, this.#limits)).map(([key, event]) => ({ key, event })),
      expired,
    };
  }

  async remove(keys: readonly OutboxKey[]): Promise<void> {
    if (keys.length) await delMany([...keys], this.#store);
  }
}
