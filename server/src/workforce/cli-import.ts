/**
 * `purpose-kit-server import workforce FILE.csv|FILE.json [--map column=field,…] [--format csv|json]
 * [--data DIR | --server URL]`. Exit 0 imported, 2 bad flags or a bad file (nothing imported), 1 could
 * not import (the store or the server unreachable, the data directory held by a running collector).
 */
import { parseArgs } from 'node:util';
import { DirectoryInUse } from '../store/dir-lock.js';
import { InputError } from './fields.js';
import { importWorkforce, serverTarget, storeTarget, type ImportTarget } from './import.js';

export const IMPORT_USAGE = `Usage: purpose-kit-server import workforce FILE.csv|FILE.json [options]

  --map COLUMN=FIELD,…   the file's column names for the fields (id, period, team, manager, hire_date,
                         exit_date, internal_moves, connection, learning_hours, aligned, wellbeing)
  --format csv|json      default: from the file name
  --data DIR             PGlite data directory (default ./pk-data); DATABASE_URL=postgres://… uses PostgreSQL
  --server URL           import through a running collector (needed while one holds a PGlite directory);
                         the token in PK_TOKEN (ld-ops) or PK_ADMIN_TOKEN
Environment: PK_SECRET (the collector's, without --server), DATABASE_URL, PK_TOKEN, PK_ADMIN_TOKEN.
See docs/workforce.md.`;

export async function runImport(argv: readonly string[], env: NodeJS.ProcessEnv, say: (line: string) => void, complain: (line: string) => void): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { map: { type: 'string' }, format: { type: 'string' }, data: { type: 'string' }, server: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    complain(`purpose-kit-server import: ${(error as Error).message}\n${IMPORT_USAGE}`);
    return 2;
  }
  if (values.help) {
    say(IMPORT_USAGE);
    return 0;
  }
  const [what, file, ...rest] = positionals;
  const format = values.format as string | undefined;
  const token = env.PK_TOKEN || env.PK_ADMIN_TOKEN;
  const problem =
    what !== 'workforce' ? `unknown import ${JSON.stringify(what ?? '')}: only "workforce"` :
    !file || rest.length ? 'give exactly one file' :
    format && format !== 'csv' && format !== 'json' ? `--format must be csv or json, got ${JSON.stringify(format)}` :
    values.server && !token ? '--server needs a token: set PK_TOKEN (a token with the ld-ops role) or PK_ADMIN_TOKEN' :
    values.server && !URL.canParse(values.server as string) ? `--server is not a URL: ${values.server}` : undefined;
  if (problem) {
    complain(`purpose-kit-server import: ${problem}\n${IMPORT_USAGE}`);
    return 2;
  }
  let target: ImportTarget | undefined;
  try {
    target = values.server
      ? await serverTarget(values.server as string, token!)
      : await storeTarget(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL, poolSize: 2 } : { dataDir: (values.data as string | undefined) ?? './pk-data' }, env.PK_SECRET || undefined);
    const started = performance.now();
    const summary = await importWorkforce(file, { map: values.map as string | undefined, format: format as 'csv' | 'json' | undefined }, target);
    say(`imported ${summary.rows} row(s): ${summary.people} people, ${summary.periods} period(s) from ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      complain(`purpose-kit-server import: ${file}: ${error.message}\nNothing was imported.`);
      return 2;
    }
    const message = error instanceof DirectoryInUse ? error.message : `could not import: ${(error as Error).message}`;
    complain(`purpose-kit-server import: ${message}`);
    return 1;
  } finally {
    await target?.close();
  }
}
