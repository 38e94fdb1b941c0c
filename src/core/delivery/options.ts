import { PkError } from '../errors.js';
import { safeUrl } from '../url.js';
import type { FormatName } from './wire-format.js';
import { readXapiOptions, type ResolvedXapiOptions, type XapiOptions } from './xapi-options.js';

export interface DeliveryOptions {
  /** Absolute or relative URL (resolved against the document); http or https only. */
  endpoint: string;
  format: FormatName;
  /** Called before every request, so tokens are never stored; may be async. */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** `include` for cookie-based intranet SSO on another origin. Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Events per request. Default 50. */
  batchSize?: number;
  /** How long a new event may wait for others to share its request. Default 1000 ms. */
  flushIntervalMs?: number;
  /** Wall-clock limit per request. Default 10 000 ms. */
  timeoutMs?: number;
  /** For the xapi format: who the learner is, the registration, a context template, a last hook (docs/xapi.md). */
  xapi?: XapiOptions;
}

export interface ResolvedOptions {
  endpoint: string;
  format: FormatName;
  headers: DeliveryOptions['headers'];
  credentials: RequestCredentials;
  batchSize: number;
  flushIntervalMs: number;
  timeoutMs: number;
  /** Present for the xapi format only. */
  xapi: ResolvedXapiOptions | undefined;
}

export function resolveOptions(options: DeliveryOptions): ResolvedOptions {
  if (options.format !== 'json' && options.format !== 'xapi') {
    invalid(`format: expected "json" or "xapi", got ${JSON.stringify(options.format)}`);
  }
  if (options.headers !== undefined && typeof options.headers !== 'function') {
    invalid('headers: expected a function that returns the headers at send time');
  }
  return {
    endpoint: httpUrl(options.endpoint, 'endpoint'),
    format: options.format,
    headers: options.headers,
    credentials: options.credentials ?? 'same-origin',
    batchSize: integer(options.batchSize ?? 50, 'batchSize', 1, 1000),
    flushIntervalMs: integer(options.flushIntervalMs ?? 1000, 'flushIntervalMs', 0, 3_600_000),
    timeoutMs: integer(options.timeoutMs ?? 10_000, 'timeoutMs', 1, 300_000),
    xapi:
      options.format === 'xapi'
        ? { homePage: httpUrl(options.xapi?.homePage ?? location.origin, 'xapi.homePage'), ...readXapiOptions(options.xapi, invalid) }
        : undefined,
  };
}

function httpUrl(value: unknown, name: string): string {
  const url = typeof value === 'string' ? safeUrl(value) : undefined;
  if (url === undefined || !/^https?:$/.test(new URL(url).protocol)) {
    invalid(`${name}: ${JSON.stringify(value)} is not an http(s) URL`);
  }
  return url;
}

function integer(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    invalid(`${name}: expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function invalid(message: string): never {
  throw new PkError('config-invalid', message, { source: 'delivery' });
}
