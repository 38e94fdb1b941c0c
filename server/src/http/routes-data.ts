/**
 * What the views read (ratings, teams), export and erasure. Each route says who may
 * call it before it reads anything.
 */
import type { Hono } from 'hono';
import { validateTeam } from '../../../src/core/manifest/validate-team.js';
import { mayReadTeam } from '../auth/identity.js';
import { ratingsDocument, readRatingsQuery } from '../aggregates/ratings-document.js';
import { putTeam, teamDocument } from '../aggregates/teams.js';
import { eraseLearner } from '../privacy/erase.js';
import { exportEvents, readSince } from '../privacy/export.js';
import { forbidden, jsonBody, limitBody, needsLdOps, type Deps, type Env } from './app.js';
import { refuse } from './problems.js';

export function dataRoutes(app: Hono<Env>, deps: Deps): void {
  app.get('/v1/ratings', async (c) => {
    const denied = needsLdOps(c, 'reading ratings');
    if (denied) return denied;
    const query = readRatingsQuery(c.req.query(), new Date().toISOString().slice(0, 10));
    if (!query.ok) return refuse(c, 400, 'invalid-query', 'the query is not valid', { problems: query.problems });
    const manifest = (await deps.manifests.latest())?.manifest;
    c.header('Cache-Control', 'private, no-cache');
    return c.json(await ratingsDocument(deps.store, { ...query.value, manifest, minGroup: deps.minGroup }));
  });

  app.get('/v1/teams/:manager', async (c) => {
    const manager = c.req.param('manager');
    if (!mayReadTeam(c.get('identity'), manager)) return forbidden(c, 'a manager reads only their own team');
    const team = await teamDocument(deps.store, deps.pseudonymise(manager));
    if (!team) return refuse(c, 404, 'not-found', 'no team is stored for this manager');
    c.header('Cache-Control', 'private, no-cache');
    return c.json(team);
  });

  app.put('/v1/teams/:manager', limitBody(2 * 1024 * 1024, 'a team'), async (c) => {
    const denied = needsLdOps(c, 'storing a team') ?? jsonBody(c);
    if (denied) return denied;
    const manifest = (await deps.manifests.latest())?.manifest;
    if (!manifest) return refuse(c, 409, 'no-manifest', 'store a manifest first: a team refers to its courses and pathways');
    const checked = validateTeam(await c.req.text(), manifest);
    if (!checked.ok) return refuse(c, 422, 'invalid-team', 'the team is not valid', { problems: checked.errors });
    await putTeam(deps.store, deps.pseudonymise(c.req.param('manager')), checked.value, deps.pseudonymise);
    return c.body(null, 204);
  });

  app.get('/v1/export', async (c) => {
    const denied = needsLdOps(c, 'exporting events');
    if (denied) return denied;
    const since = readSince(c.req.query('since'));
    if (since === null) return refuse(c, 400, 'invalid-query', 'since: expected an ISO 8601 date or date-time', { problems: [{ path: 'since', message: 'expected an ISO 8601 date or date-time' }] });
    return new Response(exportEvents(deps.store, since), {
      headers: { 'Content-Type': 'application/x-ndjson', 'Cache-Control': 'no-store' },
    });
  });

  app.delete('/v1/learners/:id', async (c) => {
    const denied = needsLdOps(c, 'erasing a learner');
    if (denied) return denied;
    return c.json(await eraseLearner(deps.store, deps.pseudonymise(c.req.param('id'))));
  });
}
