/**
 * The collector's HTTP API (Hono, web-standard Request/Response). Authorisation is decided per
 * route before any data is read; every refusal is a precise 4xx in JSON; the store failing is a
 * 503 with Retry-After, so the elements' outbox keeps the events and retries.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { AuthError, isLdOps, type Authenticate, type Identity } from '../auth/identity.js';
import type { ManifestStore } from '../manifest/manifest-store.js';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Store } from '../store/store.js';
import { refuse } from './problems.js';
import { RateLimit } from './rate-limit.js';
import { dataRoutes } from './routes-data.js';
import { endorsementRoutes } from './routes-endorsements.js';
import { eventRoutes } from './routes-events.js';
import { manifestRoutes } from './routes-manifest.js';
import { lrsRoutes, type LrsLink } from '../lrs/routes.js';
import { workforceRoutes } from '../workforce/routes.js';

export interface AppOptions {
  store: Store;
  manifests: ManifestStore;
  pseudonymise: Pseudonymise;
  authenticate: Authenticate;
  /** Origins allowed to call from a browser (CORS); none by default (same origin only). */
  allowedOrigins: readonly string[];
  /** Aggregates over fewer people are not published. */
  minGroup: number;
  /** Requests per minute per caller; 0: no limit. */
  rateLimit: number;
  /** One line per request, with the route's pattern (never an id from the path), status and time. */
  log?: (line: string) => void;
  /** The LRS link (`--lrs`): events queued in the ingest transaction, its health, its routes. */
  lrs?: LrsLink;
}

export type Env = { Variables: { identity: Identity } };
export type Deps = AppOptions;

export function createApp(options: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const limit = new RateLimit(options.rateLimit);

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    options.log?.(`${c.req.method} ${c.req.routePath} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });
  app.use(secureHeaders({ crossOriginResourcePolicy: false }));
  app.use(
    cors({
      origin: (origin) => (options.allowedOrigins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Retry-After'],
      credentials: true,
      maxAge: 600,
    }),
  );

  // Healthy only when the store answers: a load balancer must stop sending events to a collector that cannot keep them.
  app.get('/healthz', async (c) => {
    try {
      await options.store.query('select 1');
      return c.json({ status: 'ok', storage: options.store.kind, ...(options.lrs && { lrs: await options.lrs.health() }) });
    } catch {
      c.header('Retry-After', '5');
      return c.json({ status: 'unavailable', storage: options.store.kind }, 503);
    }
  });

  app.use('/v1/*', async (c, next) => {
    let identity: Identity | undefined;
    try {
      identity = await options.authenticate(c.req.raw.headers);
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
      return refuse(c, 401, 'unauthenticated', error.message);
    }
    if (!identity && !isPublic(c)) {
      c.header('WWW-Authenticate', 'Bearer');
      return refuse(c, 401, 'unauthenticated', 'sign in first: send a bearer token from the identity provider');
    }
    if (identity) c.set('identity', identity);
    const wait = limit.take(identity?.subject ?? clientAddress(c));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return refuse(c, 429, 'rate-limited', `too many requests; try again in ${wait} s`);
    }
    return next();
  });

  eventRoutes(app, options);
  dataRoutes(app, options);
  endorsementRoutes(app, options);
  manifestRoutes(app, options);
  lrsRoutes(app, options);
  workforceRoutes(app, options);

  app.notFound((c) => refuse(c, 404, 'not-found', `no route ${c.req.method} ${new URL(c.req.url).pathname}`));
  app.onError((error, c) => {
    console.error(`[purpose-kit-server] ${c.req.method} ${c.req.routePath}: ${error instanceof Error ? error.message : String(error)}`);
    c.header('Retry-After', '5');
    return refuse(c, 503, 'unavailable', 'the collector could not complete the request; nothing was stored; try again');
  });
  return app;
}

/** The manifest is what every learner's page shows; it is readable without signing in. */
function isPublic(c: Context): boolean {
  return c.req.method === 'GET' && new URL(c.req.url).pathname === '/v1/manifest';
}

function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** 415 unless the body is JSON. */
export function jsonBody(c: Context): Response | undefined {
  const type = c.req.header('content-type') ?? '';
  if (/^application\/(.+\+)?json\s*(;|$)/i.test(type)) return undefined;
  return refuse(c, 415, 'unsupported-media-type', `expected Content-Type: application/json, got ${type ? JSON.stringify(type) : 'none'}`);
}

/** 413 for a body over `bytes`, before it is read whole. */
export const limitBody = (bytes: number, what: string) =>
  bodyLimit({
    maxSize: bytes,
    onError: (c) => {
      // The rest of the body is never read, so the connection cannot carry another request.
      c.header('Connection', 'close');
      return refuse(c, 413, 'too-large', `${what} must be at most ${bytes / 1024 / 1024} MiB`);
    },
  });

/** 403 unless the caller holds the ld-ops role (or the admin token); undefined when they may go on. */
export const needsLdOps = (c: Context<Env>, what: string): Response | undefined =>
  isLdOps(c.get('identity')) ? undefined : forbidden(c, `${what} needs the ld-ops role`);

export function forbidden(c: Context, message: string): Response {
  return refuse(c, 403, 'forbidden', message);
}
