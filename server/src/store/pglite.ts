import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './dir-lock.js';
import type { Sql, Store } from './store.js';

/**
 * PGlite in `dataDir` (created if missing), or in memory. One process per data directory. Its
 * shared buffers are kept small (the rollups the views read are small; the events are mostly
 * written), which keeps the process about 100 MB smaller. PGlite runs with fsync off: a committed
 * event survives the process being killed, not the machine losing power — PostgreSQL does.
 */
export async function openPglite(dataDir?: string): Promise<Store> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir, { postgresqlconf: 'shared_buffers = 16MB' });
  } catch (error) {
    unlock();
    throw error;
  }
  const sql = (runner: Pick<PGlite, 'query'>): Sql => ({
    query: async (text, params) => runner.query(text, params as unknown[]),
  }) as Sql;
  return {
    kind: 'pglite',
    ...sql(db),
    transaction: (work) => db.transaction((tx) => work(sql(tx))),
    // One connection, whose transactions run one after another: every read already sees whole transactions in order.
    snapshot: async () => ({ ...sql(db), end: async () => undefined }),
    close: () => db.close().finally(unlock),
  };
}
