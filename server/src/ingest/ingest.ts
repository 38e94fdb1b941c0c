/**
 * One batch of learner events into the store, in one transaction: the events themselves (a repeated
 * id is skipped, so a retry, a second tab or a second server process never counts twice) and the
 * rollups the views read. The caller answers 2xx only after this resolves, i.e. after commit.
 */
import type { PkEvent } from '../../../src/core/delivery/event.js';
import { applyRatings, type NewRating } from '../aggregates/ratings.js';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Sql, Store } from '../store/store.js';

export interface IngestResult {
  /** Events stored now. */
  accepted: number;
  /** Events already stored before (same id). */
  duplicates: number;
}

interface StoredEvent {
  id: string;
  type: string;
  learner: string;
  course: string | null;
  time: string;
  body: PkEvent;
}

/** Runs in the ingest transaction with the events stored now (learner ids pseudonymised), e.g. to queue them for the LRS. */
export type AfterStore = (tx: Sql, stored: readonly PkEvent[]) => Promise<void>;

export async function ingest(store: Store, events: readonly PkEvent[], pseudonymise: Pseudonymise, afterStore?: AfterStore): Promise<IngestResult> {
  const accepted = await store.transaction((tx) => ingestInto(tx, events, pseudonymise, afterStore));
  return { accepted, duplicates: events.length - accepted };
}

/** `ingest` inside a transaction the caller holds (a pull stores a page of statements and its cursor together); returns how many were new. */
export async function ingestInto(tx: Sql, events: readonly PkEvent[], pseudonymise: Pseudonymise, afterStore?: AfterStore): Promise<number> {
  const rows = uniqueById(events).map((event): StoredEvent => {
    const learner = pseudonymise(event.learnerId);
    return {
      id: event.id,
      type: event.type,
      learner,
      course: 'courseId' in event ? event.courseId : null,
      time: event.time,
      body: { ...event, learnerId: learner },
    };
  });
  const stored = await insertEvents(tx, rows);
  const fresh = rows.filter((row) => stored.has(row.id));
  await applyRatings(tx, fresh.flatMap(ratingOf));
  await markDiscussed(tx, fresh);
  await afterStore?.(tx, fresh.map((row) => row.body));
  return fresh.length;
}

function uniqueById(events: readonly PkEvent[]): PkEvent[] {
  const seen = new Map<string, PkEvent>();
  for (const event of events) if (!seen.has(event.id)) seen.set(event.id, event);
  return [...seen.values()];
}

/** One multi-row INSERT; returns the ids that were new. */
async function insertEvents(tx: Sql, rows: readonly StoredEvent[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const { rows: inserted } = await tx.query<{ id: string }>(
    `insert into events (id, type, learner, course, time, body)
      select id, type, learner, course, time, body
      from jsonb_to_recordset($1::jsonb) as e(id uuid, type text, learner text, course text, time timestamptz, body json)
      order by id
    on conflict (id) do nothing
    returning id::text`,
    [JSON.stringify(rows)],
  );
  return new Set(inserted.map((row) => row.id));
}

function ratingOf(row: StoredEvent): NewRating[] {
  if (row.body.type !== 'rating') return [];
  const { relevance, clarity } = row.body.data;
  return [{ eventId: row.id, course: row.course!, learner: row.learner, time: row.time, relevance, clarity }];
}

/** A manager's first mark of a prompt is the one kept. */
async function markDiscussed(tx: Sql, rows: readonly StoredEvent[]): Promise<void> {
  const marks = rows.flatMap((row) =>
    row.body.type === 'prompt-discussed' ? [{ manager: row.learner, prompt: row.body.data.promptId, at: row.time }] : [],
  );
  if (marks.length === 0) return;
  await tx.query(
    `insert into discussed (manager, prompt, at)
      select manager, prompt, min(at) from jsonb_to_recordset($1::jsonb) as m(manager text, prompt text, at timestamptz)
      group by 1, 2 order by 1, 2
    on conflict (manager, prompt) do update set at = least(discussed.at, excluded.at)`,
    [JSON.stringify(marks)],
  );
}
