/**
 * The collector as its own process, started the way an operator starts it
 * (`node --import tsx server/src/cli.ts …`), for tests and the benchmark that must kill it, run two
 * of it, or measure it from outside. Not --dev: learners are pseudonymised under a fixed secret, so
 * a restarted process gives every learner the same pseudonym again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ADMIN_TOKEN } from './collector.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
/** The pseudonym secret the process runs with; a store seeded directly with it matches what the process would have stored. */
export const SECRET = 'a-test-secret-of-some-length';
const READY = /^purpose-kit-server listening on (http:\/\/\S+) /m;

export interface ServerProcessOptions {
  /** PostgreSQL; without it, PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  /** More flags, e.g. ['--min-group', '1']. */
  args?: readonly string[];
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** What the process wrote to stderr so far. */
  stderr(): string;
  /** Resolves with how the process ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends `signal` (SIGTERM: a clean stop) and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The process's peak resident set size so far (VmHWM), in bytes; undefined once it has ended or off Linux. */
  peakRss(): number | undefined;
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PK_ADMIN_TOKEN: ADMIN_TOKEN, PK_SECRET: SECRET, PK_PROXY_USER_HEADER: 'X-Test-User' };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const args = ['--import', 'tsx', CLI, '--port', '0', '--quiet', ...(options.dataDir ? ['--data', options.dataDir] : []), ...(options.args ?? [])];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let alive = true;
  void exited.then(() => (alive = false));

  const url = await new Promise<string>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`purpose-kit-server ${error.message}\nstdout: ${stdout}\nstderr: ${stderr}`));
    };
    const timer = setTimeout(() => fail(new Error('did not say it was listening within 60 s')), 60_000);
    const check = () => {
      const ready = READY.exec(stdout);
      if (!ready || settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolve(ready[1]!);
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => fail(new Error(`ended before it was ready (code ${code}, signal ${signal})`)));
  });

  return {
    url,
    pid: child.pid!,
    stderr: () => stderr,
    exited,
    async stop(signal = 'SIGTERM') {
      if (alive) child.kill(signal);
      return exited;
    },
    peakRss() {
      if (!alive) return undefined;
      try {
        const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
      } catch {
        return undefined;
      }
    },
  };
}
