import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { pseudonymiser } from '../src/privacy/pseudonym.js';
import { MIGRATIONS, migrate } from '../src/store/migrations.js';
import { openStore } from '../src/store/store.js';
import { admin, call, testCollector } from './support/collector.js';
import { forEachStore } from './support/stores.js';

forEachStore('migrations on an existing data directory', (target) => {
  const scratch = mkdtempSync(join(tmpdir(), 'pk-migrations-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('brings a store written at schema version 1 up to date, counting its events into the new rollups', async () => {
    const location = target.name === 'pglite' ? { dataDir: join(scratch, 'data') } : await target.location();
    const old = await openStore(location);
    assert.equal(await migrate(old, 1), 1);
    // What version 1 stored: events only. The collector of the test pseudonymises with this secret.
    const learner = pseudonymiser('a-test-secret-of-some-length');
    const today = new Date().toISOString();
    const rows = [
      { learner: 'ana', relevance: 2, time: new Date(Date.now() - 86_400_000).toISOString() },
      { learner: 'ana', relevance: 5, time: today },
      { learner: 'ben', relevance: 3, time: today },
    ];
    for (const row of rows) {
      const id = randomUUID();
      const body = { id, time: row.time, learnerId: learner(row.learner), courseId: 'old', type: 'rating', data: { relevance: row.relevance, clarity: 4 } };
      await old.query('insert into events (id, type, learner, course, time, body) values ($1, $2, $3, $4, $5, $6)', [id, 'rating', body.learnerId, 'old', row.time, JSON.stringify(body)]);
    }
    await old.close();

    const collector = await testCollector({ ...target, location: async () => location });
    try {
      const { rows: applied } = await collector.store.query<{ version: number }>('select version from schema_migrations order by version');
      assert.deepEqual(applied.map((row) => row.version), MIGRATIONS.map((migration) => migration.version));
      const { json } = await call(collector.url, 'GET', '/v1/ratings', { headers: admin });
      assert.deepEqual(json.items.find((item: { course: string }) => item.course === 'old'), { course: 'old', recent: { count: 2, relevance: 4, clarity: 4 } });
    } finally {
      await collector.close();
    }
  });

  it('refuses a store written by a newer collector', async () => {
    const location = target.name === 'pglite' ? { dataDir: join(scratch, 'newer') } : await target.location();
    const store = await openStore(location);
    try {
      await migrate(store);
      await store.query("insert into schema_migrations (version, name) values (999, 'from the future')");
      await assert.rejects(migrate(store), /newer purpose-kit-server \(schema version 999\)/);
    } finally {
      await store.close();
    }
  });
});
