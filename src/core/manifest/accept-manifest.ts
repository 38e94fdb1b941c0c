/**
 * Reads and validates a manifest for the loader, and turns a refusal into the error an element
 * shows. Part of the validator's chunk (loaded while the manifest downloads), so the code that
 * names what went wrong loads with the code that finds it, and the manifest's lookups (`catalogOf`)
 * with the code that checks it.
 */
import { ManifestError, PkError, type ManifestIssue } from '../errors.js';
import { catalogOf, type Catalog } from './catalog.js';
import { MAX_DOCUMENT_CHARS } from './limits.js';
import type { Manifest } from './types.js';
import { validateManifest } from './validate.js';
import { plural } from './wording.js';

/** A manifest that passed validation, as `loadManifest` resolves to it. */
export interface LoadedManifest {
  readonly manifest: Manifest;
  /** Its lookups (`catalogOf(manifest)`), built once when it was accepted. */
  readonly catalog: Catalog;
  readonly warnings: readonly ManifestIssue[];
  /** Where it came from: the absolute URL, `inline` or `property`. */
  readonly source: string;
  /** The server's ETag of the version read from a URL, when it sent one (for a conditional save). */
  readonly etag?: string;
}

/** UTF-8 takes at most 3 bytes per UTF-16 unit: a larger body cannot be within the text limit. */
const MAX_BODY_BYTES = 3 * MAX_DOCUMENT_CHARS;

/**
 * The manifest in a server's answer: `manifest-fetch` for a body declared larger than any manifest
 * (refused before it is read), `manifest-http` for an answer other than 2xx, else as `acceptManifest`.
 */
export async function manifestFromResponse(response: Response, url: string): Promise<LoadedManifest> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) {
    await response.body?.cancel();
    throw new PkError('manifest-fetch', `${url} is ${declared} bytes; a manifest may hold ${MAX_DOCUMENT_CHARS / 1024 / 1024} MB of text`, { source: url });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new PkError('manifest-http', `${url} answered ${`${response.status} ${response.statusText}`.trim()}`, { source: url });
  }
  const etag = response.headers.get('ETag');
  const loaded = acceptManifest(await response.text(), url);
  return etag ? { ...loaded, etag } : loaded;
}

/**
 * The validated manifest of `input` (JSON text or a parsed value) from `source`, or a
 * `ManifestError`: `manifest-parse` (not JSON) or `manifest-invalid` (every problem in `issues`).
 */
export function acceptManifest(input: unknown, source: string): LoadedManifest {
  const result = validateManifest(input);
  if (result.ok) return { manifest: result.manifest, catalog: catalogOf(result.manifest), warnings: result.warnings, source };
  const [first] = result.errors;
  if (first?.code === 'invalid-json') {
    throw new ManifestError('manifest-parse', first.message, { source, issues: result.errors });
  }
  throw new ManifestError('manifest-invalid', `the manifest has ${plural(result.errors.length, 'problem')}`, { source, issues: result.errors });
}
