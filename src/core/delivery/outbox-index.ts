import { admit, bytesOf, compareKeys, type Admission, type OutboxKey, type OutboxLimits } from './outbox.js';

/**
 * An outbox's keys as a page last knew them, oldest first, with their total size: what storing
 * one more event needs to decide what it pushes out, without reading every key of the store.
 */
export class OutboxIndex {
  readonly #keys: OutboxKey[];
  #bytes: number;

  /** `keys` in IndexedDB's order (oldest first), as `getAllKeys` gives them. */
  constructor(keys: readonly OutboxKey[]) {
    this.#keys = [...keys];
    this.#bytes = bytesOf(keys);
  }

  get size(): number {
    return this.#keys.length;
  }

  /**
   * True when a store holding `count` keys, `oldest` first and `newest` last, agrees with this
   * index as far as those tell.
   */
  agrees(count: number, oldest: OutboxKey | undefined, newest: OutboxKey | undefined): boolean {
    return count === this.#keys.length && oldest?.[1] === this.#keys[0]?.[1] && newest?.[1] === this.#keys.at(-1)?.[1];
  }

  /** What must go for `incoming` to fit (see `admit`). */
  admit(incoming: OutboxKey, now: number, limits: OutboxLimits): Omit<Admission, 'queued'> {
    return admit(this.#keys, incoming, now, limits, this.#bytes);
  }

  add(key: OutboxKey): void {
    // Events usually arrive newest: the search starts at the end.
    let at = this.#keys.length;
    while (at > 0 && compareKeys(this.#keys[at - 1]!, key) > 0) at--;
    this.#keys.splice(at, 0, key);
    this.#bytes += key[2];
  }

  delete(keys: readonly OutboxKey[]): void {
    if (keys.length === 0) return;
    const ids = new Set(keys.map(([, id]) => id));
    let write = 0;
    for (const key of this.#keys) {
      if (ids.has(key[1])) this.#bytes -= key[2];
      else this.#keys[write++] = key;
    }
    this.#keys.length = write;
  }
}
