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
}

export interface Outbox {
  readonly storage: StorageKind;
  /** Stores one event, dropping expired ones and, past the cap, the oldest; atomic. */
  add(entry: OutboxEntry, now: number): Promise<Admission>;
  /** Every unexpired event, oldest first; expired ones are deleted and returned. */
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

/**
 * Which stored keys (sorted oldest first) must go so that `incoming` fits: the expired ones, then
 * the oldest until both the event cap and the byte cap hold.
 */
export function admit(
  keys: readonly OutboxKey[],
  incoming: OutboxKey,
  now: number,
  limits: OutboxLimits,
): Omit<Admission, 'queued'> {
  const expired = keys.filter((key) => isExpired(key, now, limits));
  const kept = keys.filter((key) => !isExpired(key, now, limits));
  let bytes = kept.reduce((sum, key) => sum + key[2], incoming[2]);
  let evictions = 0;
  while (evictions < kept.length && (kept.length - evictions + 1 > limits.maxEvents || bytes > limits.maxBytes)) {
    bytes -= kept[evictions]![2];
    evictions += 1;
  }
  return { expired, evicted: kept.slice(0, evictions) };
}
