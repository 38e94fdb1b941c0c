import {
  admit,
  compareKeys,
  type Admission,
  type Listing,
  type Outbox,
  type OutboxEntry,
  type OutboxKey,
  type OutboxLimits,
} from './outbox.js';

/** The same outbox rules in memory, for pages where IndexedDB is unavailable. Lost on reload. */
export class MemoryOutbox implements Outbox {
  readonly storage = 'memory';
  readonly #limits: OutboxLimits;
  #entries: OutboxEntry[] = [];

  constructor(limits: OutboxLimits) {
    this.#limits = limits;
  }

  async add(entry: OutboxEntry, now: number): Promise<Admission> {
    const { expired, evicted } = admit(this.#keys(), entry.key, now, this.#limits);
    this.#drop([...expired, ...evicted]);
    this.#entries = [...this.#entries, entry].sort((a, b) => compareKeys(a.key, b.key));
    return { queued: this.#entries.length, expired, evicted };
  }

  async list(now: number): Promise<Listing> {
    const { expired, evicted } = admit(this.#keys(), undefined, now, this.#limits);
    this.#drop([...expired, ...evicted]);
    return { entries: [...this.#entries], expired, evicted };
  }

  async remove(keys: readonly OutboxKey[]): Promise<void> {
    this.#drop(keys);
  }

  #keys(): OutboxKey[] {
    return this.#entries.map(({ key }) => key);
  }

  #drop(keys: readonly OutboxKey[]): void {
    const ids = new Set(keys.map(([, id]) => id));
    this.#entries = this.#entries.filter(({ key }) => !ids.has(key[1]));
  }
}
