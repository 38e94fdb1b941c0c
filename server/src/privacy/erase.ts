/**
 * Erasure and retention: events leave the store together with their share of every rollup, in one
 * transaction, so the aggregates always equal a recount of the events that remain.
 */
import { removeRatings } from '../aggregates/ratings.js';
import type { Store } from '../store/store.js';

export async function eraseLearner(store: Store, learner: string): Promise<{ erased: number }> {
  return store.transaction(async (tx) => {
    await removeRatings(tx, 'e.learner = $1', [learner]);
    await tx.query('delete from discussed where manager = $1', [learner]);
    const { rows } = await tx.query<{ erased: number }>(
      'with gone as (delete from events where learner = $1 returning 1) select count(*)::int as erased from gone',
      [learner],
    );
    return rows[0]!;
  });
}

/** Deletes the events that happened more than `days` days before `now`. */
export async function expireEvents(store: Store, days: number, now = Date.now()): Promise<{ expired: number }> {
  const cutoff = new Date(now - days * 24 * 60 * 60 * 1000).toISOString();
  return store.transaction(async (tx) => {
    await removeRatings(tx, 'e.time < $1', [cutoff]);
    await tx.query('delete from discussed where at < $1', [cutoff]);
    const { rows } = await tx.query<{ expired: number }>(
      'with gone as (delete from events where time < $1 returning 1) select count(*)::int as expired from gone',
      [cutoff],
    );
    return rows[0]!;
  });
}
