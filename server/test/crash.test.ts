/**
 * The collector's process killed (SIGKILL) while batches are in flight keeps every batch it had
 * acknowledged, each event once, and serves ratings equal to a recount of what it kept; when the
 * outbox then sends everything again, nothing is counted twice. The real process (`cli.ts`) on a
 * PGlite data directory, and on a PostgreSQL database.
 *
 * Why this catches an acknowledgement sent before commit: the process is killed in the same tick
 * as an acknowledgement is read, while other clients' batches are still in the server (asserted).
 * Had those been answered before their transactions committed, some answered batch would be
 * missing after the restart, and the first check below fails. An answer sent while only the COMMIT
 * itself is pending cannot be caught by a kill (the COMMIT follows within microseconds); the last
 * test makes the COMMIT fail instead, which such an answer would not wait for.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { admin, call, exported, post, rating } from './support/collector.js';
import { assertRatingsMatch, exportedOnce, idsOf, ratingWorkload, rollupProblems, sendConcurrently, type RatingEvent } from './support/rating-load.js';
import { startServerProcess, type ServerProcess, type ServerProcessOptions } from './support/server-process.js';
import { postgresTarget } from './support/stores.js';

const CLIENTS = 8;
/** Each round kills the process once this many more batches have been acknowledged. */
const KILL_AFTER = 40;
const FLAGS = ['--min-group', '1'];

const targets: { name: string; location(): Promise<ServerProcessOptions>; cleanUp(location: ServerProcessOptions): void }[] = [
  {
    name: 'PGlite',
    location: async () => ({ dataDir: mkdtempSync(join(tmpdir(), 'pk-crash-')) }),
    cleanUp: ({ dataDir }) => rmSync(dataDir!, { recursive: true, force: true }),
  },
  ...(postgresTarget ? [{ name: 'PostgreSQL', location: postgresTarget.location, cleanUp: () => undefined }] : []),
];

for (const target of targets) {
  test(`killed twice with batches in flight, keeps every acknowledged event once; a full resend counts nothing twice (${target.name})`, async () => {
    const location = await target.location();
    // Few learners and courses: ratings keep replacing each other, across batches in flight.
    const workload = ratingWorkload({ batches: 160, batchSize: 50, learners: 30, courses: 6, resent: 5 });
    const everything = idsOf(workload);
    const acknowledged = new Set<string>();
    let server: ServerProcess | undefined;
    try {
      // Each round sends the whole workload (as the outbox retries what it was not sure of) and is killed part way.
      for (const round of [1, 2]) {
        server = await startServerProcess({ ...location, args: FLAGS });
        const killed = server;
        let inFlightAtKill = 0;
        const sent = await sendConcurrently(killed.url, workload, CLIENTS, ({ acknowledged: answered, inFlight }) => {
          if (answered.length !== KILL_AFTER) return;
          process.kill(killed.pid, 'SIGKILL');
          inFlightAtKill = inFlight;
        });
        assert.equal((await killed.exited).signal, 'SIGKILL', `round ${round}: the process was killed`);
        assert.ok(inFlightAtKill > 0, `round ${round}: batches were in flight when the process was killed`);
        for (const id of idsOf(sent.acknowledged.map(({ batch }) => batch))) acknowledged.add(id);

        server = await startServerProcess({ ...location, args: FLAGS });
        const stored = await exportedOnce(server.url);
        assert.deepEqual([...acknowledged].filter((id) => !stored.has(id)), [], `round ${round}: acknowledged events missing after the restart`);
        assert.deepEqual([...stored.keys()].filter((id) => !everything.has(id)), [], 'only events that were sent are stored');
        await assertRatingsMatch([server.url], stored.values(), `the export after round ${round}`);
        await server.stop();
      }

      server = await startServerProcess({ ...location, args: FLAGS });
      const before = await exportedOnce(server.url);
      const resent = await sendConcurrently(server.url, workload, CLIENTS);
      assert.equal(resent.unanswered.length, 0);
      const accepted = resent.acknowledged.reduce((sum, answer) => sum + answer.accepted, 0);
      assert.equal(accepted, everything.size - before.size, 'the resend accepted exactly the events not stored yet');
      for (const { batch, accepted, duplicates } of resent.acknowledged) assert.equal(accepted + duplicates, batch.length);
      const after = await exportedOnce(server.url);
      assert.deepEqual(new Set(after.keys()), everything);
      await assertRatingsMatch([server.url], after.values(), 'the export after the resend');
      await assertRatingsMatch([server.url], uniqueEvents(workload), 'every event sent');
      await server.stop();
      assert.deepEqual(await rollupProblems(location), { mismatchedDays: 0, emptyDays: 0, mismatchedCourses: 0 });
    } finally {
      await server?.stop('SIGKILL');
      target.cleanUp(location);
    }
  });
}

function uniqueEvents(batches: readonly RatingEvent[][]): RatingEvent[] {
  return [...new Map(batches.flat().map((event) => [event.id, event])).values()];
}

/** A deferred constraint trigger: runs at COMMIT and fails it for any event of the course `fails-at-commit`. */
const FAIL_AT_COMMIT = `
  create function pk_test_fail_at_commit() returns trigger language plpgsql as $$
  begin
    if new.course = 'fails-at-commit' then raise exception 'this commit fails (test)'; end if;
    return null;
  end $$;
  create constraint trigger pk_test_fail_at_commit after insert on events
    deferrable initially deferred for each row execute function pk_test_fail_at_commit();`;

async function addTrigger(location: ServerProcessOptions): Promise<void> {
  if (location.databaseUrl) {
    const client = new pg.Client({ connectionString: location.databaseUrl });
    await client.connect();
    await client.query(FAIL_AT_COMMIT).finally(() => client.end());
  } else {
    const db = await PGlite.create(location.dataDir);
    await db.exec(FAIL_AT_COMMIT).finally(() => db.close());
  }
}

for (const target of targets) {
  test(`a batch whose COMMIT fails is answered 503 and nothing of it is stored (${target.name})`, async () => {
    const location = await target.location();
    let server: ServerProcess | undefined;
    try {
      // Started once to create the schema, which the trigger needs; PGlite's directory is one process's at a time.
      server = await startServerProcess({ ...location, args: FLAGS });
      await server.stop();
      await addTrigger(location);
      server = await startServerProcess({ ...location, args: FLAGS });

      const kept = rating('ana', 'kept', 4, 4);
      const failing = [kept, rating('ben', 'fails-at-commit', 5, 5)];
      const refused = await post(server.url, failing);
      assert.equal(refused.status, 503);
      assert.deepEqual(await exported(server.url), []);
      assert.deepEqual((await call(server.url, 'GET', '/v1/ratings', { headers: admin })).json.items, []);
      assert.deepEqual((await post(server.url, [kept])).json, { accepted: 1, duplicates: 0 });
    } finally {
      await server?.stop('SIGKILL');
      target.cleanUp(location);
    }
  });
}
