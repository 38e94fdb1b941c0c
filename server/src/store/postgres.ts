import pg from 'pg';
import type { Sql, Store } from './store.js';

// Counts and sums come back as numbers, not strings: they stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);
// A calendar day stays the text PostgreSQL wrote ("2026-12-06"), as PGlite gives it.
pg.types.setTypeParser(pg.types.builtins.DATE, String);

export async function openPostgres(connectionString: string, max: number): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error(`[purpose-kit-server] PostgreSQL connection lost: ${error.message}`));
  await pool.query('select 1');
  const sql = (runner: pg.Pool | pg.PoolClient): Sql => ({
    query: async (text, params) => runner.query(text, params as unknown[]),
  }) as Sql;
  return {
    kind: 'postgres',
    ...sql(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(sql(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async snapshot() {
      const client = await pool.connect();
      try {
        await client.query('begin isolation level repeatable read read only');
      } catch (error) {
        client.release();
        throw error;
      }
      return {
        ...sql(client),
        async end() {
          await client.query('commit').catch(() => undefined);
          client.release();
        },
      };
    },
    close: () => pool.end(),
  };
}
