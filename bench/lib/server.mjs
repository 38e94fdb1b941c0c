/**
 * The benchmark's local web server (node:http): the built files, the benchmark page, and the
 * event endpoint of scenario 5, which counts requests and events and can refuse them (503 with
 * Retry-After) while the outbox is being filled.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
export const ENDPOINT_PATH = '/events';

/** What the endpoint received since the last `reset()`. */
class Endpoint {
  accepting = true;
  requests = 0;
  events = 0;
  ids = new Set();

  reset() {
    this.requests = 0;
    this.events = 0;
    this.ids = new Set();
  }

  receive(body) {
    this.requests += 1;
    if (!this.accepting) return { status: 503, headers: { 'Retry-After': '300' } };
    const { events } = JSON.parse(body);
    this.events += events.length;
    for (const event of events) this.ids.add(event.id);
    return { status: 200, headers: {} };
  }
}

/**
 * @param {Record<string, string>} mounts URL prefix → directory, e.g. `{ '/cdn/': 'dist/cdn' }`
 * @param {string} page the HTML file served at `/`
 */
export async function startServer(mounts, page) {
  const endpoint = new Endpoint();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname === ENDPOINT_PATH && request.method === 'POST') {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const { status, headers } = endpoint.receive(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(status, headers).end();
      return;
    }
    const file = fileFor(url.pathname, mounts, page);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    endpoint,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function fileFor(pathname, mounts, page) {
  if (pathname === '/') return page;
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
    if (!relative.startsWith('..')) return join(dir, relative);
  }
  return '';
}
