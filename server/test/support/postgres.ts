/**
 * A real PostgreSQL for the collector's tests: the server PK_TEST_DATABASE_URL names, or else a
 * throw-away cluster of Debian's PostgreSQL in a temporary directory (the package is installed
 * first when the tests run as root on Debian). With CI=true a PostgreSQL is required; elsewhere
 * the caller gets a `skipped` line to print, saying how to run the suite.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { canInstallDebianPackages, installDebianPackage } from '../../../scripts/debian-package.mjs';
import { freePort } from './ports.js';

export interface Postgres {
  /** The server's `postgres` database. */
  url: string;
  /** Creates an empty database named `name` plus a unique suffix; resolves to its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<Postgres | { skipped: string }> {
  // A server the user named must work: its failures are errors, never a skip.
  const given = process.env.PK_TEST_DATABASE_URL;
  if (given) return useServer(given, async () => {});
  try {
    return await startCluster();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI, but ${reason}`);
    return { skipped: `PostgreSQL suite skipped: ${reason}. Install Debian’s postgresql package or set PK_TEST_DATABASE_URL=postgres://… to run it.` };
  }
}

/** Connects to `url` and hands out fresh databases, which `stop` drops before `shutdown`. */
async function useServer(url: string, shutdown: () => Promise<void>): Promise<Postgres> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const created: string[] = [];
  return {
    url,
    async createDatabase(name) {
      const database = `${name}_${randomUUID().slice(0, 8)}`;
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
      created.push(database);
      const databaseUrl = new URL(url);
      databaseUrl.pathname = `/${encodeURIComponent(database)}`;
      return databaseUrl.href;
    },
    async stop() {
      // FORCE: a test that forgot to close its pool must not keep its database alive.
      for (const database of created.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
      await admin.end();
      await shutdown();
    },
  };
}

async function startCluster(): Promise<Postgres> {
  let bin = postgresBin();
  if (!bin && canInstallDebianPackages()) {
    installDebianPackage('postgresql', 'No PostgreSQL found');
    bin = postgresBin();
  }
  if (!bin) throw new Error('initdb and pg_ctl are neither on the PATH nor in /usr/lib/postgresql/*/bin');

  const dir = mkdtempSync(join(tmpdir(), 'pk-postgres-'));
  const data = join(dir, 'db');
  // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const command = [join(bin, tool), ...args];
    const [file, ...argv] = asRoot ? ['runuser', '-u', 'postgres', '--', ...command] : command;
    execFileSync(file!, argv, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const stopNow = () => {
    process.off('exit', stopNow).off('SIGINT', stopAndDie).off('SIGTERM', stopAndDie);
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    } catch {
      // No server was running.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const stopAndDie = (signal: NodeJS.Signals) => {
    stopNow();
    process.kill(process.pid, signal);
  };

  try {
    if (asRoot) execFileSync('chown', ['postgres', dir]);
    try {
      // UTF8 and the C locale whatever the machine's locale is, so results do not vary by machine.
      run('initdb', ['-D', data, '-A', 'trust', '-U', 'pk', '--encoding=UTF8', '--locale=C', '--no-sync']);
    } catch (error) {
      throw new Error(`initdb failed: ${stderrOf(error)}`);
    }
    const port = await freePort();
    try {
      run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
    } catch (error) {
      // pg_ctl only says "could not start server"; the server's log says why.
      const log = join(dir, 'log');
      const why = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-3).join(' ') : '';
      throw new Error(`PostgreSQL did not start: ${why || stderrOf(error)}`);
    }
    // A test run that crashes or is interrupted still stops its postmaster, which pg_ctl detached
    // from this process ('exit' listeners must be synchronous).
    process.on('exit', stopNow).on('SIGINT', stopAndDie).on('SIGTERM', stopAndDie);
    return await useServer(`postgres://pk@127.0.0.1:${port}/postgres`, async () => stopNow());
  } catch (error) {
    stopNow();
    throw error;
  }
}

/** The directory holding initdb and pg_ctl: on the PATH, else Debian's, highest version first. */
function postgresBin(): string | undefined {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...versions.map((version) => join(debian, version, 'bin'))];
  return dirs.find((dir) => isExecutable(join(dir, 'initdb')) && isExecutable(join(dir, 'pg_ctl')));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function stderrOf(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
  return stderr || (error instanceof Error ? error.message : String(error));
}

