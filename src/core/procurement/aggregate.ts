/**
 * Raw rating events (as a json-format endpoint receives them) into the ratings aggregate. The
 * same function serves the demo's endpoint and `<pk-relevance-report>`'s `ratings` property, so
 * the two always agree.
 *
 * - Only `rating` events count; other event types are passed over. A rating event without a
 *   course id, a readable time, or both scales as whole numbers from 1 to 5 is ignored and counted.
 * - Delivery is at least once: an event id seen before is a repeat and counts once.
 * - A learner who rates a course again changes their rating: only their latest rating of each
 *   course counts (events without a learner id all count); of two made at the same instant, the one
 *   with the larger event id, so the order events arrive in never matters (the collector agrees).
 * - `baseline`: ratings from before these events (a course's `ratings` in the manifest, an LMS's
 *   history), counted in the earlier window.
 */
import { PkError } from '../errors.js';
import { MAX_WINDOW_DAYS } from './schema.js';
import { DEFAULT_WINDOW_DAYS, type RatedItem, type RatingsAggregate } from './types.js';
import { addTo, emptySums, windowOf, type RatingSums } from './windows.js';

export interface AggregateOptions {
  /** The moment the aggregate is made, epoch ms; default now. `asOf` is its UTC calendar day. */
  now?: number;
  /** Days in the recent window, up to and including `asOf`: a whole number from 1 to 3660; default 90. */
  windowDays?: number;
  /** Earlier ratings per course, e.g. the manifest's courses. */
  baseline?: readonly { id: string; ratings?: { count: number; relevance: number; clarity: number } }[];
}

export interface Aggregated {
  aggregate: RatingsAggregate;
  /** Rating events that could not be read. */
  ignored: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A rating event as far as the aggregate reads it. */
interface Rating {
  id: string;
  course: string;
  learner?: string;
  time: number;
  relevance: number;
  clarity: number;
}

/** Throws a `PkError` (`config-invalid`) for a `windowDays` out of range. */
export function aggregateRatings(events: Iterable<unknown>, options: AggregateOptions = {}): Aggregated {
  const now = options.now ?? Date.now();
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  if (!(Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= MAX_WINDOW_DAYS)) {
    throw new PkError('config-invalid', `windowDays must be a whole number from 1 to ${MAX_WINDOW_DAYS}, got ${windowDays}`, { source: 'ratings' });
  }
  const asOf = new Date(now).toISOString().slice(0, 10);
  const recentFrom = Date.parse(asOf) - (windowDays - 1) * DAY_MS;

  const sums = new Map<string, { earlier: RatingSums; recent: RatingSums }>();
  const sumsOf = (course: string) => {
    let entry = sums.get(course);
    if (!entry) sums.set(course, (entry = { earlier: emptySums(), recent: emptySums() }));
    return entry;
  };
  for (const { id, ratings } of options.baseline ?? []) {
    if (ratings && ratings.count > 0) addTo(sumsOf(id).earlier, ratings.count, ratings.relevance, ratings.clarity);
  }
  const { ratings, ignored } = latestRatings(events);
  for (const rating of ratings) {
    const entry = sumsOf(rating.course);
    addTo(rating.time >= recentFrom ? entry.recent : entry.earlier, 1, rating.relevance, rating.clarity);
  }

  const items: RatedItem[] = [];
  for (const [course, { earlier, recent }] of sums) {
    const earlierWindow = windowOf(earlier);
    const recentWindow = windowOf(recent);
    items.push({ course, ...(earlierWindow && { earlier: earlierWindow }), ...(recentWindow && { recent: recentWindow }) });
  }
  return { aggregate: { asOf, windowDays, items }, ignored };
}

/** The ratings that count: each event once, each learner's latest rating of a course. */
function latestRatings(events: Iterable<unknown>): { ratings: Rating[]; ignored: number } {
  const seen = new Set<string>();
  const latest = new Map<string, Rating>();
  const anonymous: Rating[] = [];
  let ignored = 0;
  for (const event of events) {
    if (!isRecord(event) || event.type !== 'rating') continue;
    if (typeof event.id === 'string') {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
    }
    const rating = readRating(event);
    if (!rating) {
      ignored++;
      continue;
    }
    if (rating.learner === undefined) {
      anonymous.push(rating);
      continue;
    }
    const key = JSON.stringify([rating.learner, rating.course]);
    const previous = latest.get(key);
    if (!previous || rating.time > previous.time || (rating.time === previous.time && rating.id > previous.id)) latest.set(key, rating);
  }
  return { ratings: [...latest.values(), ...anonymous], ignored };
}

function readRating(event: Record<string, unknown>): Rating | undefined {
  const { id, courseId, learnerId, time, data } = event;
  const at = typeof time === 'string' ? Date.parse(time) : Number.NaN;
  if (typeof courseId !== 'string' || courseId === '' || Number.isNaN(at) || !isRecord(data)) return undefined;
  const { relevance, clarity } = data;
  if (!isPoint(relevance) || !isPoint(clarity)) return undefined;
  return { id: typeof id === 'string' ? id : '', course: courseId, ...(typeof learnerId === 'string' && { learner: learnerId }), time: at, relevance, clarity };
}

function isPoint(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
