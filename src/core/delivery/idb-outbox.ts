import { createStore, delMany, entries, promisifyRequest, type UseStore } from 'idb-keyval';
import type { PkEvent } from './event.js';
import { OutboxIndex } from './outbox-index.js';
import { admit, type Admission, type Listing, type Outbox, type OutboxEntry, type OutboxKey, type OutboxLimits } from './outbox.js';

/**
 * The outbox in its own IndexedDB database (one per endpoint and format). A database of its own,
 * because idb-keyval creates an object store only when it creates the database: sharing a database
 * name with another idb-keyval store would leave one of them without its store.
 *
 * Storing an event must know what is stored, to apply the cap. Reading every key for every event
 * would make filling the outbox quadratic, so the page keeps the keys in memory (`OutboxIndex`):
 * read once, kept in step with what this page adds and deletes. Other tabs write to the same
 * store (each one enqueues; the one holding the delivery's lock sends and deletes), so every `add`
 * first checks the index against the store, in its own transaction: the number of keys, the oldest
 * and the newest. Another tab's add changes the count or the newest key (at the cap it also
 * changes the oldest); a send or an expiry changes the count and the oldest. Any difference, and
 * the keys are read afresh. What those three cannot show (as many events stored as deleted, none
 * of them the oldest or the newest) may leave the outbox past its cap for a while: the sender's
 * next `list` applies the cap to everything stored, so it does not last.
 */
export class IdbOutbox implements Outbox {
  readonly storage = 'indexeddb';
  readonly #store: UseStore;
  readonly #limits: OutboxLimits;
  #index: OutboxIndex | undefined;

  constructor(databaseName: string, limits: OutboxLimits) {
    this.#store = createStore(databaseName, 'events');
    this.#limits = limits;
  }

  /** One readwrite transaction: check the index (or read the keys), drop what must go, put the event. */
  async add(entry: OutboxEntry, now: number): Promise<Admission> {
    return this.#store('readwrite', async (store) => {
      const index = await this.#indexIn(store);
      const { expired, evicted } = index.admit(entry.key, now, this.#limits);
      const dropped = [...expired, ...evicted];
      for (const key of dropped) store.delete(key);
      store.put(entry.event, entry.key);
      index.delete(dropped);
      index.add(entry.key);
      try {
        await promisifyRequest(store.transaction);
      } catch (error) {
        // Nothing was written: the index no longer says what is stored.
        this.#index = undefined;
        throw error;
      }
      return { queued: index.size, expired, evicted };
    });
  }

  async list(now: number): Promise<Listing> {
    const all = await entries<OutboxKey, PkEvent>(this.#store);
    // Nothing incoming: what takes the outbox back within its cap, the oldest first.
    const { expired, evicted } = admit(all.map(([key]) => key), undefined, now, this.#limits);
    const dropped = [...expired, ...evicted];
    await this.remove(dropped);
    return { entries: all.slice(dropped.length).map(([key, event]) => ({ key, event })), expired, evicted };
  }

  async remove(keys: readonly OutboxKey[]): Promise<void> {
    if (keys.length === 0) return;
    await delMany([...keys], this.#store);
    this.#index?.delete(keys);
  }

  /**
   * The index, when it agrees with the store; else the store's keys. Read once the transaction
   * runs (after every earlier one): transactions queued together all start before any of them
   * has run, and must not all read the keys.
   */
  async #indexIn(store: IDBObjectStore): Promise<OutboxIndex> {
    const [count, oldest, newest] = await Promise.all([promisifyRequest(store.count()), edgeKey(store, 'next'), edgeKey(store, 'prev')]);
    if (this.#index?.agrees(count, oldest, newest)) return this.#index;
    const index = new OutboxIndex((await promisifyRequest(store.getAllKeys())) as OutboxKey[]);
    this.#index = index;
    return index;
  }
}

/** The store's first key (`next`: the oldest) or last key (`prev`: the newest), without its event. */
async function edgeKey(store: IDBObjectStore, direction: IDBCursorDirection): Promise<OutboxKey | undefined> {
  const cursor = await promisifyRequest(store.openKeyCursor(null, direction));
  return cursor?.primaryKey as OutboxKey | undefined;
}
