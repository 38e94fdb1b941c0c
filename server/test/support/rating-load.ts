/**
 * Rating traffic for the tests that kill the collector or run two of it: batches as the outbox
 * sends them (a few learners changing their ratings of a few courses, so ratings replace each
 * other; some events sent again, in the same batch and in later ones), sent by concurrent clients,
 * and the checks that what the collector serves equals a recount by the library's `aggregateRatings`.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { aggregateRatings } from '../../../src/core/procurement/aggregate.js';
import { admin, call, exported } from './collector.js';

import type { RatingEvent } from '../../../src/core/delivery/event.js';

export type { RatingEvent };

const DAY_MS = 24 * 60 * 60 * 1000;

export interface WorkloadOptions {
  batches: number;
  batchSize: number;
  learners: number;
  courses: number;
  /** Events per batch that are earlier batches' events sent again (as a retry or a second tab would). */
  resent: number;
  /** A prefix for learner and course ids, so two workloads on one store do not meet. */
  prefix?: string;
}

/**
 * Every rating has its own time (ms), spread over the last 400 days in random order: which of a
 * learner's ratings of a course is the latest is then never a tie, and often arrives first.
 */
export function ratingWorkload(options: WorkloadOptions): RatingEvent[][] {
  const { batches, batchSize, learners, courses, resent, prefix = '' } = options;
  const fresh = batches * (batchSize - resent);
  const slots = shuffle(Array.from({ length: fresh }, (_, index) => index));
  const newest = Date.now() - 60 * 60 * 1000;
  const step = Math.floor((400 * DAY_MS) / fresh);
  const pick = (count: number) => Math.floor(Math.random() * count);
  const sent: RatingEvent[] = [];
  const result: RatingEvent[][] = [];
  for (let batch = 0; batch < batches; batch++) {
    const events: RatingEvent[] = [];
    for (let index = 0; index < batchSize - resent; index++) {
      const event: RatingEvent = {
        id: randomUUID(),
        time: new Date(newest - slots[sent.length + events.length]! * step).toISOString(),
        learnerId: `${prefix}learner-${pick(learners)}`,
        courseId: `${prefix}course-${pick(courses)}`,
        type: 'rating',
        data: { relevance: pick(5) + 1, clarity: pick(5) + 1 },
      };
      events.push(event);
    }
    // Earlier batches' events, or this batch's own when it is the first.
    for (let index = 0; index < resent; index++) events.push(sent.length ? sent[pick(sent.length)]! : events[pick(events.length)]!);
    sent.push(...events.slice(0, batchSize - resent));
    result.push(shuffle(events));
  }
  return result;
}

function shuffle<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

export interface Sent {
  /** Batches answered 2xx, with the answer. */
  acknowledged: { batch: RatingEvent[]; accepted: number; duplicates: number }[];
  /** Batches that got no answer (the connection failed) or an answer other than 2xx. */
  unanswered: RatingEvent[][];
  /** Requests sent and not yet answered. */
  inFlight: number;
}

/**
 * Sends `batches` to `base` from `clients` concurrent clients, each taking the next batch when its
 * last one is answered. `afterAnswer` runs as soon as a batch is acknowledged, before any other
 * client's answer is read (it may, e.g., kill the server there and then). A client stops at its
 * first failure; the batches it did not send are neither acknowledged nor unanswered.
 */
export async function sendConcurrently(
  base: string,
  batches: readonly RatingEvent[][],
  clients: number,
  afterAnswer: (sent: Sent) => void = () => undefined,
): Promise<Sent> {
  const sent: Sent = { acknowledged: [], unanswered: [], inFlight: 0 };
  let next = 0;
  const client = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      sent.inFlight++;
      const answer = await send(base, batch);
      sent.inFlight--;
      if (!answer) {
        sent.unanswered.push(batch);
        return;
      }
      sent.acknowledged.push({ batch, ...answer });
      afterAnswer(sent);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  return sent;
}

/** The answer to one batch, or undefined when it failed or was not 2xx. */
async function send(base: string, batch: readonly RatingEvent[]): Promise<{ accepted: number; duplicates: number } | undefined> {
  try {
    const response = await fetch(`${base}/v1/events`, {
      method: 'POST',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ events: batch }),
    });
    if (response.ok) return await response.json();
    await response.body?.cancel();
  } catch {
    // No answer, or one that broke off: not an acknowledgement.
  }
  return undefined;
}

export const idsOf = (batches: Iterable<readonly RatingEvent[]>) => new Set([...batches].flatMap((batch) => batch.map((event) => event.id)));

/** The stored events, each id once: fails on an id exported twice. */
export async function exportedOnce(base: string): Promise<Map<string, unknown>> {
  const byId = new Map<string, unknown>();
  const twice: string[] = [];
  for (const event of await exported(base)) {
    if (byId.has(event.id)) twice.push(event.id);
    byId.set(event.id, event);
  }
  assert.deepEqual(twice, [], 'ids exported more than once');
  return byId;
}

/** `/v1/ratings` (from each of `bases`) equals `aggregateRatings` over `events`, for several windows. */
export async function assertRatingsMatch(bases: readonly string[], events: Iterable<unknown>, what: string): Promise<void> {
  const all = [...events];
  for (const windowDays of [30, 90, 365]) {
    const recount = aggregateRatings(all, { windowDays }).aggregate;
    for (const base of bases) {
      const served = await call(base, 'GET', `/v1/ratings?windowDays=${windowDays}`, { headers: admin });
      assert.equal(served.status, 200);
      assert.equal(served.json.asOf, recount.asOf);
      assert.deepEqual(byCourse(served.json.items), byCourse(recount.items), `/v1/ratings?windowDays=${windowDays} from ${base} against a recount of ${what}`);
    }
  }
}

const byCourse = (items: { course: string }[]) => Object.fromEntries(items.map((item) => [item.course, item]));

/**
 * Rollup rows that disagree with a recount from `ratings_current` in SQL, and emptied days left in
 * `ratings_daily`; both 0 when the rollups are right. Reads the database directly (for PGlite, its
 * directory: the server must be stopped).
 */
export async function rollupProblems(location: { databaseUrl?: string; dataDir?: string }): Promise<{ mismatchedDays: number; emptyDays: number; mismatchedCourses: number }> {
  const sql = `select
      (select count(*)::int from (
        select course, (time at time zone 'UTC')::date as day, count(*)::int as count, sum(relevance)::int as relevance, sum(clarity)::int as clarity
        from ratings_current group by 1, 2) c
        full join ratings_daily d using (course, day)
        where c.count is distinct from d.count or c.relevance is distinct from d.relevance or c.clarity is distinct from d.clarity) as "mismatchedDays",
      (select count(*)::int from ratings_daily where count = 0) as "emptyDays",
      (select count(*)::int from (
        select course, count(*)::int as count, sum(relevance)::int as relevance, sum(clarity)::int as clarity
        from ratings_current group by 1) c
        full join ratings_course t using (course)
        where c.count is distinct from t.count or c.relevance is distinct from t.relevance or c.clarity is distinct from t.clarity) as "mismatchedCourses"`;
  if (location.databaseUrl) {
    const client = new pg.Client({ connectionString: location.databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql)).rows[0];
    } finally {
      await client.end();
    }
  }
  const db = await PGlite.create(location.dataDir);
  try {
    return (await db.query<{ mismatchedDays: number; emptyDays: number; mismatchedCourses: number }>(sql)).rows[0]!;
  } finally {
    await db.close();
  }
}
