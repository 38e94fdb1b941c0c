/**
 * Endorsements SMEs sent through the rater: listed for every signed-in reader (the rater shows
 * them), and as an inbox for L&D operations, who accept one by putting it into the manifest
 * (`PUT /v1/manifest`, same id) or dismiss it here.
 */
import type { Hono } from 'hono';
import { dismissEndorsement, endorsementsDocument, inboxDocument } from '../aggregates/endorsements.js';
import { needsLdOps, type Deps, type Env } from './app.js';
import { refuse } from './problems.js';

export function endorsementRoutes(app: Hono<Env>, deps: Deps): void {
  app.get('/v1/endorsements', async (c) => {
    const manifest = (await deps.manifests.latest())?.manifest;
    c.header('Cache-Control', 'private, no-cache');
    return c.json(await endorsementsDocument(deps.store, manifest));
  });

  app.get('/v1/endorsements/inbox', async (c) => {
    const denied = needsLdOps(c, 'reading the endorsement inbox');
    if (denied) return denied;
    const manifest = (await deps.manifests.latest())?.manifest;
    c.header('Cache-Control', 'private, no-cache');
    return c.json(await inboxDocument(deps.store, manifest));
  });

  app.post('/v1/endorsements/inbox/:id/dismiss', async (c) => {
    const denied = needsLdOps(c, 'dismissing an endorsement');
    if (denied) return denied;
    const id = c.req.param('id');
    const identity = c.get('identity');
    if (!(await dismissEndorsement(deps.store, id, identity.subject ?? identity.via))) {
      return refuse(c, 404, 'not-found', `no sent endorsement has the id ${JSON.stringify(id)} (ids look like "sent-<event id>")`);
    }
    return c.body(null, 204);
  });
}
