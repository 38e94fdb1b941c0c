/**
 * The forward worker: claims due statements in batches and posts them to the LRS. Stored (2xx,
 * 409) → deleted. Worth retrying (unreachable, 401, 404, 408, 429, 5xx) → due again after a
 * jittered backoff, or after `Retry-After` (the whole worker waits that long). Refused (400, 403,
 * 413, 422) → a batch is split and sent one by one, so only the statement the LRS refuses becomes a
 * dead letter, with the LRS's reason; it is never retried unless an operator puts it back.
 */
import type { Store } from '../store/store.js';
import { LrsClient, retryDelay } from './client.js';
import { claim, deadLetter, remove, reschedule, setLastError, type Claimed } from './queue.js';
import type { LrsSettings } from './settings.js';

const LEASE_MS = 120_000;

export class Forwarder {
  readonly #store: Store;
  readonly #client: LrsClient;
  readonly #batchSize: number;
  readonly #pollMs: number;
  readonly #backoffCapMs: number;
  #pausedUntil = 0;
  #timer?: NodeJS.Timeout;
  #running?: Promise<void>;
  #closed = false;
  #again = false;
  #failing = true;

  constructor(store: Store, settings: LrsSettings) {
    this.#store = store;
    this.#client = new LrsClient(settings);
    this.#batchSize = settings.batchSize ?? 100;
    this.#pollMs = settings.pollMs ?? 1000;
    this.#backoffCapMs = settings.backoffCapMs ?? 60_000;
  }

  start(): void {
    this.wake();
  }

  /** Runs a round now (after an ingest committed), or right after the one running. */
  wake(): void {
    if (this.#closed) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#running = this.#drain()
      .catch((error: Error) => console.error(`[purpose-kit-server] LRS forward: ${error.message}`))
      .finally(() => {
        this.#running = undefined;
        if (this.#closed) return;
        if (this.#again) {
          this.#again = false;
          this.wake();
        } else this.#timer = setTimeout(() => this.wake(), Math.max(this.#pollMs, this.#pausedUntil - Date.now())).unref();
      });
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  async #drain(): Promise<void> {
    while (!this.#closed && Date.now() >= this.#pausedUntil) {
      const rows = await claim(this.#store, this.#batchSize, LEASE_MS);
      if (rows.length === 0) return;
      await this.#send(rows);
    }
  }

  async #send(rows: Claimed[]): Promise<void> {
    const outcome = await this.#client.post(rows.map((row) => row.statement));
    if (outcome.kind === 'stored') {
      const failing = this.#failing;
      await this.#store.transaction(async (tx) => {
        await remove(tx, rows);
        if (failing) await setLastError(tx, undefined);
      });
      this.#failing = false;
      return;
    }
    if (outcome.kind === 'retry') {
      const attempts = Math.max(...rows.map((row) => row.attempts));
      const delay = outcome.retryAfterMs ?? retryDelay(attempts, this.#backoffCapMs);
      if (outcome.retryAfterMs !== undefined) this.#pausedUntil = Date.now() + outcome.retryAfterMs;
      await reschedule(this.#store, rows, delay);
      await setLastError(this.#store, outcome.reason);
      this.#failing = true;
      if (outcome.retryAfterMs === undefined) this.#pausedUntil = Date.now() + Math.min(delay, this.#pollMs);
      return;
    }
    if (rows.length > 1) {
      for (const row of rows) await this.#send([row]);
      return;
    }
    await deadLetter(this.#store, rows[0]!, outcome.status, outcome.reason);
    await setLastError(this.#store, `statement ${rows[0]!.id} refused for good (dead letter): ${outcome.reason}`);
    this.#failing = true;
  }
}
