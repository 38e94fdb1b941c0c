/**
 * The LRS over HTTP (xAPI 1.0.3, Basic credentials): posting a batch of statements, reading a page.
 * What a status means for the statements follows the browser's delivery rules (`retry-policy.ts`),
 * with the server's differences: 401 is a configuration problem (keep and retry), 403 refuses the
 * statements (dead letter).
 */
import { backoffDelay, retryAfterDelay, verdictFor } from '../../../src/core/delivery/retry-policy.js';
import type { LrsSettings } from './settings.js';

export type PostOutcome =
  | { kind: 'stored' }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'refused'; status: number; reason: string };

/** Longest LRS reason kept with a dead letter or shown in healthz. */
const REASON_LENGTH = 1000;

export class LrsClient {
  readonly url: string;
  readonly #authorization: string;
  readonly #timeoutMs: number;

  constructor(settings: Pick<LrsSettings, 'url' | 'key' | 'secret'>, timeoutMs = 30_000) {
    this.url = settings.url;
    this.#authorization = `Basic ${Buffer.from(`${settings.key}:${settings.secret}`).toString('base64')}`;
    this.#timeoutMs = timeoutMs;
  }

  get headers(): Record<string, string> {
    return { 'X-Experience-API-Version': '1.0.3', Authorization: this.#authorization };
  }

  async post(statements: readonly unknown[]): Promise<PostOutcome> {
    let response: Response;
    try {
      response = await fetch(`${this.url}/statements`, {
        method: 'POST',
        headers: { ...this.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(statements),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      return { kind: 'retry', reason: `the LRS could not be reached: ${describe(error)}` };
    }
    const text = (await response.text().catch(() => '')).slice(0, REASON_LENGTH);
    const verdict = verdictFor(response.status);
    if (verdict === 'delivered' || verdict === 'duplicate') return { kind: 'stored' };
    const reason = `${response.status} ${response.statusText}${text ? `: ${text}` : ''}`;
    if (verdict === 'reject' && response.status !== 404) return { kind: 'refused', status: response.status, reason };
    if (response.status === 403) return { kind: 'refused', status: 403, reason };
    const retryAfterMs = retryAfterDelay(response.headers.get('Retry-After'), Date.now());
    return { kind: 'retry', reason, ...(retryAfterMs !== undefined && { retryAfterMs }) };
  }

  /** One page of `GET statements` (a full URL: the first query or a `more` link resolved against the LRS). */
  async page(url: string): Promise<{ statements: Record<string, unknown>[]; more?: string }> {
    let response: Response;
    try {
      response = await fetch(url, { headers: this.headers, signal: AbortSignal.timeout(this.#timeoutMs) });
    } catch (error) {
      throw new Error(`the LRS could not be reached (${new URL(url).origin}): ${describe(error)}`);
    }
    if (!response.ok) {
      throw new Error(`the LRS answered GET statements with ${response.status} ${response.statusText}: ${(await response.text().catch(() => '')).slice(0, REASON_LENGTH)}`);
    }
    const body = (await response.json()) as { statements?: unknown; more?: unknown };
    if (!Array.isArray(body.statements)) throw new Error('the LRS answered GET statements without a statements list');
    const more = typeof body.more === 'string' && body.more !== '' ? new URL(body.more, this.url).href : undefined;
    return { statements: body.statements as Record<string, unknown>[], ...(more && { more }) };
  }
}

/** The wait before the next attempt after `attempts` failures: the browser's backoff (1 s × 2ⁿ, jittered, 60 s at most), or less. */
export function retryDelay(attempts: number, capMs = 60_000): number {
  return Math.min(capMs, backoffDelay(attempts, Math.random()));
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
