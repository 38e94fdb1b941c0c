import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Sql, Store } from './store.js';

/** PGlite in `dataDir` (created if missing), or in memory. One process per data directory. */
export async function openPglite(dataDir?: string): Promise<Store> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const sql = (runner: Pick<PGlite, 'query'>): Sql => ({
    query: async (text, params) => runner.query(text, params as unknown[]),
  }) as Sql;
  return {
    kind: 'pglite',
    ...sql(db),
    transaction: (work) => db.transaction((tx) => work(sql(tx))),
    close: () => db.close(),
  };
}
