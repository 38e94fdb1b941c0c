/**
 * Two collector processes on one PostgreSQL database, both sent every event at about the same time
 * (as two tabs, or a retry that reaches the other process behind a load balancer), cut into
 * different batches, with a few learners changing their ratings of a few courses in both: every
 * event is stored and counted once, and both serve ratings equal to a recount.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { assertRatingsMatch, exportedOnce, idsOf, ratingWorkload, rollupProblems, sendConcurrently, type RatingEvent } from './support/rating-load.js';
import { startPostgres } from './support/postgres.js';
import { startServerProcess } from './support/server-process.js';

const postgres = await startPostgres();
if ('skipped' in postgres) console.log(postgres.skipped);
else after(() => postgres.stop());

test('two processes on one database count every event once and agree with a recount', async (t) => {
  if ('skipped' in postgres) return t.skip(postgres.skipped);
  const databaseUrl = await postgres.createDatabase('pk_two');
  // The schema is made by the first process, so the second does not race it for the migration lock on its first run.
  const first = await startServerProcess({ databaseUrl, args: ['--min-group', '1'] });
  const second = await startServerProcess({ databaseUrl, args: ['--min-group', '1'] }).catch(async (error) => {
    await first.stop();
    throw error;
  });
  try {
    const workload = ratingWorkload({ batches: 120, batchSize: 50, learners: 12, courses: 4, resent: 5 });
    const everything = idsOf(workload);
    // The second process gets the same events cut half a batch later, so each of its batches
    // overlaps two of the first's, in flight at the same time.
    const shifted = rebatch(workload, 25);
    const [toFirst, toSecond] = await Promise.all([sendConcurrently(first.url, workload, 4), sendConcurrently(second.url, shifted, 4)]);
    assert.equal(toFirst.unanswered.length + toSecond.unanswered.length, 0, 'every batch was acknowledged');

    const answers = [...toFirst.acknowledged, ...toSecond.acknowledged];
    assert.equal(answers.reduce((sum, answer) => sum + answer.accepted, 0), everything.size, 'the two processes accepted each event once between them');
    const stored = await exportedOnce(first.url);
    assert.deepEqual(new Set(stored.keys()), everything);
    await assertRatingsMatch([first.url, second.url], stored.values(), 'the export');
    await assertRatingsMatch([first.url, second.url], [...new Map(workload.flat().map((event) => [event.id, event])).values()], 'every event sent');
    assert.deepEqual(await rollupProblems({ databaseUrl }), { mismatchedDays: 0, emptyDays: 0, mismatchedCourses: 0 });
  } finally {
    await Promise.all([first.stop(), second.stop()]);
  }
});

/** The same events in the same order, cut into batches of the same size starting `offset` events later. */
function rebatch(batches: readonly RatingEvent[][], offset: number): RatingEvent[][] {
  const events = batches.flat();
  const size = batches[0]!.length;
  const result = [events.slice(0, offset)];
  for (let start = offset; start < events.length; start += size) result.push(events.slice(start, start + size));
  return result;
}
