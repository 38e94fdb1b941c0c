import { createStore, delMany, promisifyRequest, values, type UseStore } from 'idb-keyval';
import type { PkEvent } from './event.js';
import { Fallback } from './fallback.js';
import type { StorageKind } from './outbox.js';

/** An event the endpoint refused for good (or whose statement could not be made), with why. */
export interface DeadLetter {
  event: PkEvent;
  /** The HTTP status of the refusal; 0 when the event could not be encoded (an xAPI transform threw). */
  status: number;
  reason: string;
  /** When it was set aside (ISO 8601). */
  at: string;
}

interface LetterStore {
  readonly storage: StorageKind;
  /** Keeps the letter; past `max` letters, the oldest go. */
  add(letter: DeadLetter, max: number): Promise<void>;
  /** Every letter, oldest first. */
  list(): Promise<DeadLetter[]>;
  remove(ids: readonly string[]): Promise<void>;
}

const byTime = (a: DeadLetter, b: DeadLetter): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** One IndexedDB database per endpoint and format (see `IdbOutbox` for why not a shared one), keyed by event id. */
class IdbLetters implements LetterStore {
  readonly storage = 'indexeddb';
  readonly #store: UseStore;

  constructor(databaseName: string) {
    this.#store = createStore(databaseName, 'letters');
  }

  add(letter: DeadLetter, max: number): Promise<void> {
    return this.#store('readwrite', async (store) => {
      store.put(letter, letter.event.id);
      const all = ((await promisifyRequest(store.getAll())) as DeadLetter[]).sort(byTime);
      for (const old of all.slice(0, Math.max(0, all.length - max))) store.delete(old.event.id);
      await promisifyRequest(store.transaction);
    });
  }

  async list(): Promise<DeadLetter[]> {
    return (await values<DeadLetter>(this.#store)).sort(byTime);
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length) await delMany([...ids], this.#store);
  }
}

/** For pages without IndexedDB: lost on reload. */
class MemoryLetters implements LetterStore {
  readonly storage = 'memory';
  #letters: DeadLetter[] = [];

  async add(letter: DeadLetter, max: number): Promise<void> {
    this.#letters = [...this.#letters.filter(({ event }) => event.id !== letter.event.id), letter].sort(byTime).slice(-max);
  }

  async list(): Promise<DeadLetter[]> {
    return [...this.#letters];
  }

  async remove(ids: readonly string[]): Promise<void> {
    const gone = new Set(ids);
    this.#letters = this.#letters.filter(({ event }) => !gone.has(event.id));
  }
}

/**
 * The dead letters of one endpoint and format: in IndexedDB, so they outlive the page, until they
 * are re-sent or discarded; in memory from IndexedDB's first failure on (`onFallback` runs once).
 * What IndexedDB already holds is still listed while it can be read.
 */
export class DeadLetters {
  readonly #stores: Fallback<LetterStore>;
  readonly #max: number;

  constructor(databaseName: string, max: number, onFallback: (error: unknown) => void) {
    this.#stores = new Fallback<LetterStore>(new IdbLetters(databaseName), () => new MemoryLetters(), onFallback);
    this.#max = max;
  }

  get storage(): StorageKind {
    return this.#stores.storage;
  }

  async add(letter: DeadLetter): Promise<void> {
    if (!(await this.#stores.onPrimary((store) => store.add(letter, this.#max)))) await this.#stores.memory!.add(letter, this.#max);
  }

  async list(): Promise<DeadLetter[]> {
    const done = await this.#stores.onPrimary((store) => store.list());
    if (done) return done.result;
    const [stored, kept] = await Promise.all([this.#stores.primary.list().catch(() => []), this.#stores.memory!.list()]);
    const ids = new Set(kept.map(({ event }) => event.id));
    return [...stored.filter(({ event }) => !ids.has(event.id)), ...kept].sort(byTime);
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (!(await this.#stores.onPrimary((store) => store.remove(ids)))) {
      await Promise.all([this.#stores.primary.remove(ids).catch(() => undefined), this.#stores.memory!.remove(ids)]);
    }
  }
}
