/**
 * Erasure and retention: events leave the store together with their share of every rollup (and the
 * workforce rows of the learner, or of the periods past retention), in one
 * transaction, so the aggregates always equal a recount of the events that remain. Dismissals of
 * sent endorsements leave with their events (`on delete cascade`, migration 6).
 */
import { removeRatings } from '../aggregates/ratings.js';
import { forgetLrsRows } from '../lrs/forget.js';
import type { Sql, Store } from '../store/store.js';
import { eraseWorkforce, expireWorkforce } from '../workforce/workforce-store.js';

export async function eraseLearner(store: Store, learner: string): Promise<{ erased: number }> {
  return { erased: await removeEvents(store, { events: 'learner = $1', discussed: 'manager = $1', lrs: 'learner' }, learner, eraseWorkforce) };
}

/** Deletes the events that happened more than `days` days before `now`. */
export async function expireEvents(store: Store, days: number, now = Date.now()): Promise<{ expired: number }> {
  const cutoff = new Date(now - days * 24 * 60 * 60 * 1000).toISOString();
  return { expired: await removeEvents(store, { events: 'time < $1', discussed: 'at < $1', lrs: 'before' }, cutoff, expireWorkforce) };
}

/**
 * Removes the events `where.events` matches (and the discussed marks `where.discussed` does), and
 * what `workforce` removes of the HR rows and the LRS rows they concern, in one transaction; returns how many events.
 */
async function removeEvents(
  store: Store,
  where: { events: string; discussed: string; lrs: 'learner' | 'before' },
  value: string,
  workforce: (tx: Sql, value: string) => Promise<number>,
): Promise<number> {
  return store.transaction(async (tx) => {
    await workforce(tx, value);
    await removeRatings(tx, `e.${where.events}`, [value]);
    await tx.query(`delete from discussed where ${where.discussed}`, [value]);
    await forgetLrsRows(tx, where.lrs, value);
    const { rows } = await tx.query<{ removed: number }>(
      `with gone as (delete from events where ${where.events} returning 1) select count(*)::int as removed from gone`,
      [value],
    );
    return rows[0]!.removed;
  });
}
