/**
 * Loads a manifest from a URL, inline JSON text or a JS object, and validates it. Loads are shared:
 * ten elements pointing at one URL (or given one object) fetch and validate it once. A failed load
 * is forgotten once it settles, so the next attempt tries again.
 *
 * The validator (with valibot) is a chunk of its own, loaded on first use and, for a URL, while
 * the manifest downloads: a page pays for it once, and an element's own module stays small.
 */
import { PkError } from '../errors.js';
import { safeUrl, urlProblem } from '../url.js';
import type { LoadedManifest } from './accept-manifest.js';

/** What a load resolves to; defined where the validator makes it. */
export type { LoadedManifest };

const validator = () => import('./accept-manifest.js');

export type ManifestSource =
  | { readonly kind: 'url'; readonly url: string }
  /** JSON text, e.g. the content of a `<script type="application/json">` child. */
  | { readonly kind: 'inline'; readonly text: string }
  /** A parsed value (a string here is read as JSON text). Cached by identity: publish a change as a new object. */
  | { readonly kind: 'object'; readonly value: unknown };

export interface LoadOptions {
  /** What a relative URL resolves against; the document's base URL by default. */
  readonly base?: string;
  /** How long a manifest server may take to answer in full; 30 s by default. */
  readonly timeoutMs?: number;
}

const TIMEOUT_MS = 30_000;

interface Store<K> {
  get(key: K): Promise<LoadedManifest> | undefined;
  set(key: K, loading: Promise<LoadedManifest>): unknown;
  delete(key: K): unknown;
}

const byUrl = new Map<string, Promise<LoadedManifest>>();
let byObject = new WeakMap<object, Promise<LoadedManifest>>();
/** What each shared load resolved to, once it has. */
const settled = new WeakMap<Promise<LoadedManifest>, LoadedManifest>();

/**
 * Resolves to the validated manifest, or rejects with a `PkError`: `manifest-fetch` (network
 * failure or refused URL), `manifest-http` (not a 2xx answer), or a `ManifestError`:
 * `manifest-parse` (not JSON) or `manifest-invalid` (with every problem in `issues`).
 */
export function loadManifest(source: ManifestSource, options: LoadOptions = {}): Promise<LoadedManifest> {
  switch (source.kind) {
    case 'url': {
      const url = safeUrl(source.url, options.base);
      if (url === undefined) {
        const error = new PkError('manifest-fetch', `could not fetch ${source.url}: ${urlProblem(source.url)}`, { source: source.url });
        return Promise.reject(error);
      }
      return shared(byUrl, url, () => fetchManifest(url, options.timeoutMs ?? TIMEOUT_MS));
    }
    case 'inline':
      return validated(source.text, 'inline');
    case 'object': {
      const { value } = source;
      return typeof value === 'object' && value !== null
        ? shared(byObject, value, () => validated(value, 'property'))
        : validated(value, 'property');
    }
  }
}

/**
 * The manifest `source` names when a shared load of it has already finished (another element
 * loaded it), else `undefined`: an element can then show its content in its first render.
 */
export function loadedManifest(source: ManifestSource, options: LoadOptions = {}): LoadedManifest | undefined {
  let loading: Promise<LoadedManifest> | undefined;
  if (source.kind === 'url') {
    const url = safeUrl(source.url, options.base);
    loading = url === undefined ? undefined : byUrl.get(url);
  } else if (source.kind === 'object' && typeof source.value === 'object' && source.value !== null) {
    loading = byObject.get(source.value);
  }
  return loading && settled.get(loading);
}

/** Forgets every loaded manifest: for tests, and for hosts that publish a new manifest at the same URL. */
export function clearManifestCache(): void {
  byUrl.clear();
  byObject = new WeakMap();
}

function shared<K>(store: Store<K>, key: K, load: () => Promise<LoadedManifest>): Promise<LoadedManifest> {
  const cached = store.get(key);
  if (cached) return cached;
  const loading = load();
  store.set(key, loading);
  loading.then(
    (loaded) => void settled.set(loading, loaded),
    () => {
      if (store.get(key) === loading) store.delete(key);
    },
  );
  return loading;
}

async function fetchManifest(url: string, timeoutMs: number): Promise<LoadedManifest> {
  const validating = validator();
  // Settled below; an unhandled rejection must not surface while the fetch is still running.
  validating.catch(() => {});
  let response: Response;
  try {
    // A server that never finishes answering gives an error, not a spinner forever.
    response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw fetchFailure(url, timeoutMs, error);
  }
  const { manifestFromResponse } = await validating;
  try {
    return await manifestFromResponse(response, url);
  } catch (error) {
    throw error instanceof PkError ? error : fetchFailure(url, timeoutMs, error);
  }
}

/** The network failed, or the answer did not arrive in full in time. */
function fetchFailure(url: string, timeoutMs: number, error: unknown): PkError {
  const reason =
    error instanceof DOMException && error.name === 'TimeoutError' ? `no complete answer within ${timeoutMs / 1000} s` : error instanceof Error ? error.message : String(error);
  return new PkError('manifest-fetch', `could not fetch ${url}: ${reason}`, { source: url, cause: error });
}

async function validated(input: unknown, source: string): Promise<LoadedManifest> {
  return (await validator()).acceptManifest(input, source);
}
