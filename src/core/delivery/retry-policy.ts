/** What an HTTP status means for the events of the batch that got it. */
export type Verdict =
  /** 2xx: delete from the outbox. */
  | 'delivered'
  /** 409: the server already holds an event with this id (xAPI: a statement id it has). */
  | 'duplicate'
  /** Worth trying again later: 408, 429, and 5xx except 501, 505 and 511. */
  | 'retry'
  /** The server refuses these events (400, 404, 413, 422): dead-letter, never retry. */
  | 'reject'
  /**
   * Keep everything and stop until the host acts: 401/403 (refresh credentials) and any other
   * status that says the configuration is wrong rather than the events (405, 501, 511, …).
   */
  | 'pause';

const REJECTED = new Set([400, 404, 413, 422]);
const NOT_RETRIED = new Set([501, 505, 511]);

export function verdictFor(status: number): Verdict {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 409) return 'duplicate';
  if (REJECTED.has(status)) return 'reject';
  if (status === 408 || status === 429 || (status >= 500 && status < 600 && !NOT_RETRIED.has(status))) return 'retry';
  return 'pause';
}

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_CAP_MS = 60_000;
export const RETRY_AFTER_CAP_MS = 300_000;

/**
 * Delay before attempt `failures + 1`: 1 s × 2ⁿ capped at 60 s, with "equal jitter" (between half
 * and all of it) so tabs and devices that failed together do not retry together.
 */
export function backoffDelay(failures: number, random: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
}

/** `Retry-After` as a delay: delta-seconds or an HTTP-date, clamped to [0, 300 s]. */
export function retryAfterDelay(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  const at = /^\d+$/.test(value) ? now + Number(value) * 1000 : Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.min(RETRY_AFTER_CAP_MS, Math.max(0, at - now));
}
