/**
 * A real HTTP endpoint inside the test runner's dev server (Koa middleware), so delivery tests talk
 * to a server over the network instead of a stubbed `fetch`.
 *
 *   POST /__endpoint/<bucket>[/statements]   receive a batch (answers with the scripted fault, if any)
 *   POST /__endpoint/<bucket>/__script       queue faults, one per request in arrival order:
 *                                            [{ status, headers, delayMs, body, abort, destroy, times }, …]
 *                                            `abort` breaks the connection with an unusable answer, so
 *                                            the client sees a network error (offline, refused);
 *                                            `destroy` closes the socket with no answer at all, which
 *                                            Chrome may silently resend on another connection;
 *                                            `delayMs` answers late (past a client timeout);
 *                                            `times` repeats the fault for that many requests;
 *                                            `declaredLength` sends that Content-Length, then
 *                                            the body, then closes (a body too large to read).
 *   POST /__endpoint/<bucket>/__reject       refuse, on every request, the events with these ids:
 *                                            [{ id, status, body }, …] (any request carrying one of
 *                                            them gets that answer)
 *   GET  /__endpoint/<bucket>/__received     every request received so far, in arrival order:
 *                                            { method, path, query, headers, body, bytes, ids,
 *                                              at, status, answered }
 *                                            `ids` are the event ids in the body (json `events[].id`
 *                                            or xAPI statement ids); `bytes` the body size;
 *                                            `status` what the endpoint answered (0 for a destroyed
 *                                            socket); `answered` false when the client was gone
 *                                            before the answer (timeout, destroyed socket).
 *   POST /__endpoint/<bucket>/__serve        documents to answer GETs below the bucket with, by path:
 *                                            { "v1/ratings": { status, headers, body }, … }
 *                                            (a scripted fault still answers first)
 *   POST /__endpoint/<bucket>/__reset        forget requests, faults and documents
 *
 * Buckets keep concurrently running test files (and tests) apart.
 */
import { readBody } from './read-body.mjs';

const PREFIX = '/__endpoint/';

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Event ids in a json batch (`{ events: [...] }`) or an xAPI statement array. */
function idsIn(body) {
  const items = Array.isArray(body) ? body : Array.isArray(body?.events) ? body.events : [];
  return items.map((item) => item?.id).filter((id) => typeof id === 'string');
}

/** The next scripted fault; a fault with `times` stays at the head until used up. */
function nextFault(state) {
  const fault = state.script[0];
  if (!fault) return undefined;
  if ((fault.times ?? 1) <= 1) state.script.shift();
  else fault.times -= 1;
  return fault;
}

export function testEndpoint() {
  /** @type {Map<string, { received: object[], script: object[], rejects: Map<string, object>, documents: Map<string, object> }>} */
  const buckets = new Map();
  const bucket = (name) => {
    if (!buckets.has(name)) buckets.set(name, { received: [], script: [], rejects: new Map(), documents: new Map() });
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
      state.script.push(...parse((await readBody(ctx.req)).toString('utf8')));
      ctx.status = 204;
      return;
    }
    if (action === '__reject') {
      for (const rule of parse((await readBody(ctx.req)).toString('utf8'))) state.rejects.set(rule.id, rule);
      ctx.status = 204;
      return;
    }
    if (action === '__serve') {
      for (const [path, answer] of Object.entries(parse((await readBody(ctx.req)).toString('utf8')))) state.documents.set(path, answer);
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      return;
    }

    const raw = await readBody(ctx.req);
    const body = parse(raw.toString('utf8'));
    const ids = idsIn(body);
    const record = {
      method: ctx.method,
      path: ctx.path,
      query: ctx.querystring,
      headers: ctx.headers,
      body,
      bytes: raw.length,
      ids,
      at: Date.now(),
      status: 0,
      answered: false,
    };
    state.received.push(record);

    const fault =
      nextFault(state) ?? ids.map((id) => state.rejects.get(id)).find(Boolean) ?? (ctx.method === 'GET' ? state.documents.get(action) : undefined);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.abort || fault?.destroy || ctx.req.socket.destroyed) {
      // No usable answer goes out; the status only keeps the runner from logging a 404.
      ctx.respond = false;
      ctx.status = 204;
      if (fault?.abort) ctx.req.socket.end('BROKEN\r\n\r\n');
      else ctx.req.socket.destroy();
      return;
    }
    if (fault?.declaredLength) {
      ctx.respond = false;
      ctx.status = 200;
      ctx.res.writeHead(fault.status ?? 200, { 'content-type': 'application/json', 'content-length': String(fault.declaredLength) });
      ctx.res.write(fault.body ?? '');
      setTimeout(() => ctx.res.destroy(), 100);
      record.status = fault.status ?? 200;
      record.answered = true;
      return;
    }
    ctx.status = fault?.status ?? 200;
    for (const [key, value] of Object.entries(fault?.headers ?? {})) ctx.set(key, String(value));
    ctx.body = fault?.body ?? { ok: true };
    record.status = ctx.status;
    record.answered = true;
  };
}
