import { PkError } from '../errors.js';
import { browserEnvironment, type DeliveryEnvironment } from './environment.js';
import type { EventInput, PkEvent } from './event.js';
import { wireFormatFor, type FormatName, type WireFormat } from './formats.js';
import { withLock } from './lock.js';
import { resolveOptions, type DeliveryOptions, type ResolvedOptions } from './options.js';
import { PendingEvents, type Unsendable } from './pending-events.js';
import { PK_DELIVERY, type DeliveryChange } from './pk-delivery-event.js';
import { backoffDelay, retryAfterDelay } from './retry-policy.js';
import { sendBatch, type Outcome } from './send-batch.js';
import {
  channelName,
  newEntry,
  openStorage,
  resentEntry,
  type DeadLetter,
  type DeliveryStorage,
  type OutboxEntry,
  type OutboxKey,
  type StorageKind,
} from './storage.js';

export { channelName, type DeadLetter };

/** Keepalive requests in flight share a 64 KB quota with the host page; each chunk stays under this. */
export const KEEPALIVE_CHUNK_BYTES = 52 * 1024;

export interface DeliveryStatus {
  storage: StorageKind;
  /** Events waiting in the outbox, as this page last saw it (other tabs share it). */
  queued: number;
  /** Events in requests now in flight from this page. */
  sending: number;
  /** True after 401/403 (or a configuration error) until `flush()`. */
  paused: boolean;
  /** Epoch ms of the next attempt while backing off. */
  retryAt: number | undefined;
  lastError: string | undefined;
  /** Events pushed out by the cap, expired, or dropped by an xAPI transform, since this page loaded. */
  dropped: number;
  /**
   * Events set aside as dead letters by this page since it loaded (newest last). Every stored
   * dead letter, from any page and visit: `deadLetters()`.
   */
  deadLettered: readonly DeadLetter[];
}

/** What `exportDeadLetters()` gives, as JSON. */
export interface DeadLetterExport {
  endpoint: string;
  format: FormatName;
  exportedAt: string;
  deadLetters: DeadLetter[];
}

let warnedAboutLocks = false;

/**
 * At-least-once delivery of learner events with a stable id. Events are stored before `enqueue`
 * resolves and deleted only after a 2xx. One page at a time is the sender (a Web Lock per
 * endpoint and format): it holds the lock while events wait or are in flight, reads the outbox
 * afresh under it and deletes what was delivered before letting go, so two tabs never send the
 * same event. The one repeat left is inherent: a request still in flight when its page closes
 * (a keepalive request on `pagehide`) cannot record its 2xx, so the next sender sends it again
 * with the same id, for the server to de-duplicate.
 */
export class Delivery {
  readonly endpoint: string;
  readonly format: FormatName;
  readonly #options: ResolvedOptions;
  readonly #env: DeliveryEnvironment;
  readonly #wire: WireFormat;
  readonly #storage: DeliveryStorage;
  readonly #channel: string;

  /** True while this page holds the lock; `#pending` is filled only then. */
  #sender = false;
  readonly #pending: PendingEvents;

  #session: Promise<void> | undefined;
  #keepalivePump: Promise<void> | undefined;
  /** Work arrived since the session last looked at the outbox. */
  #wanted = false;
  /** Send without waiting for the batching window. */
  #urgent = false;
  #leaving = false;
  #wake: (() => void) | undefined;
  #cancelRetry: (() => void) | undefined;
  #failures = 0;
  #disposed = false;
  #flushes: (() => void)[] = [];

  #queued = 0;
  #sending = 0;
  #dropped = 0;
  #paused = false;
  #retryAt: number | undefined;
  #lastError: string | undefined;
  #deadLettered: DeadLetter[] = [];

