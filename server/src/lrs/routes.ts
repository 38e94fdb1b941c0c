/**
 * The LRS routes (ld-ops): the dead letters (listed; put back in the queue once the cause is
 * fixed), a pull on demand (what `purpose-kit-server sync` asks a running server on a PGlite data
 * directory to do), and the usage document the content audit reads.
 */
import type { Context, Hono } from 'hono';
import { needsLdOps, type Deps, type Env } from '../http/app.js';
import { refuse } from '../http/problems.js';
import type { AfterStore } from '../ingest/ingest.js';
import type { ForwardHealth } from './queue.js';
import { listDeadLetters, requeueDeadLetters } from './queue.js';
import { DEFAULT_USAGE_WINDOW_DAYS, MAX_USAGE_WINDOW_DAYS, usageDocument, withUsage } from './usage.js';

export interface SyncSummary {
  statements: number;
  events: number;
  lms: number;
  skipped: number;
  cursor: string | null;
}

export interface LrsLink {
  /** Queues the statements of the events an ingest stored, in its transaction. */
  afterStore: AfterStore;
  /** Called after an ingest with new events committed: the forwarder sends them now. */
  stored(): void;
  health(): Promise<ForwardHealth>;
  /** Pulls from the LRS now (from `since`, else the stored cursor). */
  sync(since?: string): Promise<SyncSummary>;
}

export function lrsRoutes(app: Hono<Env>, deps: Deps): void {
  app.get('/v1/usage', async (c) => {
    const denied = needsLdOps(c, 'reading usage');
    if (denied) return denied;
    const windowDays = readWindowDays(c.req.query('windowDays'));
    if (windowDays === undefined) return refuse(c, 400, 'invalid-query', 'the query is not valid', { problems: [WINDOW_PROBLEM] });
    c.header('Cache-Control', 'private, no-cache');
    return c.json(await usageDocument(deps.store, { windowDays, minGroup: deps.minGroup }));
  });

  app.get('/v1/lrs/dead-letters', async (c) => {
    const denied = needsLdOps(c, 'reading the LRS dead letters');
    if (denied) return denied;
    return c.json({ deadLetters: await listDeadLetters(deps.store) });
  });

  app.post('/v1/lrs/dead-letters/requeue', async (c) => {
    const denied = needsLdOps(c, 're-queueing the LRS dead letters');
    if (denied) return denied;
    const requeued = await requeueDeadLetters(deps.store);
    if (requeued > 0) deps.lrs?.stored();
    return c.json({ requeued });
  });

  app.post('/v1/lrs/sync', async (c) => {
    const denied = needsLdOps(c, 'pulling from the LRS');
    if (denied) return denied;
    if (!deps.lrs) return refuse(c, 409, 'no-lrs', 'this collector was started without --lrs');
    const since = c.req.query('since');
    if (since !== undefined && Number.isNaN(Date.parse(since))) {
      return refuse(c, 400, 'invalid-query', 'since: expected an ISO 8601 date-time', { problems: [{ path: 'since', message: 'expected an ISO 8601 date-time' }] });
    }
    try {
      return c.json(await deps.lrs.sync(since));
    } catch (error) {
      return refuse(c, 502, 'lrs-failed', `the pull from the LRS failed: ${(error as Error).message}`);
    }
  });
}

const WINDOW_PROBLEM = { path: 'windowDays', message: `expected a whole number from 1 to ${MAX_USAGE_WINDOW_DAYS}` };

function readWindowDays(value: string | undefined): number | undefined {
  if (value === undefined) return DEFAULT_USAGE_WINDOW_DAYS;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= MAX_USAGE_WINDOW_DAYS ? number : undefined;
}

/**
 * `GET /v1/manifest?usage=collector` (ld-ops): the latest manifest with each course's `usage` from
 * the collector, so `<pk-content-audit>` audits what the LMS reports; no ETag (it changes with every pull).
 */
export async function manifestWithUsage(c: Context<Env>, deps: Deps): Promise<Response> {
  // The plain manifest is public, so this route is reached without signing in.
  if (!c.get('identity')) return refuse(c, 401, 'unauthenticated', 'the manifest with usage needs the ld-ops role: sign in first');
  const denied = needsLdOps(c, 'reading the manifest with usage');
  if (denied) return denied;
  const windowDays = readWindowDays(c.req.query('windowDays'));
  if (windowDays === undefined) return refuse(c, 400, 'invalid-query', 'the query is not valid', { problems: [WINDOW_PROBLEM] });
  const latest = await deps.manifests.latest();
  if (!latest) return refuse(c, 404, 'not-found', 'no manifest is stored yet: start with --manifest FILE or PUT one');
  c.header('Cache-Control', 'private, no-cache');
  return c.json(withUsage(latest.manifest, await usageDocument(deps.store, { windowDays, minGroup: deps.minGroup })));
}
