/**
 * Reads an HR export and hands it, batch by batch, to a target: the store itself (`--data DIR` or
 * `DATABASE_URL`, when no collector holds it) or a running collector (`--server URL`). Either way
 * the rows are staged and committed at the end, so a file that turns out bad half way leaves the
 * stored data as it was.
 */
import { pseudonymiser, type Pseudonymise } from '../privacy/pseudonym.js';
import { migrate } from '../store/migrations.js';
import { openStore, type Store, type StoreLocation } from '../store/store.js';
import { InputError, ROWS_PER_REQUEST, rowValues, type WorkforceRow } from './fields.js';
import { readWorkforceFile, type ReadOptions } from './read-file.js';
import { abandonImport, beginImport, commitImport, stageRows } from './workforce-store.js';

export interface ImportSummary {
  rows: number;
  people: number;
  periods: number;
}

export interface ImportTarget {
  stage(rows: readonly WorkforceRow[], firstRow: number): Promise<void>;
  commit(): Promise<ImportSummary>;
  abandon(): Promise<void>;
  close(): Promise<void>;
}

export async function importWorkforce(file: string, options: ReadOptions, target: ImportTarget): Promise<ImportSummary> {
  let batch: WorkforceRow[] = [];
  let first = 1;
  let read = 0;
  try {
    for await (const rows of readWorkforceFile(file, options)) {
      for (const row of rows) {
        batch.push(row);
        if (batch.length === ROWS_PER_REQUEST) {
          await target.stage(batch, first);
          first += batch.length;
          batch = [];
        }
      }
      read += rows.length;
    }
    if (batch.length) await target.stage(batch, first);
    if (read === 0) throw new InputError('the file has a header but no rows', 1);
    return await target.commit();
  } catch (error) {
    await target.abandon().catch(() => undefined);
    throw error;
  }
}

/** The store itself; the pseudonyms are the collector's: `PK_SECRET`, or the one a `--dev` collector keeps in the store. */
export async function storeTarget(location: StoreLocation, secret: string | undefined): Promise<ImportTarget> {
  const store = await openStore(location);
  try {
    await migrate(store);
    const pseudonymise = pseudonymiser(secret ?? (await devSecret(store)));
    return directTarget(store, pseudonymise, await beginImport(store));
  } catch (error) {
    await store.close();
    throw error;
  }
}

function directTarget(store: Store, pseudonymise: Pseudonymise, id: string): ImportTarget {
  return {
    stage: (rows) => stageRows(store, id, rows, pseudonymise),
    commit: () => commitImport(store, id),
    abandon: () => abandonImport(store, id),
    close: () => store.close(),
  };
}

async function devSecret(store: Store): Promise<string> {
  const { rows } = await store.query<{ value: string }>("select value from settings where name = 'dev-secret'");
  if (!rows[0]) throw new Error('PK_SECRET is not set: give the import the collector\'s PK_SECRET, so HR ids get the same pseudonyms as learner ids');
  return rows[0].value;
}

/** A running collector, with a token that has the ld-ops role (or the admin token). */
export async function serverTarget(server: string, token: string): Promise<ImportTarget> {
  const base = server.replace(/\/+$/, '');
  const call = async (method: string, path: string, body?: unknown) => {
    let response: Response;
    // A busy collector (429: its rate limit; 503: its store) says when to come back: up to 5 times.
    for (let attempt = 1; ; attempt++) {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      if ((response.status !== 429 && response.status !== 503) || attempt === 5) break;
      await response.body?.cancel();
      const wait = Math.min(60, Number(response.headers.get('retry-after')) || 5);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    }
    const json = (await response.json().catch(() => undefined)) as { message?: string; problems?: { message: string }[] } | undefined;
    if (response.status === 422) throw new InputError(json?.problems?.map((problem) => problem.message).join('\n') ?? json?.message ?? 'refused');
    if (!response.ok) throw new Error(`${method} ${base}${path}: ${response.status} ${json?.message ?? response.statusText}`);
    return json as Record<string, unknown>;
  };
  const id = (await call('POST', '/v1/workforce/imports')).import as string;
  return {
    stage: async (rows, firstRow) => void (await call('POST', `/v1/workforce/imports/${id}/rows`, { firstRow, rows: rows.map(rowValues) })),
    commit: async () => (await call('POST', `/v1/workforce/imports/${id}/commit`)) as unknown as ImportSummary,
    abandon: async () => void (await call('DELETE', `/v1/workforce/imports/${id}`)),
    close: async () => undefined,
  };
}
