import type { PkEvent } from './event.js';

/**
 * One key per event: `[createdAt, id, bytes]`. IndexedDB sorts array keys element by element, so
 * the keys alone, read in one request, give the age order (oldest first), the expiry and the size
 * of the outbox, without loading a single event.
 */
export type OutboxKey = [createdAt: number, id: string, bytes: number];

export interface OutboxEntry {
  key: OutboxKey;
  event: PkEvent;
}

export interface OutboxLimits {
  maxEvents: number;
  maxBytes: number;
  maxAgeMs: number;
}

export const OUTBOX_LIMITS: Readonly<OutboxLimits> = {
  maxEvents: 1000,
  maxBytes: 5 * 1024 * 1024,
  maxAgeMs: 7 * 24 * 60 * 60 * 1000,
};

export type StorageKind = 'indexeddb' | 'memory';

/** What storing one event cost: the events it pushed out and how many are now waiting. */
export interface Admission {
  queued: number;
  expired: OutboxKey[];
  evicted: OutboxKey[];
}

export interface Listing {
  entries: OutboxEntry[];
  expired: OutboxKey[];
  /** The oldest events past the cap, which other pages may have stored (see `IdbOutbox`). */
  evicted: OutboxKey[];
}

export interface Outbox {
  readonly storage: StorageKind;
  /** Stores one event, dropping expired ones and, past the cap, the oldest; atomic. */
  add(entry: OutboxEntry, now: number): Promise<Admission>;
  /** Every unexpired event within the cap, oldest first; the others are deleted and returned. */
  list(now: number): Promise<Listing>;
  remove(keys: readonly OutboxKey[]): Promise<void>;
}

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

export function outboxEntry(event: PkEvent): OutboxEntry {
  return { key: [Date.parse(event.time), event.id, utf8Bytes(JSON.stringify(event))], event };
}

export function isExpired([createdAt]: OutboxKey, now: number, limits: OutboxLimits): boolean {
  return now - createdAt > limits.maxAgeMs;
}

/** IndexedDB's order for our keys: by time, then by id. */
export function compareKeys(a: OutboxKey, b: OutboxKey): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

/** The size of the events of `keys`, in UTF-8 bytes of their JSON. */
export function bytesOf(keys: readonly OutboxKey[]): number {
  let bytes = 0;
  for (const key of keys) bytes += key[2];
  return bytes;
}

/**
 * Which stored keys (sorted oldest first) must go so that `incoming` fits, or with no incoming
 * event so that the outbox is within its cap: the expired ones (they lead, being the oldest), then
 * the oldest until both the event cap and the byte cap hold. `storedBytes` is the keys' total
 * size, for callers that keep it; the work is then in proportion to what goes, not what stays.
 */
export function admit(
  keys: readonly OutboxKey[],
  incoming: OutboxKey | undefined,
  now: number,
  limits: OutboxLimits,
  storedBytes = bytesOf(keys),
): Omit<Admission, 'queued'> {
  const added = incoming ? 1 : 0;
  let bytes = storedBytes + (incoming?.[2] ?? 0);
  let expiredEnd = 0;
  while (expiredEnd < keys.length && isExpired(keys[expiredEnd]!, now, limits)) bytes -= keys[expiredEnd++]![2];
  let evictedEnd = expiredEnd;
  while (evictedEnd < keys.length && (keys.length - evictedEnd + added > limits.maxEvents || bytes > limits.maxBytes)) {
    bytes -= keys[evictedEnd++]![2];
  }
  return { expired: keys.slice(0, expiredEnd), evicted: keys.slice(expiredEnd, evictedEnd) };
}
