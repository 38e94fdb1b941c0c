/**
 * Real collectors for browser tests (Koa middleware in the test runner's dev server): each one is
 * `purpose-kit-server` started as its own process, the way an operator starts it, on PGlite in a
 * throw-away data directory, reached through this middleware so the test page talks to it on its
 * own origin (no CORS to arrange). Nothing here answers for the collector: every request goes to
 * the real server.
 *
 *   POST /__collector/start            { manifest } → { base: "/__collector/<id>" } once it listens;
 *                                      the manifest (if any) is stored as version 1
 *   ANY  /__collector/<id>/<route>     forwarded to that collector's /<route> (method, headers, body)
 *   POST /__collector/<id>/__stop      ends the process and removes its data directory
 *   POST /__collector/token            { subject, claims } → { token }: a JWT signed by the identity
 *                                      provider every collector here trusts (server/test/support/jwt.ts),
 *                                      e.g. claims { roles: ["ld-ops"] } for L&D operations, or
 *                                      { name, title } for an expert who sends endorsements
 *
 * Every process still running when the test runner exits is ended.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { readBody } from './read-body.mjs';

const PREFIX = '/__collector/';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../server/src/cli.ts', import.meta.url));
const EXIT_WITH_PARENT = new URL('./exit-with-parent.mjs', import.meta.url).href;
const READY = /purpose-kit-server listening on (http:\/\/\S+) /;
const FORWARDED_HEADERS = ['authorization', 'content-type', 'if-match', 'if-none-match', 'accept'];

/** The one identity provider of the test run, started on first use. */
let identityProvider;
const idp = () =>
  (identityProvider ??= tsImport('../../server/test/support/jwt.ts', import.meta.url).then(({ startIdentityProvider }) => startIdentityProvider()));

/** Starts one collector; resolves once it says where it listens. */
async function start(manifest) {
  const { jwksUrl, issuer, audience } = await idp();
  const dir = mkdtempSync(join(tmpdir(), 'pk-studio-collector-'));
  const args = ['--import', 'tsx', '--import', EXIT_WITH_PARENT, CLI, '--port', '0', '--quiet', '--data', join(dir, 'data'), '--min-group', '1'];
  if (manifest) {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    args.push('--manifest', join(dir, 'manifest.json'));
  }
  const env = { ...process.env, PK_SECRET: 'a-studio-test-secret-of-some-length', PK_JWKS_URL: jwksUrl, PK_JWT_ISSUER: issuer, PK_JWT_AUDIENCE: audience, PK_TEST_DIRECTORY: dir };
  delete env.DATABASE_URL;
  // stdin is a pipe from this process: when the test runner ends, however it ends, the collector does too.
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('did not listen within 60 s')), 60_000);
    const fail = (error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      reject(new Error(`purpose-kit-server ${error.message}\n${output}`));
    };
    child.stderr.setEncoding('utf8').on('data', (text) => (output += text));
    child.stdout.setEncoding('utf8').on('data', (text) => {
      output += text;
      const ready = READY.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      resolve({ child, dir, url: ready[1] });
    });
    child.once('exit', (code, signal) => fail(new Error(`ended before it listened (code ${code}, signal ${signal})`)));
  });
}

export function collectorProcesses() {
  /** @type {Map<string, { child: import('node:child_process').ChildProcess, dir: string, url: string }>} */
  const running = new Map();
  let next = 1;
  const stop = (id) => {
    const collector = running.get(id);
    if (!collector) return;
    running.delete(id);
    collector.child.removeAllListeners('exit');
    collector.child.kill('SIGTERM');
    collector.child.once('exit', () => rmSync(collector.dir, { recursive: true, force: true }));
  };
  process.once('exit', () => {
    void identityProvider?.then((provider) => provider.stop());
    for (const { child, dir } of running.values()) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  return async function collector(ctx, nextMiddleware) {
    if (!ctx.path.startsWith(PREFIX)) return nextMiddleware();
    const [id, ...rest] = ctx.path.slice(PREFIX.length).split('/');
    if (id === 'token' && ctx.method === 'POST') {
      const { subject, claims } = JSON.parse((await readBody(ctx.req)).toString('utf8'));
      ctx.body = { token: await (await idp()).token(subject, claims) };
      return;
    }
    if (id === 'start' && ctx.method === 'POST') {
      const body = (await readBody(ctx.req)).toString('utf8');
      const { manifest } = body ? JSON.parse(body) : {};
      const started = await start(manifest);
      const name = String(next++);
      started.child.once('exit', () => running.delete(name));
      running.set(name, started);
      ctx.body = { base: PREFIX + name };
      return;
    }
    const target = running.get(id);
    if (!target) {
      ctx.status = 404;
      ctx.body = { detail: `no collector ${id} is running` };
      return;
    }
    if (rest.join('/') === '__stop') {
      stop(id);
      ctx.status = 204;
      return;
    }
    const headers = {};
    for (const name of FORWARDED_HEADERS) if (ctx.get(name)) headers[name] = ctx.get(name);
    const body = ['GET', 'HEAD'].includes(ctx.method) ? undefined : await readBody(ctx.req);
    const answer = await fetch(`${target.url}/${rest.join('/')}${ctx.querystring ? `?${ctx.querystring}` : ''}`, { method: ctx.method, headers, body });
    ctx.status = answer.status;
    for (const name of ['content-type', 'etag', 'location', 'cache-control']) {
      const value = answer.headers.get(name);
      if (value) ctx.set(name, value);
    }
    const buffer = Buffer.from(await answer.arrayBuffer());
    if (answer.status !== 204 && answer.status !== 304) ctx.body = buffer;
  };
}
