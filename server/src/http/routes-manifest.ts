/**
 * The manifest: read by every page (`GET`, with ETag so a browser revalidates cheaply), written by
 * L&D operations (`PUT` with If-Match: a stale write is a 412 that carries the current version, so
 * nothing is lost), earlier versions listed and readable.
 */
import type { Context, Hono } from 'hono';
import type { ManifestVersion } from '../manifest/manifest-store.js';
import { jsonBody, limitBody, needsLdOps, type Deps, type Env } from './app.js';
import { refuse } from './problems.js';
import { manifestWithUsage } from '../lrs/routes.js';

export function manifestRoutes(app: Hono<Env>, deps: Deps): void {
  app.get('/v1/manifest', async (c) => {
    if (c.req.query('usage') === 'collector') return manifestWithUsage(c, deps);
    const latest = await deps.manifests.latest();
    if (!latest) return refuse(c, 404, 'not-found', 'no manifest is stored yet: start with --manifest FILE or PUT one');
    return manifestResponse(c, latest);
  });

  app.put('/v1/manifest', limitBody(12 * 1024 * 1024, 'a manifest'), async (c) => {
    const denied = needsLdOps(c, 'writing the manifest') ?? jsonBody(c);
    if (denied) return denied;
    const identity = c.get('identity');
    const result = await deps.manifests.put(await c.req.text(), c.req.header('if-match'), identity.subject ?? identity.via);
    if (result.ok) {
      c.header('ETag', result.version.etag);
      c.header('Location', `/v1/manifest/versions/${result.version.version}`);
      return c.json({ version: result.version.version, etag: result.version.etag }, result.version.version === 1 ? 201 : 200);
    }
    if (result.reason === 'invalid') {
      return refuse(c, 422, 'invalid-manifest', `the manifest has ${result.errors.length} error(s); nothing was stored`, {
        problems: result.errors.map(({ path, code, message }) => ({ path, code, message })),
      });
    }
    if (result.current) c.header('ETag', result.current.etag);
    const current = result.current && { version: result.current.version, etag: result.current.etag, manifest: JSON.parse(result.current.body) };
    if (result.reason === 'precondition-required') {
      return refuse(c, 428, 'precondition-required', 'send If-Match with the ETag of the version you edited', { current });
    }
    return refuse(c, 412, 'conflict', 'the manifest changed since you read it; your version was not stored. Merge with the current one and try again', { current });
  });

  app.get('/v1/manifest/versions', async (c) => {
    const denied = needsLdOps(c, 'reading the manifest versions');
    if (denied) return denied;
    return c.json({ versions: await deps.manifests.list() });
  });

  app.get('/v1/manifest/versions/:version', async (c) => {
    const denied = needsLdOps(c, 'reading the manifest versions');
    if (denied) return denied;
    const number = Number(c.req.param('version'));
    const version = Number.isInteger(number) && number > 0 ? await deps.manifests.version(number) : undefined;
    if (!version) return refuse(c, 404, 'not-found', `no manifest version ${c.req.param('version')}`);
    return manifestResponse(c, version);
  });
}

function manifestResponse(c: Context, version: ManifestVersion): Response {
  c.header('ETag', version.etag);
  c.header('Cache-Control', 'no-cache');
  const seen = c.req.header('if-none-match');
  if (seen && seen.split(',').some((tag) => tag.trim().replace(/^W\//, '') === version.etag)) return c.body(null, 304);
  return c.body(version.body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
}
