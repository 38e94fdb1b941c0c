/**
 * A real HTTP endpoint inside the test runner's dev server (Koa middleware), so delivery tests talk
 * to a server over the network instead of a stubbed `fetch`.
 *
 *   POST /__endpoint/<bucket>[/statements]   receive a batch (answers with the scripted fault, if any)
 *   POST /__endpoint/<bucket>/__script       queue faults: [{ status, headers, delayMs, body }, …]
 *   GET  /__endpoint/<bucket>/__received     every request received so far (method, path, headers, body)
 *   POST /__endpoint/<bucket>/__reset        forget requests and faults
 *
 * Buckets keep concurrently running test files apart.
 */
const PREFIX = '/__endpoint/';

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function testEndpoint() {
  /** @type {Map<string, { received: object[], script: object[] }>} */
  const buckets = new Map();
  const bucket = (name) => {
    if (!buckets.has(name)) buckets.set(name, { received: [], script: [] });
    return buckets.get(name);
  };

  return async function endpoint(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [name, ...rest] = ctx.path.slice(PREFIX.length).split('/');
    const state = bucket(name);
    const action = rest.join('/');

    if (action === '__received') {
      ctx.body = state.received;
      return;
    }
    if (action === '__reset') {
      buckets.delete(name);
      ctx.status = 204;
      return;
    }
    if (action === '__script') {
      state.script.push(...parse(await readBody(ctx.req)));
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      return;
    }

    const body = await readBody(ctx.req);
    state.received.push({
      method: ctx.method,
      path: ctx.path,
      headers: ctx.headers,
      body: parse(body),
      at: Date.now(),
    });
    const fault = state.script.shift();
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.destroy) {
      ctx.req.socket.destroy();
      return;
    }
    ctx.status = fault?.status ?? 200;
    for (const [key, value] of Object.entries(fault?.headers ?? {})) ctx.set(key, String(value));
    ctx.body = fault?.body ?? { ok: true };
  };
}
