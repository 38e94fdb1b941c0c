/**
 * Every store test runs twice: on PGlite (in memory) and on a real PostgreSQL (a fresh database
 * each time, from `startPostgres`). Where PostgreSQL is unavailable outside CI, its suite is
 * skipped with a printed line that says how to enable it.
 */
import { after, describe } from 'node:test';
import { startPostgres } from './postgres.js';

export interface StoreTarget {
  name: 'pglite' | 'postgres';
  /** Where a collector keeps its data: a fresh PostgreSQL database, or none (PGlite in memory). */
  location(): Promise<{ databaseUrl?: string; dataDir?: string }>;
}

const postgres = await startPostgres();
if ('skipped' in postgres) console.log(postgres.skipped);
else after(() => postgres.stop());

export const pgliteTarget: StoreTarget = { name: 'pglite', location: async () => ({}) };
export const postgresTarget: StoreTarget | undefined =
  'skipped' in postgres ? undefined : { name: 'postgres', location: async () => ({ databaseUrl: await postgres.createDatabase('pk_test') }) };

export function forEachStore(title: string, suite: (target: StoreTarget) => void): void {
  describe(`${title} (PGlite)`, () => suite(pgliteTarget));
  if (postgresTarget) describe(`${title} (PostgreSQL)`, () => suite(postgresTarget!));
}
