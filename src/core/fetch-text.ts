/**
 * The one way an element fetches data of its own (a `src` document, the collector's
 * endorsements): a GET of an allowed URL, whose failures become `PkError`s saying what failed and
 * where. The manifest and learner events have their own loaders; elements never call `fetch`
 * themselves.
 */
import { collectorUrl } from './config/collector.js';
import type { PageConfig } from './config/config.js';
import { PkError } from './errors.js';
import { safeUrl, urlProblem } from './url.js';

/** The page settings a document fetch follows. */
export type FetchSettings = Pick<PageConfig, 'collector' | 'headers' | 'credentials'>;

export interface FetchTextOptions {
  signal?: AbortSignal;
  /**
   * `credentials` go with every document (`include` sends cookies to another origin; default
   * `same-origin`); the `headers()` callback only with the collector's (see `isCollectorUrl`).
   */
  settings?: FetchSettings;
}

/**
 * The body of `url` as text. Rejects with a `PkError`: `config-invalid` for a URL outside the
 * allowlist (see `core/url.ts`), `data-fetch` when the headers callback fails, the server cannot be
 * reached or it answers with a status other than 2xx. An aborted request rejects with the
 * signal's `AbortError`.
 */
export async function fetchText(url: string, { signal, settings = {} }: FetchTextOptions = {}): Promise<string> {
  const resolved = safeUrl(url);
  if (!resolved) throw new PkError('config-invalid', `could not fetch ${url}: ${urlProblem(url)}`, { source: url });
  const headers = new Headers(await collectorHeaders(resolved, settings));
  headers.set('Accept', 'application/json');
  try {
    const response = await fetch(resolved, { signal, credentials: settings.credentials ?? 'same-origin', headers });
    if (!response.ok) {
      throw new PkError('data-fetch', `${resolved} answered HTTP ${response.status}`, { source: resolved });
    }
    return await response.text();
  } catch (error) {
    if (error instanceof PkError || signal?.aborted) throw error;
    throw new PkError('data-fetch', `could not reach ${resolved}: ${String(error)}`, { source: resolved, cause: error });
  }
}

/**
 * True when the absolute `url` is one of the collector's routes: same origin and below
 * `{collector}/v1/`. Only such a request carries the page's headers (an `Authorization`, say): a
 * document from anywhere else must not receive them.
 */
function isCollectorUrl(url: string, settings: FetchSettings): boolean {
  const routes = collectorUrl(settings, '');
  const absolute = routes === undefined ? undefined : safeUrl(routes);
  return absolute !== undefined && url.startsWith(absolute);
}

/** The page's headers for a request to its collector; none for any other. */
export async function collectorHeaders(url: string, settings: FetchSettings): Promise<HeadersInit | undefined> {
  if (!settings.headers || !isCollectorUrl(url, settings)) return undefined;
  try {
    return await settings.headers();
  } catch (error) {
    throw new PkError('data-fetch', `could not fetch ${url}: the headers callback failed: ${String(error)}`, { source: url, cause: error });
  }
}
