/**
 * The limit beside each ingest figure: the same rows (the events table's columns, batches of the
 * same size) in plain multi-row INSERTs, one statement per batch in its own transaction, into a
 * table with no key, index or rollup, straight from this process — no HTTP, no validation, no
 * idempotency, no aggregates.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { ratings, type Shape } from './events.js';

const TABLE = `create table if not exists bench_plain (
  id uuid not null, type text not null, learner text not null, course text, time timestamptz not null, body json not null)`;

function statement(batchSize: number, shape: Shape): { text: string; values: unknown[] } {
  const rows = ratings(batchSize, shape);
  const values = rows.flatMap((row) => [row.id, row.type, row.learnerId, row.courseId, row.time, JSON.stringify(row)]);
  const tuples = rows.map((_, index) => `($${index * 6 + 1}, $${index * 6 + 2}, $${index * 6 + 3}, $${index * 6 + 4}, $${index * 6 + 5}, $${index * 6 + 6})`);
  return { text: `insert into bench_plain (id, type, learner, course, time, body) values ${tuples.join(', ')}`, values };
}

/** Rows per second into PostgreSQL at `databaseUrl` from `concurrency` connections. */
export async function plainInsertPostgres(databaseUrl: string, options: { concurrency: number; batchSize: number; seconds: number; shape: Shape }): Promise<number> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.concurrency });
  // A connection still closing when the database is dropped reports it here, not as a crash.
  pool.on('error', () => undefined);
  try {
    await pool.query(TABLE);
    return await timedLoop(options, (sql) => pool.query(sql.text, sql.values));
  } finally {
    await pool.query('drop table if exists bench_plain').catch(() => undefined);
    await pool.end();
  }
}

/** Rows per second into the PGlite data directory `dataDir` (one connection: PGlite runs one query at a time). */
export async function plainInsertPglite(dataDir: string, options: { batchSize: number; seconds: number; shape: Shape }): Promise<number> {
  const db = await PGlite.create(dataDir);
  try {
    await db.query(TABLE);
    return await timedLoop({ ...options, concurrency: 1 }, (sql) => db.query(sql.text, sql.values));
  } finally {
    await db.query('drop table if exists bench_plain').catch(() => undefined);
    await db.close();
  }
}

async function timedLoop(options: { concurrency: number; batchSize: number; seconds: number; shape: Shape }, run: (sql: { text: string; values: unknown[] }) => Promise<unknown>): Promise<number> {
  // A second unmeasured, as the ingest loops have.
  for (const until = performance.now() + 1000; performance.now() < until; ) await run(statement(options.batchSize, options.shape));
  const from = performance.now();
  const until = from + options.seconds * 1000;
  let rows = 0;
  const worker = async () => {
    while (performance.now() < until) {
      await run(statement(options.batchSize, options.shape));
      rows += options.batchSize;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return rows / ((performance.now() - from) / 1000);
}
