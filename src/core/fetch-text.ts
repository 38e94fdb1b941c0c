/**
 * The one way an element fetches data of its own (the dividend chart's `src`): a GET of an
 * allowed URL, whose failures become `PkError`s saying what failed and where. The manifest and
 * learner events have their own loaders; elements never call `fetch` themselves.
 */
import { PkError } from './errors.js';
import { safeUrl, urlProblem } from './url.js';

export interface FetchTextOptions {
  signal?: AbortSignal;
  /** `include` sends cookies to another origin (cookie-based SSO); default `same-origin`. */
  credentials?: RequestCredentials;
}

/**
 * The body of `url` as text. Rejects with a `PkError`: `config-invalid` for a URL outside the
 * allowlist (see `core/url.ts`), `data-fetch` when the server cannot be reached or answers with a
 * status other than 2xx. An aborted request rejects with the signal's `AbortError`.
 */
export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<string> {
  const resolved = safeUrl(url);
  if (!resolved) throw new PkError('config-invalid', `could not fetch ${url}: ${urlProblem(url)}`, { source: url });
  try {
    const response = await fetch(resolved, {
      signal: options.signal,
      credentials: options.credentials ?? 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new PkError('data-fetch', `${resolved} answered HTTP ${response.status}`, { source: resolved });
    }
    return await response.text();
  } catch (error) {
    if (error instanceof PkError || options.signal?.aborted) throw error;
    throw new PkError('data-fetch', `could not reach ${resolved}: ${String(error)}`, { source: resolved, cause: error });
  }
}
