import { utf8Bytes, type OutboxEntry } from './outbox.js';
import type { WireFormat } from './wire-format.js';

/**
 * What the sender knows is in the outbox, oldest first, and which of it is in flight ("claimed").
 * Kept in memory so a `pagehide` handler can build its request without waiting for IndexedDB.
 */
export class PendingEvents {
  #entries = new Map<string, OutboxEntry>();
  readonly #items = new Map<string, Item>();
  readonly #claimed = new Set<string>();
  /** Deleted from the outbox: a listing read before the deletion must not bring them back. */
  readonly #settled = new Set<string>();
  readonly #wire: WireFormat;
  readonly #envelopeBytes: number;

  constructor(wire: WireFormat) {
    this.#wire = wire;
    this.#envelopeBytes = utf8Bytes(wire.body([]));
  }

  get size(): number {
    return this.#entries.size;
  }

  ids(): string[] {
    return [...this.#entries.keys()];
  }

  oldest(): OutboxEntry | undefined {
    const [first] = this.#entries.values();
    return first;
  }

  add(entry: OutboxEntry): void {
    if (!this.#settled.has(entry.event.id)) this.#entries.set(entry.event.id, entry);
  }

  /**
   * Takes a fresh listing of the outbox. `known` are the ids held when the listing began: any
   * other id held now was stored meanwhile and is kept.
   */
  replace(listing: readonly OutboxEntry[], known: ReadonlySet<string>): void {
    const added = [...this.#entries.values()].filter((entry) => !known.has(entry.event.id));
    this.#entries = new Map();
    for (const entry of [...listing, ...added]) this.add(entry);
  }

  /** The events left the outbox (sent, refused, dropped): forget them for good. */
  settle(ids: readonly string[]): void {
    for (const id of ids) {
      this.#entries.delete(id);
      this.#items.delete(id);
      this.#settled.add(id);
    }
  }

  unclaimed(): number {
    let count = 0;
    for (const id of this.#entries.keys()) if (!this.#claimed.has(id)) count += 1;
    return count;
  }

  /**
   * Claims the oldest unclaimed events, up to `count` and to a request body of `maxBytes`. An event
   * too large for any body of `maxBytes` is claimed alone, with `fits` false. Events the wire format
   * has nothing to send for, or cannot encode (`reason`), are claimed as `unsendable`.
   */
  claim(count: number, maxBytes: number): { batch: OutboxEntry[]; fits: boolean; unsendable: Unsendable[] } {
    const batch: OutboxEntry[] = [];
    const unsendable: Unsendable[] = [];
    let fits = true;
    let bytes = this.#envelopeBytes;
    for (const entry of this.#entries.values()) {
      if (batch.length === count) break;
      if (this.#claimed.has(entry.event.id)) continue;
      const item = this.#item(entry);
      if (item.text === null) {
        unsendable.push({ entry, ...(item.reason !== undefined && { reason: item.reason }) });
        continue;
      }
      const size = item.bytes + 1;
      if (bytes + size > maxBytes) {
        if (batch.length === 0 && this.#envelopeBytes + size > maxBytes) {
          batch.push(entry);
          fits = false;
        }
        break;
      }
      bytes += size;
      batch.push(entry);
    }
    for (const { event } of [...batch, ...unsendable.map(({ entry }) => entry)]) this.#claimed.add(event.id);
    return { batch, fits, unsendable };
  }

  release(batch: readonly OutboxEntry[]): void {
    for (const entry of batch) this.#claimed.delete(entry.event.id);
  }

  /** The request body for a batch, from items encoded once per event. */
  body(batch: readonly OutboxEntry[]): string {
    return this.#wire.body(batch.map((entry) => this.#item(entry).text!));
  }

  clear(): void {
    this.#entries.clear();
    this.#items.clear();
    this.#claimed.clear();
    this.#settled.clear();
  }

  #item(entry: OutboxEntry): Item {
    let item = this.#items.get(entry.event.id);
    if (!item) {
      item = encode(this.#wire, entry);
      this.#items.set(entry.event.id, item);
    }
    return item;
  }
}

/** An event with nothing to send: dropped by the format (no `reason`) or impossible to encode. */
export interface Unsendable {
  entry: OutboxEntry;
  reason?: string;
}

type Item = { text: string; bytes: number; reason?: undefined } | { text: null; bytes: 0; reason?: string };

function encode(wire: WireFormat, entry: OutboxEntry): Item {
  try {
    const text = wire.item(entry.event);
    return text === null ? { text, bytes: 0 } : { text, bytes: utf8Bytes(text) };
  } catch (error) {
    return { text: null, bytes: 0, reason: error instanceof Error ? error.message : String(error) };
  }
}
