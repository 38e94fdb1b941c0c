import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { validateManifest } from '../src/core/manifest/validate.js';
import { aggregateRatings, type AggregateOptions } from '../src/core/procurement/aggregate.js';

/**
 * The demo's local endpoint, a Vite dev-server middleware standing in for an LMS or an xAPI
 * Learning Record Store:
 *
 *   POST /api/events               a batch of events (json format)
 *   POST /api/events/statements    xAPI statements (xapi format)
 *   GET  /api/events               everything received so far
 *   GET  /api/events/stream        the same, live, as server-sent events
 *   POST /api/events/fault         { "mode": "none" | "offline" | "error" | "unauthorized" }:
 *                                  make the endpoint fail, to watch the outbox keep and retry events
 *   GET  /api/ratings              the ratings aggregate <pk-relevance-report src="…"> reads: the
 *                                  manifest's course ratings (the LMS's history) as the earlier
 *                                  window, plus every json rating event received, computed by the
 *                                  same `aggregateRatings` the element uses
 */
/** One event as the endpoint received it, and as the page's panel shows it. */
export interface Received {
  receivedAt: string;
  format: 'json' | 'xapi';
  id?: string;
  type?: string;
  payload: unknown;
}

type Fault = 'none' | 'offline' | 'error' | 'unauthorized';

const FAULT_STATUS: Record<Exclude<Fault, 'none'>, number> = { offline: 503, error: 500, unauthorized: 401 };

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder();
    let text = '';
    req.on('data', (chunk: Uint8Array) => (text += decoder.decode(chunk, { stream: true })));
    req.on('end', () => {
      try {
        resolve(JSON.parse(text + decoder.decode() || 'null'));
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  if (body === undefined) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

/** One received item per event or statement, whatever the batch shape. */
function unpack(format: Received['format'], body: unknown): Received[] {
  const items = Array.isArray(body)
    ? body
    : body && typeof body === 'object' && Array.isArray((body as { events?: unknown }).events)
      ? (body as { events: unknown[] }).events
      : [body];
  const receivedAt = new Date().toISOString();
  return items.map((item) => {
    const record = (item ?? {}) as { id?: string; type?: string; verb?: { id?: string } };
    return { receivedAt, format, id: record.id, type: record.type ?? record.verb?.id, payload: item };
  });
}

export interface DemoEndpointOptions {
  /** Ratings from before the demo, per course (the demo manifest's courses). */
  baseline: AggregateOptions['baseline'];
}

/** The endpoint's routes, with their own memory of what was received. */
export function demoMiddleware({ baseline }: DemoEndpointOptions): Connect.NextHandleFunction {
  const received: Received[] = [];
  const streams = new Set<ServerResponse>();
  let fault: Fault = 'none';

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/ratings' && req.method === 'GET') {
      const events = received.filter((item) => item.format === 'json').map((item) => item.payload);
      return send(res, 200, aggregateRatings(events, { baseline }).aggregate);
    }
    if (!url.pathname.startsWith('/api/events')) return next();
    const route = `${req.method} ${url.pathname}`;

    if (route === 'GET /api/events') return send(res, 200, received);
    if (route === 'GET /api/events/stream') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
      res.write(`event: snapshot\ndata: ${JSON.stringify({ received, fault })}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (route === 'POST /api/events/fault') {
      readJson(req).then(
        (body) => {
          const mode = (body as { mode?: Fault } | null)?.mode ?? 'none';
          fault = mode in FAULT_STATUS ? mode : 'none';
          for (const stream of streams) stream.write(`event: fault\ndata: ${JSON.stringify({ fault })}\n\n`);
          send(res, 200, { fault });
        },
        () => send(res, 400, { error: 'expected JSON' }),
      );
      return;
    }
    if (req.method === 'POST' && (url.pathname === '/api/events' || url.pathname === '/api/events/statements')) {
      if (fault !== 'none') return send(res, FAULT_STATUS[fault], { error: `simulated ${fault}` });
      const format = url.pathname.endsWith('/statements') ? 'xapi' : 'json';
      readJson(req).then(
        (body) => {
          const items = unpack(format, body);
          received.push(...items);
          for (const stream of streams) stream.write(`event: received\ndata: ${JSON.stringify(items)}\n\n`);
          // An LRS answers a statement batch with the list of statement ids it stored.
          send(res, 200, format === 'xapi' ? items.map((item) => item.id) : { accepted: items.length });
        },
        () => send(res, 400, { error: 'expected a JSON body' }),
      );
      return;
    }
    send(res, 405, { error: `${route} is not supported` });
  };
}

/**
 * The demo manifest's courses, read when the server starts. Node's modules are reached through
 * `process.getBuiltinModule`, not imported, so the browser tests can load this file.
 */
function demoCourses(): AggregateOptions['baseline'] {
  const { readFileSync } = process.getBuiltinModule('node:fs');
  const result = validateManifest(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`demo/manifest.json is not valid: ${result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
  return result.manifest.courses;
}

export function demoEndpoint(): Plugin {
  const middleware = demoMiddleware({ baseline: demoCourses() });
  return {
    name: 'purpose-kit:demo-endpoint',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