  constructor(options: DeliveryOptions, environment: Partial<DeliveryEnvironment> = {}) {
    this.#options = resolveOptions(options);
    this.#env = { ...browserEnvironment(), ...environment };
    this.endpoint = this.#options.endpoint;
    this.format = this.#options.format;
    this.#channel = channelName(this.format, this.endpoint);
    this.#wire = wireFormatFor(this.#options);
    this.#pending = new PendingEvents(this.#wire);
    this.#storage = openStorage(this.format, this.endpoint, this.#env.limits, (what, error) => this.#storageFailed(what, error));
    if (!this.#env.locks && !warnedAboutLocks) {
      warnedAboutLocks = true;
      console.warn(
        '[purpose-kit] Web Locks are unavailable (not a secure context?): each tab sends on its own, so the endpoint must de-duplicate events by id.',
      );
    }
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('pagehide', this.#onPageHide);
    window.addEventListener('pageshow', this.#onPageShow);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    // Replay what earlier pages left behind (their batching windows have usually passed).
    this.#request(false);
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  /** Stores the event; resolves once it is stored (not sent) with its id and time. */
  async enqueue(input: EventInput): Promise<PkEvent> {
    this.#assertOpen();
    const entry = newEntry(input, this.#env.now());
    await this.#store(entry);
    this.#report({ kind: 'stored', ids: [entry.event.id], storage: this.#storage.outbox.storage });
    this.#request(false);
    return entry.event;
  }

  /** Every stored dead letter of this endpoint and format (from this page, earlier visits and other tabs), oldest first. */
  deadLetters(): Promise<DeadLetter[]> {
    return this.#storage.deadLetters.list();
  }

  /** The dead letters as a JSON document (`DeadLetterExport`), to keep or to hand to whoever runs the endpoint. */
  async exportDeadLetters(): Promise<string> {
    const document: DeadLetterExport = {
      endpoint: this.endpoint,
      format: this.format,
      exportedAt: new Date(this.#env.now()).toISOString(),
      deadLetters: await this.deadLetters(),
    };
    return JSON.stringify(document, null, 2);
  }

  /**
   * Puts dead letters (those with these event ids; all without `ids`) back in the outbox, with
   * their ids unchanged, and sends them now. Resolves with the ids put back, once they are stored.
   */
  async resend(ids?: readonly string[]): Promise<string[]> {
    this.#assertOpen();
    const letters = await this.#chosen(ids);
    const now = this.#env.now();
    for (const { event } of letters) await this.#store(resentEntry(event, now));
    const resent = letters.map(({ event }) => event.id);
    await this.#forgetLetters(resent);
    if (resent.length) {
      this.#report({ kind: 'stored', ids: resent, storage: this.#storage.outbox.storage });
      this.#clearRetry();
      this.#request(true);
    }
    return resent;
  }

  /** Deletes dead letters (those with these event ids; all without `ids`); resolves with the ids deleted. */
  async discardDeadLetters(ids?: readonly string[]): Promise<string[]> {
    const discarded = (await this.#chosen(ids)).map(({ event }) => event.id);
    await this.#forgetLetters(discarded);
    return discarded;
  }

  /**
   * Sends what is queued now, ending a pause or a backoff wait. Resolves when this page's sender
   * has nothing left to send, or is waiting to retry, or was paused.
   */
  flush(): Promise<void> {
    if (this.#disposed) return Promise.resolve();
    this.#paused = false;
    this.#clearRetry();
    const flushed = new Promise<void>((resolve) => this.#flushes.push(resolve));
    this.#request(true);
    return flushed;
  }

  status(): DeliveryStatus {
    return {
      storage: this.#storage.outbox.storage,
      queued: this.#queued,
      sending: this.#sending,
      paused: this.#paused,
      retryAt: this.#retryAt,
      lastError: this.#lastError,
      dropped: this.#dropped,
      deadLettered: [...this.#deadLettered],
    };
  }

  /** Stops listening and sending; resolves once this page no longer holds the lock. */
  async dispose(): Promise<void> {
    this.#disposed = true;
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('pagehide', this.#onPageHide);
    window.removeEventListener('pageshow', this.#onPageShow);
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#clearRetry();
    this.#wake?.();
    await this.#session;
    this.#resolveFlushes();
  }

  readonly #onOnline = (): void => {
    this.#clearRetry();
    this.#request(true);
  };

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.#flushBeforeHiding();
  };

  readonly #onPageHide = (): void => {
    this.#leaving = true;
    this.#flushBeforeHiding();
  };

  readonly #onPageShow = (): void => {
    this.#leaving = false;
  };

  /** The page may be gone in a moment: what is queued goes now, with keepalive. */
  #flushBeforeHiding(): void {
    // Synchronously, as the sender: the first request must leave before the page does.
    if (this.#sender) void this.#keepalive();
    this.#request(true);
  }

  #canSend(): boolean {
    return !this.#disposed && !this.#paused && this.#cancelRetry === undefined;
  }

  #request(urgent: boolean): void {
    if (!this.#canSend()) return;
    this.#wanted = true;
    this.#urgent ||= urgent;
    if (this.#urgent || this.#pending.unclaimed() >= this.#options.batchSize) this.#wake?.();
    this.#session ??= this.#runSession();
  }

  async #runSession(): Promise<void> {
    try {
      await withLock(this.#env.locks, this.#channel, () => this.#drain());
    } catch (error) {
      this.#failures += 1;
      this.#retryIn(backoffDelay(this.#failures, this.#env.random()), describe(error));
    }
    this.#session = undefined;
    if (this.#wanted && this.#canSend()) this.#session = this.#runSession();
    else this.#resolveFlushes();
  }

  /** Holding the lock: read the outbox, wait for the batching window, send, until it is empty. */
  async #drain(): Promise<void> {
    this.#sender = true;
    try {
      while (this.#canSend()) {
        await this.#keepalivePump;
        this.#wanted = false;
        await this.#refresh();
        if (this.#pending.unclaimed() === 0) {
          if (this.#wanted) continue;
          this.#urgent = false;
          break;
        }
        await this.#batchWindow();
        while (this.#pending.unclaimed() > 0 && this.#canSend()) await this.#sendNext();
        this.#urgent = false;
      }
      await this.#keepalivePump;
    } finally {
      this.#sender = false;
      this.#pending.clear();
    }
  }

  async #refresh(): Promise<void> {
    const known = new Set(this.#pending.ids());
    const { entries, expired, evicted } = await this.#storage.outbox.list(this.#env.now());
    this.#drop(expired, 'expired');
    this.#drop(evicted, 'cap');
    this.#pending.replace(entries, known);
    this.#queued = this.#pending.size;
  }

  async #batchWindow(): Promise<void> {
    const oldest = this.#pending.oldest();
    // Disposal may have come while the outbox was being read, before there was a wait to cut short.
    if (this.#disposed || this.#urgent || !oldest || this.#pending.unclaimed() >= this.#options.batchSize) return;
    // Never longer than the window: an event stored while the clock ran fast (a day, say) would
    // otherwise wait until the corrected clock catches up with its time.
    const interval = this.#options.flushIntervalMs;
    const wait = Math.min(interval, oldest.key[0] + interval - this.#env.now());
    if (wait > 0) {
      await new Promise<void>((resolve) => {
        const cancel = this.#env.schedule(() => this.#wake?.(), wait);
        this.#wake = () => {
          cancel();
          this.#wake = undefined;
          resolve();
        };
      });
    }
  }

  async #sendNext(): Promise<unknown> {
    if (this.#leaving || document.visibilityState === 'hidden') return this.#keepalive();
    const { batch, unsendable } = this.#claim(false);
    await this.#setAside(unsendable);
    return this.#deliver(batch, false);
  }

  #keepalive(): Promise<void> {
    if (!this.#keepalivePump) {
      const pump = this.#pumpKeepalive();
      this.#keepalivePump = pump;
      void pump.finally(() => {
        if (this.#keepalivePump === pump) this.#keepalivePump = undefined;
      });
    }
    return this.#keepalivePump;
  }

  /** Chunk after chunk, never two at once: keepalive requests in flight share one quota. */
  async #pumpKeepalive(): Promise<void> {
    for (let claim = this.#claim(true); claim.batch.length + claim.unsendable.length > 0; claim = this.#claim(true)) {
      // The request leaves first (synchronously, while the page still exists), then the rest.
      const sent = this.#deliver(claim.batch, claim.keepalive);
      await this.#setAside(claim.unsendable);
      if (!(await sent)) return;
      // Back from the back/forward cache, or visible again: the rest goes by ordinary requests.
      if (!this.#leaving && document.visibilityState !== 'hidden') return;
    }
  }

  /** The next batch; with keepalive, one that fits a chunk, or a lone event too large for any. */
  #claim(keepalive: boolean): { batch: OutboxEntry[]; keepalive: boolean; unsendable: Unsendable[] } {
    if (!this.#canSend()) return { batch: [], keepalive, unsendable: [] };
    const { batch, fits, unsendable } = this.#pending.claim(this.#options.batchSize, keepalive ? KEEPALIVE_CHUNK_BYTES : Infinity);
    return { batch, keepalive: keepalive && fits, unsendable };
  }

  /**
   * Events the wire format has nothing to send for leave the outbox: dropped (an xAPI transform
   * said `null`) or, when their statement could not be made, set aside as dead letters.
   */
  async #setAside(unsendable: readonly Unsendable[]): Promise<void> {
    for (const { entry, reason } of unsendable) {
      try {
        if (reason === undefined) {
          await this.#forget([entry]);
          this.#drop([entry.key], 'transform');
        } else {
          console.error(`[purpose-kit] event ${entry.event.id} (${entry.event.type}) cannot be sent to ${this.endpoint}: ${reason}. It is kept as a dead letter.`);
          await this.#deadLetter(entry, 0, reason);
        }
      } finally {
        this.#pending.release([entry]);
      }
    }
  }

  /** Sends one claimed batch and applies the answer; false when sending must stop. */
  async #deliver(batch: OutboxEntry[], keepalive: boolean): Promise<boolean> {
    if (batch.length === 0) return true;
    this.#sending += batch.length;
    const outcome = await sendBatch({
      body: this.#pending.body(batch),
      keepalive,
      wire: this.#wire,
      options: this.#options,
      fetch: this.#env.fetch,
    });
    this.#sending -= batch.length;
    try {
      return await this.#apply(batch, outcome, keepalive);
    } finally {
      this.#pending.release(batch);
    }
  }

  async #apply(batch: OutboxEntry[], outcome: Outcome, keepalive: boolean): Promise<boolean> {
    const ids = batch.map((entry) => entry.event.id);
    switch (outcome.verdict) {
      case 'retry': {
        this.#failures += 1;
        // Retry-After may lengthen the wait, never shorten it below the backoff: a date already
        // past (the device's clock runs fast) or "0" would otherwise retry at once, again and again.
        const asked = retryAfterDelay(outcome.retryAfter ?? null, this.#env.now()) ?? 0;
        this.#retryIn(Math.max(asked, backoffDelay(this.#failures, this.#env.random())), outcome.reason, outcome.status);
        return false;
      }
      case 'pause':
        this.#paused = true;
        this.#lastError = outcome.reason;
        this.#report({ kind: 'paused', ids: this.#pending.ids(), status: outcome.status, reason: outcome.reason });
        return false;
      case 'reject':
      case 'duplicate':
        // One bad event must not sink the batch: split until the refusal names single events.
        if (batch.length > 1) {
          const middle = Math.ceil(batch.length / 2);
          return (await this.#deliver(batch.slice(0, middle), keepalive)) && this.#deliver(batch.slice(middle), keepalive);
        }
        break;
    }
    this.#failures = 0;
    if (outcome.verdict === 'reject') {
      await this.#deadLetter(batch[0]!, outcome.status, outcome.reason);
    } else {
      await this.#forget(batch);
      this.#lastError = undefined;
      this.#report({ kind: 'sent', ids, status: outcome.status });
    }
    return true;
  }

  /** Keeps the event as a dead letter, then takes it out of the outbox (so it is never in neither). */
  async #deadLetter(entry: OutboxEntry, status: number, reason: string): Promise<void> {
    const letter: DeadLetter = { event: entry.event, status, reason, at: new Date(this.#env.now()).toISOString() };
    await this.#storage.deadLetters.add(letter);
    await this.#forget([entry]);
    this.#lastError = reason;
    this.#deadLettered = [...this.#deadLettered, letter].slice(-this.#env.limits.maxEvents);
    this.#report({ kind: 'dead-lettered', ids: [entry.event.id], status, reason });
  }

  #retryIn(delayMs: number, reason: string, status?: number): void {
    this.#lastError = reason;
    if (this.#cancelRetry || this.#disposed) return;
    const retryAt = this.#env.now() + delayMs;
    this.#retryAt = retryAt;
    this.#cancelRetry = this.#env.schedule(() => {
      this.#clearRetry();
      this.#request(true);
    }, delayMs);
    const ids = this.#pending.ids();
    this.#report({ kind: 'retrying', ids, retryAt, delayMs, reason, ...(status !== undefined && { status }) });
  }

  #clearRetry(): void {
    this.#cancelRetry?.();
    this.#cancelRetry = undefined;
    this.#retryAt = undefined;
  }

  async #forget(batch: OutboxEntry[]): Promise<void> {
    await this.#storage.outbox.remove(batch.map((entry) => entry.key));
    this.#pending.settle(batch.map((entry) => entry.event.id));
    this.#queued = this.#pending.size;
  }

  async #store(entry: OutboxEntry): Promise<void> {
    const now = this.#env.now();
    const { queued, expired, evicted } = await this.#storage.outbox.add(entry, now);
    this.#queued = queued;
    this.#drop(expired, 'expired');
    this.#drop(evicted, 'cap');
    if (this.#sender) this.#pending.add(entry);
  }

  async #chosen(ids: readonly string[] | undefined): Promise<DeadLetter[]> {
    const letters = await this.#storage.deadLetters.list();
    if (ids === undefined) return letters;
    const wanted = new Set(ids);
    return letters.filter(({ event }) => wanted.has(event.id));
  }

  async #forgetLetters(ids: readonly string[]): Promise<void> {
    await this.#storage.deadLetters.remove(ids);
    const gone = new Set(ids);
    this.#deadLettered = this.#deadLettered.filter(({ event }) => !gone.has(event.id));
  }

  #assertOpen(): void {
    if (this.#disposed) {
      throw new PkError('config-invalid', `delivery to ${this.endpoint} was disposed`, { source: 'delivery' });
    }
  }

  #drop(keys: readonly OutboxKey[], cause: 'cap' | 'expired' | 'transform'): void {
    if (keys.length === 0) return;
    const ids = keys.map(([, id]) => id);
    this.#pending.settle(ids);
    this.#dropped += ids.length;
    this.#report({ kind: 'dropped', ids, cause, dropped: this.#dropped });
  }

  #storageFailed(what: 'outbox' | 'dead letters', error: unknown): void {
    const reason = describe(error);
    if (what === 'dead letters') {
      console.warn(`[purpose-kit] IndexedDB is unavailable (${reason}); dead letters for ${this.endpoint} are kept in memory and are lost on reload.`);
      return;
    }
    console.warn(
      `[purpose-kit] IndexedDB is unavailable (${reason}); events for ${this.endpoint} are kept in memory and are lost if the page closes before they are sent.`,
    );
    this.#report({ kind: 'storage-fallback', ids: [], storage: 'memory', reason });
  }

  #report(change: DeliveryChange): void {
    const detail = { ...change, endpoint: this.endpoint, format: this.format, queued: this.#queued };
    window.dispatchEvent(new CustomEvent(PK_DELIVERY, { detail }));
  }

  #resolveFlushes(): void {
    const waiting = this.#flushes;
    this.#flushes = [];
    for (const resolve of waiting) resolve();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
