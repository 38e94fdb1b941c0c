/**
 * A stand-in for the collector's manifest and inbox routes, for Storybook only: Storybook is
 * static files with no server, and the studio's saved, conflict and inbox states need one. It
 * intercepts `fetch` for URLs below `/storybook-collector/` and keeps one manifest with a version
 * and an ETag (a PUT without the current ETag is a 412 carrying the current version, as the real
 * collector answers) and an inbox. The studio's tests never use it: they run against the real
 * collector (test/elements/manifest-studio/collector.test.ts).
 */
export const STORY_COLLECTOR = '/storybook-collector';

interface Stored {
  version: number;
  manifest: unknown;
  inbox: object[];
}

let stored: Stored | undefined;
const original = globalThis.fetch.bind(globalThis);
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const etag = () => `"v${stored!.version}"`;

/** Starts the stand-in afresh with `manifest` as version 1 and `inbox` waiting. */
export function storyCollector(manifest: unknown, inbox: object[] = []): void {
  stored = { version: 1, manifest, inbox };
}

/** Someone else saves: the next save of a studio that read version 1 meets a conflict. */
export function saveElsewhere(change: (manifest: any) => void): void {
  const manifest = structuredClone(stored!.manifest);
  change(manifest);
  stored = { ...stored!, version: stored!.version + 1, manifest };
}

globalThis.fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith(`${STORY_COLLECTOR}/v1/`) || !stored) return original(input, init);
  const route = url.pathname.slice(STORY_COLLECTOR.length + 4);
  const method = (init.method ?? 'GET').toUpperCase();
  if (route === 'manifest' && method === 'GET') return json(stored.manifest, 200, { ETag: etag() });
  if (route === 'manifest' && method === 'PUT') {
    if (new Headers(init.headers).get('If-Match') !== etag()) {
      return json({ title: 'conflict', current: { version: stored.version, etag: etag(), manifest: stored.manifest } }, 412);
    }
    stored = { ...stored, version: stored.version + 1, manifest: JSON.parse(String(init.body)) };
    return json({ version: stored.version, etag: etag() }, 200, { ETag: etag() });
  }
  if (route === 'endorsements/inbox') return json({ endorsements: stored.inbox });
  const dismissed = /^endorsements\/inbox\/([^/]+)\/dismiss$/.exec(route);
  if (dismissed && method === 'POST') {
    stored = { ...stored, inbox: stored.inbox.filter((entry) => (entry as { id: string }).id !== decodeURIComponent(dismissed[1]!)) };
    return new Response(null, { status: 204 });
  }
  return json({ title: 'not found' }, 404);
};
