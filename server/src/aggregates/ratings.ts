/**
 * The ratings rollups, kept in the same transaction as the events they summarise:
 * - `ratings_current`: each learner's latest rating of each course (a changed rating replaces the
 *   earlier one, as `aggregateRatings` defines it);
 * - `ratings_daily`: the current ratings counted per course and UTC day.
 * `/v1/ratings` then reads O(courses × days) rows, however many ratings there are.
 */
import type { Sql } from '../store/store.js';

export interface NewRating {
  eventId: string;
  course: string;
  learner: string;
  time: string;
  relevance: number;
  clarity: number;
}

interface CurrentRating {
  course: string;
  learner: string;
  event_id: string;
  time: string;
  day: string;
  relevance: number;
  clarity: number;
}

type DailyDelta = { course: string; day: string; count: number; relevance: number; clarity: number };

/** Changes to the rollups, summed per key (a course and day, or a course). */
class Sums<T extends { count: number; relevance: number; clarity: number }> extends Map<string, T> {
  add(key: string, blank: () => T, count: number, relevance: number, clarity: number): void {
    const sums = this.get(key) ?? blank();
    sums.count += count;
    sums.relevance += relevance;
    sums.clarity += clarity;
    this.set(key, sums);
  }
}

/** Adds `count` ratings summing `relevance` and `clarity` to a course's day. */
const addToDay = (deltas: Sums<DailyDelta>, course: string, day: string, count: number, relevance: number, clarity: number) =>
  deltas.add(`${course}\u0000${day}`, () => ({ course, day, count: 0, relevance: 0, clarity: 0 }), count, relevance, clarity);

const keyOf = (course: string, learner: string) => JSON.stringify([course, learner]);
const dayOf = (time: string) => new Date(time).toISOString().slice(0, 10);

/** A later rating wins; at the same instant, the larger event id (so every process agrees). */
const isLater = (a: { time: string; eventId: string }, b: { time: string; eventId: string }) => {
  const difference = Date.parse(a.time) - Date.parse(b.time);
  return difference > 0 || (difference === 0 && a.eventId > b.eventId);
};

export async function applyRatings(tx: Sql, ratings: readonly NewRating[]): Promise<void> {
  if (ratings.length === 0) return;
  const latest = new Map<string, NewRating>();
  for (const rating of ratings) {
    const key = keyOf(rating.course, rating.learner);
    const previous = latest.get(key);
    if (!previous || isLater(rating, previous)) latest.set(key, rating);
  }
  const keys = [...latest.keys()].sort();
  // Concurrent ingests (two tabs, two processes) touching the same learner and course take turns,
  // in one order, so each sees the other's committed rating and none is counted twice.
  await tx.query('select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest($1::text[]) as k order by k', [keys]);
  const current = await currentRatings(tx, [...latest.values()]);

  const deltas = new Sums<DailyDelta>();
  const replacing: NewRating[] = [];
  for (const [key, rating] of latest) {
    const before = current.get(key);
    if (before && !isLater(rating, { time: before.time, eventId: before.event_id })) continue;
    if (before) addToDay(deltas, before.course, before.day, -1, -before.relevance, -before.clarity);
    addToDay(deltas, rating.course, dayOf(rating.time), 1, rating.relevance, rating.clarity);
    replacing.push(rating);
  }
  if (replacing.length === 0) return;
  await tx.query(
    `insert into ratings_current (course, learner, event_id, time, relevance, clarity)
      select course, learner, "eventId", time, relevance, clarity
      from jsonb_to_recordset($1::jsonb) as r(course text, learner text, "eventId" uuid, time timestamptz, relevance int, clarity int)
    on conflict (course, learner) do update set
      event_id = excluded.event_id, time = excluded.time, relevance = excluded.relevance, clarity = excluded.clarity`,
    [JSON.stringify(replacing)],
  );
  await addToDaily(tx, [...deltas.values()]);
}

async function currentRatings(tx: Sql, ratings: readonly NewRating[]): Promise<Map<string, CurrentRating>> {
  const { rows } = await tx.query<CurrentRating>(
    `select c.course, c.learner, c.event_id::text, to_char(c.time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as time,
        to_char(c.time at time zone 'UTC', 'YYYY-MM-DD') as day, c.relevance, c.clarity
      from ratings_current c
      join jsonb_to_recordset($1::jsonb) as r(course text, learner text) using (course, learner)`,
    [JSON.stringify(ratings.map(({ course, learner }) => ({ course, learner })))],
  );
  return new Map(rows.map((row) => [keyOf(row.course, row.learner), row]));
}

