/**
 * `GET /v1/ratings`: the ratings-aggregate document `<pk-relevance-report src>` reads, from the
 * rollups plus the manifest's rating history (each course's `ratings`, counted in the earlier
 * window), by the definitions of the library's `aggregateRatings`.
 */
import { MAX_WINDOW_DAYS } from '../../../src/core/procurement/schema.js';
import { DEFAULT_WINDOW_DAYS, type RatedItem, type RatingsAggregate } from '../../../src/core/procurement/types.js';
import { addTo, emptySums, windowOf, type RatingSums } from '../../../src/core/procurement/windows.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import type { Sql } from '../store/store.js';
import { ratingSums, type CourseSums } from './ratings.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface RatingsQuery {
  windowDays?: string;
  asOf?: string;
}

export type ReadQuery<T> = { ok: true; value: T } | { ok: false; problems: { path: string; message: string }[] };

/** `windowDays` and `asOf` from the query string, or what is wrong with them. */
export function readRatingsQuery(query: RatingsQuery, today: string): ReadQuery<{ windowDays: number; asOf: string }> {
  const problems: { path: string; message: string }[] = [];
  const windowDays = query.windowDays === undefined ? DEFAULT_WINDOW_DAYS : Number(query.windowDays);
  if (!(Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= MAX_WINDOW_DAYS)) {
    problems.push({ path: 'windowDays', message: `expected a whole number from 1 to ${MAX_WINDOW_DAYS}` });
  }
  const asOf = query.asOf ?? today;
  if (!DAY.test(asOf) || Number.isNaN(Date.parse(asOf)) || new Date(asOf).toISOString().slice(0, 10) !== asOf) {
    problems.push({ path: 'asOf', message: 'expected a calendar day, YYYY-MM-DD' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { windowDays, asOf } };
}

export interface RatingsDocumentOptions {
  windowDays: number;
  asOf: string;
  manifest?: Manifest;
  /** Windows holding fewer ratings are left out, so no small group's answers can be read off. */
  minGroup: number;
}

export async function ratingsDocument(db: Sql, options: RatingsDocumentOptions): Promise<RatingsAggregate> {
  const { windowDays, asOf, minGroup } = options;
  const recentFrom = new Date(Date.parse(asOf) - (windowDays - 1) * DAY_MS).toISOString().slice(0, 10);
  const sums = new Map<string, { earlier: RatingSums; recent: RatingSums }>();
  const sumsOf = (course: string) => {
    let entry = sums.get(course);
    if (!entry) sums.set(course, (entry = { earlier: emptySums(), recent: emptySums() }));
    return entry;
  };
  for (const { id, ratings } of options.manifest?.courses ?? []) {
    if (ratings && ratings.count > 0) addTo(sumsOf(id).earlier, ratings.count, ratings.relevance, ratings.clarity);
  }
  const { total, recent, after } = await ratingSums(db, recentFrom, asOf);
  const add = (window: RatingSums, sums: CourseSums, sign: 1 | -1) => {
    window.count += sign * sums.count;
    window.relevance += sign * sums.relevance;
    window.clarity += sign * sums.clarity;
  };
  // Earlier = all − recent − after asOf.
  for (const sums of total) add(sumsOf(sums.course).earlier, sums, 1);
  for (const sums of recent) {
    add(sumsOf(sums.course).earlier, sums, -1);
    add(sumsOf(sums.course).recent, sums, 1);
  }
  for (const sums of after) add(sumsOf(sums.course).earlier, sums, -1);
  const published = (window: RatingSums) => (window.count >= minGroup ? windowOf(window) : undefined);
  const items: RatedItem[] = [];
  for (const [course, { earlier, recent }] of sums) {
    const earlierWindow = published(earlier);
    const recentWindow = published(recent);
    if (earlierWindow || recentWindow) items.push({ course, ...(earlierWindow && { earlier: earlierWindow }), ...(recentWindow && { recent: recentWindow }) });
  }
  return { asOf, windowDays, items };
}
