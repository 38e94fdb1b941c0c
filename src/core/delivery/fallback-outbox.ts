import { MemoryOutbox } from './memory-outbox.js';
import type { Admission, Listing, Outbox, OutboxEntry, OutboxKey, OutboxLimits, StorageKind } from './outbox.js';

/**
 * IndexedDB first; at its first failure (private modes, blocked storage, `indexedDB.open`
 * throwing, quota) memory, for the rest of the page's life. `onFallback` runs once.
 */
export class FallbackOutbox implements Outbox {
  #current: Outbox;
  readonly #limits: OutboxLimits;
  readonly #onFallback: (error: unknown) => void;

  constructor(primary: Outbox, limits: OutboxLimits, onFallback: (error: unknown) => void) {
    this.#current = primary;
    this.#limits = limits;
    this.#onFallback = onFallback;
  }

  get storage(): StorageKind {
    return this.#current.storage;
  }

  add(entry: OutboxEntry, now: number): Promise<Admission> {
    return this.#attempt((outbox) => outbox.add(entry, now));
  }

  list(now: number): Promise<Listing> {
    return this.#attempt((outbox) => outbox.list(now));
  }

  remove(keys: readonly OutboxKey[]): Promise<void> {
    return this.#attempt((outbox) => outbox.remove(keys));
  }

  async #attempt<T>(operation: (outbox: Outbox) => Promise<T>): Promise<T> {
    const outbox = this.#current;
    try {
      return await operation(outbox);
    } catch (error) {
      if (outbox.storage === 'memory') throw error;
      if (this.#current === outbox) {
        this.#current = new MemoryOutbox(this.#limits);
        this.#onFallback(error);
      }
      return operation(this.#current);
    }
  }
}
