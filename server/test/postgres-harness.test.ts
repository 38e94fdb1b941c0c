import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { startPostgres } from './support/postgres.js';

test('the PostgreSQL harness hands out separate, working databases and stops', async (t) => {
  const postgres = await startPostgres();
  if ('skipped' in postgres) return t.skip(postgres.skipped);
  try {
    const urls = [await postgres.createDatabase('harness'), await postgres.createDatabase('harness')];
    assert.notEqual(urls[0], urls[1]);
    for (const url of urls) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query('select 1 as one, current_database() as database');
        assert.deepEqual(rows, [{ one: 1, database: new URL(url).pathname.slice(1) }]);
      } finally {
        await client.end();
      }
    }
  } finally {
    await postgres.stop();
  }
});
