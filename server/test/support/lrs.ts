/**
 * A real Learning Record Store for the tests: Learning Locker's statement service (`xapi-statements`
 * 5.0.1) in memory, as its own process on a free port, and the validator that LRS uses
 * (`@learninglocker/xapi-validation` 4.0.0). Both are old and bring old dependencies, so they live
 * in `test/lrs/` with a lock file of their own; the first use on a fresh machine installs them
 * there (`npm ci --prefix test/lrs`).
 *
 * `stop()` then `start()` again keeps the port but not the statements (the store is memory): tests
 * that stop the LRS for a while read what reached it before and after from the LRS itself.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.js';

const FOLDER = fileURLToPath(new URL('../../../test/lrs/', import.meta.url));
const SERVER = `${FOLDER}node_modules/xapi-statements/dist/server.js`;
/** The LRS takes any Basic credentials; these are what the collector is given. */
export const LRS_KEY = 'test-key';
export const LRS_SECRET = 'test-secret';
export const XAPI_HEADERS = {
  'X-Experience-API-Version': '1.0.3',
  Authorization: `Basic ${Buffer.from(`${LRS_KEY}:${LRS_SECRET}`).toString('base64')}`,
};

/** Installs `test/lrs/` on first use: a fresh clone has its lock file but not its node_modules. */
export function installLrs(): void {
  if (existsSync(SERVER) && existsSync(`${FOLDER}node_modules/@learninglocker/xapi-validation`)) return;
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', FOLDER], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
}

export interface Lrs {
  /** The xAPI base, e.g. `http://127.0.0.1:PORT/xAPI` (statements at `${url}/statements`). */
  readonly url: string;
  /** Every statement the LRS holds, read page by page through its own `more` links. */
  statements(): Promise<Record<string, unknown>[]>;
  /** Posts statements as another client would (an LMS, another site); returns their ids. */
  post(statements: readonly object[]): Promise<string[]>;
  /** Stops the process (its statements are gone with it). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

export async function startLrs(): Promise<Lrs> {
  installLrs();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/xAPI`;
  let child: ChildProcess | undefined;
  let output = '';

  async function start(): Promise<void> {
    output = '';
    const env = { ...process.env, AUTH_REPO: 'test', MODELS_REPO: 'memory', STORAGE_REPO: 'memory', EVENTS_REPO: 'test', EXPRESS_PORT: String(port) };
    child = spawn(process.execPath, [SERVER], { cwd: FOLDER, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.setEncoding('utf8').on('data', (text: string) => (output += text));
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (output += text));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the LRS ended at start (exit ${child.exitCode}):\n${output}`);
      try {
        const response = await fetch(`${url}/about`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGKILL');
    throw new Error(`the LRS did not answer /xAPI/about within 30 s:\n${output}`);
  }

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const ended = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await ended;
  }

  async function statements(): Promise<Record<string, unknown>[]> {
    const all: Record<string, unknown>[] = [];
    let next: string | undefined = `${url}/statements?limit=100`;
    while (next) {
      const response: Response = await fetch(next, { headers: XAPI_HEADERS });
      if (!response.ok) throw new Error(`GET ${next}: ${response.status} ${await response.text()}`);
      const page = (await response.json()) as { statements: Record<string, unknown>[]; more?: string };
      all.push(...page.statements);
      next = page.more ? new URL(page.more, origin).href : undefined;
    }
    return all;
  }

  async function post(list: readonly object[]): Promise<string[]> {
    const response = await fetch(`${url}/statements`, {
      method: 'POST',
      headers: { ...XAPI_HEADERS, 'Content-Type': 'application/json' },
      body: JSON.stringify(list),
    });
    if (!response.ok) throw new Error(`POST statements: ${response.status} ${await response.text()}`);
    return (await response.json()) as string[];
  }

  await start();
  return { url, statements, post, stop, start };
}

/** Learning Locker's statement validator: the warnings it finds in `statement` (none: valid). */
export function validateStatement(statement: unknown): { path: string; message: string; data: unknown }[] {
  installLrs();
  const require = createRequire(FOLDER);
  const validate = (require('@learninglocker/xapi-validation') as { default: (s: unknown) => { path: string[]; message: string; data: unknown; typeName?: string }[] }).default;
  return validate(statement).map((warning) => ({ path: warning.path.join('.'), message: `${warning.message}${warning.typeName ? ` (${warning.typeName})` : ''}`, data: warning.data }));
}