async function addToDaily(tx: Sql, deltas: readonly DailyDelta[]): Promise<void> {
  const changes = deltas.filter((delta) => delta.count !== 0 || delta.relevance !== 0 || delta.clarity !== 0);
  if (changes.length === 0) return;
  changes.sort((a, b) => (a.course < b.course ? -1 : a.course > b.course ? 1 : a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const { rows } = await tx.query<{ course: string; day: string; count: number }>(
    `insert into ratings_daily (course, day, count, relevance, clarity)
      select course, day, count, relevance, clarity
      from jsonb_to_recordset($1::jsonb) as d(course text, day date, count int, relevance int, clarity int)
    on conflict (course, day) do update set
      count = ratings_daily.count + excluded.count,
      relevance = ratings_daily.relevance + excluded.relevance,
      clarity = ratings_daily.clarity + excluded.clarity
    returning course, to_char(day, 'YYYY-MM-DD') as day, count`,
    [JSON.stringify(changes)],
  );
  // Only the days this transaction emptied: a scan of the whole table would cost O(courses × days) per batch.
  const emptied = rows.filter((row) => row.count === 0).map(({ course, day }) => ({ course, day }));
  if (emptied.length) {
    await tx.query(
      `delete from ratings_daily d using jsonb_to_recordset($1::jsonb) as e(course text, day date)
        where d.course = e.course and d.day = e.day and d.count = 0`,
      [JSON.stringify(emptied)],
    );
  }
  await addToCourseTotals(tx, changes);
}

/** Each course's current ratings in all, so a read sums only the days of its recent window. */
async function addToCourseTotals(tx: Sql, changes: readonly DailyDelta[]): Promise<void> {
  const totals = new Sums<{ course: string; count: number; relevance: number; clarity: number }>();
  for (const { course, count, relevance, clarity } of changes) {
    totals.add(course, () => ({ course, count: 0, relevance: 0, clarity: 0 }), count, relevance, clarity);
  }
  const { rows } = await tx.query<{ course: string; count: number }>(
    `insert into ratings_course (course, count, relevance, clarity)
      select course, count, relevance, clarity
      from jsonb_to_recordset($1::jsonb) as t(course text, count int, relevance int, clarity int)
      order by course
    on conflict (course) do update set
      count = ratings_course.count + excluded.count,
      relevance = ratings_course.relevance + excluded.relevance,
      clarity = ratings_course.clarity + excluded.clarity
    returning course, count`,
    [JSON.stringify([...totals.values()])],
  );
  const emptied = rows.filter((row) => row.count === 0).map((row) => row.course);
  if (emptied.length) await tx.query('delete from ratings_course where course = any($1::text[]) and count = 0', [emptied]);
}

/**
 * Takes the events matched by `where` (over `events e`; being erased or expired) out of the rollups. A learner's earlier
 * rating that a removed one had replaced is not restored: it was the learner's own choice to change it.
 */
export async function removeRatings(tx: Sql, where: string, params: readonly unknown[]): Promise<void> {
  const { rows } = await tx.query<{ course: string; day: string; count: number; relevance: number; clarity: number }>(
    `delete from ratings_current c using events e
      where e.id = c.event_id and ${where}
      returning c.course, to_char(c.time at time zone 'UTC', 'YYYY-MM-DD') as day, -1 as count, -c.relevance as relevance, -c.clarity as clarity`,
    params,
  );
  const deltas = new Sums<DailyDelta>();
  for (const row of rows) addToDay(deltas, row.course, row.day, row.count, row.relevance, row.clarity);
  await addToDaily(tx, [...deltas.values()]);
}

export interface CourseSums {
  course: string;
  count: number;
  relevance: number;
  clarity: number;
}

/**
 * Per course: all current ratings, those of the days `recentFrom` to `asOf` (UTC, both included),
 * and those after `asOf`. Reads the course totals and the days from `recentFrom` on only, so its
 * cost grows with courses × the window's days, never with the ratings or the days before it.
 */
export async function ratingSums(db: Sql, recentFrom: string, asOf: string): Promise<{ total: CourseSums[]; recent: CourseSums[]; after: CourseSums[] }> {
  const { rows: total } = await db.query<CourseSums>('select course, count, relevance, clarity from ratings_course');
  const { rows } = await db.query<CourseSums & { after: boolean }>(
    `select course, day > $2::date as after, sum(count)::int as count, sum(relevance)::int as relevance, sum(clarity)::int as clarity
      from ratings_daily where day >= $1::date group by 1, 2`,
    [recentFrom, asOf],
  );
  const pick = (after: boolean) => rows.filter((row) => row.after === after).map(({ after: _, ...sums }) => sums);
  return { total, recent: pick(false), after: pick(true) };
}
