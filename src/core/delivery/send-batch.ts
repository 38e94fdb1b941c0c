import type { DeliveryEnvironment } from './environment.js';
import type { ResolvedOptions } from './options.js';
import { verdictFor } from './retry-policy.js';
import type { WireFormat } from './wire-format.js';

export type Outcome =
  | { verdict: 'delivered' | 'duplicate'; status: number }
  | { verdict: 'reject' | 'pause'; status: number; reason: string }
  | { verdict: 'retry'; status?: number; reason: string; retryAfter?: string | null };

export interface Request {
  body: string;
  keepalive: boolean;
  wire: WireFormat;
  options: ResolvedOptions;
  fetch: DeliveryEnvironment['fetch'];
}

/**
 * One POST and what its answer means. `fetch` is called before anything is awaited when the
 * headers callback answers synchronously, so a `pagehide` handler starts its keepalive request
 * while the page still exists.
 */
export async function sendBatch({ body, keepalive, wire, options, fetch }: Request): Promise<Outcome> {
  let headers: Headers;
  try {
    const custom = options.headers?.();
    headers = new Headers(isPromiseLike(custom) ? await custom : custom);
  } catch (error) {
    return { verdict: 'retry', reason: `the headers callback failed: ${describe(error)}` };
  }
  for (const [name, value] of Object.entries(wire.headers)) headers.set(name, value);

  let response: Response;
  try {
    response = await fetch(wire.url, {
      method: 'POST',
      body,
      headers,
      credentials: options.credentials,
      keepalive,
      // A redirect is not followed: after 301/302/303 the events would arrive as a GET, if at all.
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    const reason = timedOut ? `no answer within ${options.timeoutMs} ms` : `network error: ${describe(error)}`;
    return { verdict: 'retry', reason };
  }
  if (response.type === 'opaqueredirect') {
    // Typically an expired single sign-on session sending the request to a login page.
    return { verdict: 'pause', status: 0, reason: 'the endpoint redirected the request (to a sign-in page?)' };
  }
  // Read the body even when it is not needed, so the connection is free for the next request.
  const text = await response.text().catch(() => '');
  const status = response.status;
  const verdict = verdictFor(status);
  const reason = `HTTP ${status}${text ? `: ${text.slice(0, 300)}` : ''}`;
  switch (verdict) {
    case 'delivered':
    case 'duplicate':
      return { verdict, status };
    case 'retry':
      return { verdict, status, reason, retryAfter: response.headers.get('Retry-After') };
    default:
      return { verdict, status, reason };
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | undefined)?.then === 'function';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
