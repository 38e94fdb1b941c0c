/**
 * What a delivery keeps, per endpoint and format: the outbox (events waiting) and the dead letters
 * (events refused for good), each in IndexedDB with memory behind it when IndexedDB fails.
 */
import { DeadLetters, type DeadLetter } from './dead-letters.js';
import { createEvent } from './envelope.js';
import type { EventInput, PkEvent } from './event.js';
import { FallbackOutbox } from './fallback-outbox.js';
import { IdbOutbox } from './idb-outbox.js';
import { outboxEntry, type OutboxEntry, type OutboxKey, type OutboxLimits, type StorageKind } from './outbox.js';
import type { FormatName } from './wire-format.js';

export { DeadLetters, type DeadLetter, type OutboxEntry, type OutboxKey, type StorageKind };

/** The IndexedDB database (of the outbox) and Web Lock of one endpoint and format. */
export function channelName(format: FormatName, endpoint: string): string {
  return `purpose-kit-outbox ${format} ${endpoint}`;
}

/** The IndexedDB database of the dead letters of one endpoint and format. */
export function deadLetterDatabase(format: FormatName, endpoint: string): string {
  return `purpose-kit-dead-letters ${format} ${endpoint}`;
}

export interface DeliveryStorage {
  outbox: FallbackOutbox;
  deadLetters: DeadLetters;
}

/** `onFallback` hears, once for each, when the outbox or the dead letters move to memory. */
export function openStorage(
  format: FormatName,
  endpoint: string,
  limits: OutboxLimits,
  onFallback: (what: 'outbox' | 'dead letters', error: unknown) => void,
): DeliveryStorage {
  const indexedDb = new IdbOutbox(channelName(format, endpoint), limits);
  return {
    outbox: new FallbackOutbox(indexedDb, limits, (error) => onFallback('outbox', error)),
    deadLetters: new DeadLetters(deadLetterDatabase(format, endpoint), limits.maxEvents, (error) => onFallback('dead letters', error)),
  };
}

/** The outbox entry of a new event: validated, given its id and time. */
export function newEntry(input: EventInput, now: number): OutboxEntry {
  return outboxEntry(createEvent(input, now));
}

/** The outbox entry of a dead letter sent again: its id and time unchanged, its age in the outbox from now. */
export function resentEntry(event: PkEvent, now: number): OutboxEntry {
  const { key } = outboxEntry(event);
  return { key: [now, key[1], key[2]], event };
}
