import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';

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
 */
interface Received {
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
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
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

export function demoEndpoint(): Plugin {
  const received: Received[] = [];
  const streams = new Set<ServerResponse>();
  let fault: Fault = 'none';

  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
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
