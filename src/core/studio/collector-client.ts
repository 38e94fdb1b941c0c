/**
 * The studio's requests to the collector: the manifest with its ETag, a save with `If-Match`, the
 * endorsement inbox and its dismissals. Each answer the collector documents becomes a typed
 * result; anything else becomes a `PkError` saying what failed and where. The page's `headers()`
 * callback goes with these requests only when they are the collector's (`fetch-text.ts`).
 */
import { PkError, type ManifestIssue } from '../errors.js';
import { collectorHeaders, type FetchSettings } from '../fetch-text.js';
import type { Endorsement } from '../manifest/types.js';
import { safeUrl, urlProblem } from '../url.js';

export interface VersionTag {
  readonly version: number;
  readonly etag: string;
}

export type SaveResult =
  | ({ readonly status: 'saved' } & VersionTag)
  /** Someone saved first: `current` is their version, with its manifest as JSON. */
  | { readonly status: 'conflict'; readonly current: VersionTag & { readonly manifest: unknown } }
  | { readonly status: 'invalid'; readonly problems: readonly ManifestIssue[] };

/** An endorsement an expert sent, waiting in the collector's inbox. */
export interface InboxEndorsement extends Endorsement {
  /** The manifest knows its course and pillar (otherwise accepting it would make the manifest invalid). */
  readonly courseKnown: boolean;
  readonly pillarKnown: boolean;
}

async function request(url: string, settings: FetchSettings, init: RequestInit = {}): Promise<Response> {
  const resolved = safeUrl(url);
  if (!resolved) throw new PkError('config-invalid', `could not reach ${url}: ${urlProblem(url)}`, { source: url });
  const headers = new Headers(await collectorHeaders(resolved, settings));
  headers.set('Accept', 'application/json, application/problem+json');
  for (const [name, value] of new Headers(init.headers)) headers.set(name, value);
  try {
    return await fetch(resolved, { ...init, headers, cache: 'no-store', credentials: settings.credentials ?? 'same-origin' });
  } catch (error) {
    throw new PkError('data-fetch', `could not reach ${resolved}: ${String(error)}`, { source: resolved, cause: error });
  }
}

async function problemOf(response: Response, what: string): Promise<PkError> {
  const body = (await response.json().catch(() => undefined)) as { detail?: string; title?: string } | undefined;
  const reason = body?.detail ?? body?.title ?? response.statusText;
  return new PkError('data-fetch', `${what}: ${response.url} answered HTTP ${response.status}${reason ? ` (${reason})` : ''}`, { source: response.url });
}

/** The manifest's JSON text and its ETag (none from a server that sends none). */
export async function readManifest(url: string, settings: FetchSettings): Promise<{ text: string; etag?: string }> {
  const response = await request(url, settings);
  if (!response.ok) throw await problemOf(response, 'could not read the manifest');
  const etag = response.headers.get('ETag') ?? undefined;
  return { text: await response.text(), ...(etag && { etag }) };
}

/** `PUT` of the manifest, conditional on `etag` (the version it was edited from). */
export async function saveManifest(url: string, manifest: unknown, etag: string | undefined, settings: FetchSettings): Promise<SaveResult> {
  const response = await request(url, settings, {
    method: 'PUT',
    body: JSON.stringify(manifest, null, 2),
    headers: { 'Content-Type': 'application/json', ...(etag && { 'If-Match': etag }) },
  });
  if (response.ok) {
    const saved = (await response.json()) as VersionTag;
    return { status: 'saved', version: saved.version, etag: response.headers.get('ETag') ?? saved.etag };
  }
  if (response.status === 412 || response.status === 428) {
    const body = (await response.json().catch(() => undefined)) as { current?: VersionTag & { manifest: unknown } } | undefined;
    if (body?.current) return { status: 'conflict', current: body.current };
  }
  if (response.status === 422) {
    const body = (await response.json().catch(() => undefined)) as { problems?: ManifestIssue[] } | undefined;
    return { status: 'invalid', problems: body?.problems ?? [] };
  }
  throw await problemOf(response, 'could not save the manifest');
}

export async function readInbox(url: string, settings: FetchSettings): Promise<InboxEndorsement[]> {
  const response = await request(url, settings);
  if (!response.ok) throw await problemOf(response, 'could not read the endorsement inbox');
  const body = (await response.json().catch(() => undefined)) as { endorsements?: unknown } | undefined;
  if (!Array.isArray(body?.endorsements)) throw new PkError('data-invalid', `the endorsement inbox from ${url} has no "endorsements" list`, { source: url });
  return body.endorsements as InboxEndorsement[];
}

export async function dismissEndorsement(url: string, settings: FetchSettings): Promise<void> {
  const response = await request(url, settings, { method: 'POST' });
  if (!response.ok) throw await problemOf(response, 'could not dismiss the endorsement');
}
