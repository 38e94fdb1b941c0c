/**
 * `purpose-kit-server sync --lrs URL [--data DIR] [--since ISO]` (DATABASE_URL for PostgreSQL):
 * one pull from the LRS, then exit. On PostgreSQL it pulls itself, beside any running servers (the
 * statement ids keep it idempotent). A PGlite directory allows one process (`store/dir-lock.ts`):
 * while a collector holds it, `--server URL` asks that collector to pull (`POST /v1/lrs/sync`, with
 * PK_TOKEN or PK_ADMIN_TOKEN) — from its own `--lrs` — as `import workforce --server` does.
 * Exit 0 done, 1 failed (the LRS, the store or the server; the directory held), 2 bad flags.
 */
import { parseArgs } from 'node:util';
import { ManifestStore } from '../manifest/manifest-store.js';
import { pseudonymiser } from '../privacy/pseudonym.js';
import { DirectoryInUse } from '../store/dir-lock.js';
import { migrate } from '../store/migrations.js';
import { openStore } from '../store/store.js';
import { pull } from './pull.js';
import { readLrsSettings } from './settings.js';

export const SYNC_USAGE = `Usage: purpose-kit-server sync --lrs URL [--data DIR] [--since ISO] [--server URL] [--page-size N]

  Pulls the LRS's statements once (page by page, from the stored cursor or --since) into the store.
  --lrs URL            the LRS's xAPI base (credentials: PK_LRS_KEY, PK_LRS_SECRET)
  --data DIR           PGlite data directory (default ./pk-data); DATABASE_URL=postgres://… uses PostgreSQL instead
  --since ISO          start from this stored time instead of the cursor
  --server URL         ask this running collector to pull, from its own --lrs (needed while it holds a PGlite
                       directory); the token in PK_TOKEN (ld-ops) or PK_ADMIN_TOKEN
  --page-size N        statements per page (default 500)
  --lrs-home-page URL  as given to the server (its own forwarded statements are skipped)
Environment: PK_LRS_KEY, PK_LRS_SECRET, PK_SECRET (the server's pseudonym key), PK_TOKEN, PK_ADMIN_TOKEN, DATABASE_URL.
See docs/lrs.md.`;

interface Output {
  out(line: string): void;
  err(line: string): void;
}

export async function runSync(argv: readonly string[], env: NodeJS.ProcessEnv, io: Output): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        lrs: { type: 'string' },
        'lrs-home-page': { type: 'string' },
        data: { type: 'string' },
        since: { type: 'string' },
        server: { type: 'string' },
        'page-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`purpose-kit-server sync: ${(error as Error).message}\n\n${SYNC_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(SYNC_USAGE);
    return 0;
  }
  const problems: string[] = [];
  if (values.lrs === undefined) problems.push('--lrs URL is required: the LRS to pull from (credentials in PK_LRS_KEY and PK_LRS_SECRET)');
  const lrs = readLrsSettings(values, env, problems);
  const since = typeof values.since === 'string' ? values.since : undefined;
  if (since !== undefined && Number.isNaN(Date.parse(since))) problems.push(`--since must be an ISO 8601 date-time, got ${JSON.stringify(since)}`);
  const pageSize = values['page-size'] === undefined ? 500 : Number(values['page-size']);
  if (!(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 10_000)) problems.push(`--page-size must be a whole number from 1 to 10000, got ${JSON.stringify(values['page-size'])}`);
  const server = typeof values.server === 'string' ? values.server : undefined;
  if (server !== undefined && !URL.canParse(server)) problems.push(`--server must be a URL, got ${JSON.stringify(server)}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = typeof values.data === 'string' ? values.data : './pk-data';
  const token = env.PK_TOKEN || env.PK_ADMIN_TOKEN;
  if (server && !token) problems.push('--server needs a token: set PK_TOKEN (a token with the ld-ops role) or PK_ADMIN_TOKEN');
  if (problems.length || !lrs) {
    io.err(`purpose-kit-server sync: refusing to start:\n${problems.map((problem) => `  - ${problem}\n`).join('')}\n${SYNC_USAGE}`);
    return 2;
  }
  try {
    const summary = server
      ? await askServer(server, token!, since)
      : await pullHere({ ...(databaseUrl ? { databaseUrl } : { dataDir }) }, { ...lrs }, env.PK_SECRET, { ...(since && { since }), pageSize });
    io.out(`purpose-kit-server sync: ${JSON.stringify(summary)}`);
    return 0;
  } catch (error) {
    io.err(`purpose-kit-server sync: ${error instanceof DirectoryInUse ? error.message : `failed: ${(error as Error).message}`}`);
    return 1;
  }
}

async function askServer(server: string, token: string, since: string | undefined): Promise<unknown> {
  const url = new URL('/v1/lrs/sync', server);
  if (since) url.searchParams.set('since', since);
  const response = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok) throw new Error(`${server} answered ${response.status}: ${body.message ?? ''}`);
  return { ...body, via: server };
}

async function pullHere(
  location: { databaseUrl?: string; dataDir?: string },
  lrs: NonNullable<ReturnType<typeof readLrsSettings>>,
  secret: string | undefined,
  options: { since?: string; pageSize: number },
): Promise<unknown> {
  const store = await openStore(location);
  try {
    await migrate(store);
    const key = secret ?? (await store.query<{ value: string }>("select value from settings where name = 'dev-secret'")).rows[0]?.value;
    if (!key) throw new Error('PK_SECRET is not set: give sync the same pseudonym key the server runs with');
    const manifests = new ManifestStore(store);
    return await pull(store, lrs, pseudonymiser(key), () => manifests.latest().then((latest) => latest?.manifest), options);
  } finally {
    await store.close();
  }
}
