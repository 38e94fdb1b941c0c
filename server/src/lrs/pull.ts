/**
 * A pull from the LRS: `GET statements?since=…&ascending=true`, page by page through `more`, each
 * page in one transaction with the cursor (the `stored` time of its last statement), so an
 * interrupted pull resumes where it stopped. Each statement is read once (`lrs_pulled`, by id):
 *  - this collector's own forwards (actor on its pseudonym home page) are skipped: they came from here;
 *  - Purpose Kit statements from any site become events, ingested as the json format's are
 *    (the same validation, pseudonyms and rollups); they are not forwarded back;
 *  - the LMS's registered / launched / completed / passed about a manifest course (`lms.ts`) feed
 *    `lms_progress` (usage) and `lms_completions` (the team digest);
 *  - anything else is left out, and not remembered: a later `--since` pull reads it again (e.g.
 *    after the manifest gained the course it is about).
 */
import type { PkEvent } from '../../../src/core/delivery/event.js';
import { readReceivedEvent } from '../../../src/core/delivery/received-event.js';
import { readStatement } from '../../../src/core/delivery/xapi-read.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import { ingestInto } from '../ingest/ingest.js';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Sql, Store } from '../store/store.js';
import { LrsClient } from './client.js';
import { pseudonymHomePage } from './forward-statement.js';
import { courseMatcher, readLmsStatement, type LmsStatement } from './lms.js';
import type { SyncSummary } from './routes.js';
import type { LrsSettings } from './settings.js';

export interface PullOptions {
  /** Start here instead of at the stored cursor (ISO 8601). */
  since?: string;
  pageSize?: number;
}

/** Statements stored within this much before the cursor are asked for again (same-millisecond batches); ids keep it idempotent. */
const OVERLAP_MS = 1000;
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

export const cursorName = (url: string) => `lrs-pull-cursor:${url}`;

export async function readCursor(db: Sql, url: string): Promise<string | null> {
  const { rows } = await db.query<{ value: string }>('select value from settings where name = $1', [cursorName(url)]);
  return rows[0]?.value ?? null;
}

export async function pull(
  store: Store,
  settings: Pick<LrsSettings, 'url' | 'key' | 'secret' | 'homePage'>,
  pseudonymise: Pseudonymise,
  manifest: () => Promise<Manifest | undefined>,
  options: PullOptions = {},
): Promise<SyncSummary> {
  const client = new LrsClient(settings);
  const courseOf = courseMatcher(await manifest());
  const ownActors = pseudonymHomePage(settings.homePage);
  const cursor = await readCursor(store, settings.url);
  const since = options.since ?? (cursor ? new Date(Date.parse(cursor) - OVERLAP_MS).toISOString() : undefined);
  const query = new URLSearchParams({ ascending: 'true', limit: String(options.pageSize ?? 500), ...(since && { since }) });
  let next: string | undefined = `${settings.url}/statements?${query}`;
  const summary: SyncSummary = { statements: 0, events: 0, lms: 0, skipped: 0, cursor };
  while (next) {
    const page = await client.page(next);
    const counted = await store.transaction((tx) => storePage(tx, page.statements, { ownActors, courseOf, pseudonymise, url: settings.url }));
    summary.statements += counted.events + counted.lms;
    summary.events += counted.events;
    summary.lms += counted.lms;
    summary.skipped += counted.skipped;
    summary.cursor = counted.cursor ?? summary.cursor;
    next = page.statements.length > 0 ? page.more : undefined;
  }
  return summary;
}

interface PageContext {
  ownActors: string;
  courseOf: ReturnType<typeof courseMatcher>;
  pseudonymise: Pseudonymise;
  url: string;
}

async function storePage(tx: Sql, statements: readonly Record<string, unknown>[], context: PageContext) {
  const events: PkEvent[] = [];
  const lms: LmsStatement[] = [];
  const kept: { id: string; stored: string; kind: string }[] = [];
  let skipped = 0;
  let latestStored: string | undefined;
  for (const statement of statements) {
    const stored = typeof statement.stored === 'string' ? statement.stored : undefined;
    if (stored && (!latestStored || Date.parse(stored) > Date.parse(latestStored))) latestStored = new Date(stored).toISOString();
    const actor = statement.actor as { account?: { homePage?: unknown } } | undefined;
    if (actor?.account?.homePage === context.ownActors || !stored || typeof statement.id !== 'string') {
      skipped++;
      continue;
    }
    const event = eventOf(statement);
    const fromLms = event ? undefined : readLmsStatement(statement, context.courseOf);
    if (event) events.push(event);
    else if (fromLms) lms.push(fromLms);
    else {
      skipped++;
      continue;
    }
    kept.push({ id: statement.id.toLowerCase(), stored, kind: event ? 'purpose-kit' : 'lms' });
  }
  const fresh = await markPulled(tx, kept);
  const freshEvents = events.filter((event) => fresh.has(event.id));
  const freshLms = lms.filter((statement) => fresh.has(statement.id));
  const stored = await ingestInto(tx, freshEvents, context.pseudonymise);
  await applyLms(tx, freshLms.map((statement) => ({ ...statement, learner: context.pseudonymise(statement.learnerId) })));
  if (latestStored) {
    await tx.query(
      `insert into settings (name, value) values ($1, $2)
      on conflict (name) do update set value = excluded.value where settings.value::timestamptz < excluded.value::timestamptz`,
      [cursorName(context.url), latestStored],
    );
  }
  return { events: stored, lms: freshLms.length, skipped: skipped + (kept.length - fresh.size), cursor: latestStored };
}

/** A Purpose Kit statement as an event that passes the same checks as the json format's, else undefined. */
function eventOf(statement: Record<string, unknown>): PkEvent | undefined {
  const read = readStatement(statement);
  if (!read.ok) return undefined;
  const checked = readReceivedEvent(read.event, Date.now() + CLOCK_SKEW_MS);
  return checked.ok ? checked.event : undefined;
}

async function markPulled(tx: Sql, kept: readonly { id: string; stored: string; kind: string }[]): Promise<Set<string>> {
  if (kept.length === 0) return new Set();
  const { rows } = await tx.query<{ id: string }>(
    `insert into lrs_pulled (statement_id, stored, kind)
      select id, stored, kind from jsonb_to_recordset($1::jsonb) as s(id uuid, stored timestamptz, kind text) order by id
    on conflict (statement_id) do nothing
    returning statement_id::text as id`,
    [JSON.stringify(kept)],
  );
  return new Set(rows.map((row) => row.id));
}

async function applyLms(tx: Sql, statements: readonly (LmsStatement & { learner: string })[]): Promise<void> {
  if (statements.length === 0) return;
  const rows = statements.map((statement) => ({
    course: statement.course,
    learner: statement.learner,
    time: statement.time,
    completed: statement.verb === 'completed' || statement.verb === 'passed',
  }));
  await tx.query(
    `insert into lms_progress (course, learner, enrolled_at, completed_at, last_active_at)
      select course, learner, min(time), min(time) filter (where completed), max(time)
      from jsonb_to_recordset($1::jsonb) as s(course text, learner text, time timestamptz, completed boolean)
      group by course, learner order by course, learner
    on conflict (course, learner) do update set
      enrolled_at = least(lms_progress.enrolled_at, excluded.enrolled_at),
      completed_at = least(lms_progress.completed_at, excluded.completed_at),
      last_active_at = greatest(lms_progress.last_active_at, excluded.last_active_at)`,
    [JSON.stringify(rows)],
  );
  const completions = statements.filter((statement) => statement.verb === 'completed' || statement.verb === 'passed');
  if (completions.length === 0) return;
  await tx.query(
    `insert into lms_completions (statement_id, course, learner, time, takeaway)
      select id, course, learner, time, takeaway
      from jsonb_to_recordset($1::jsonb) as s(id uuid, course text, learner text, time timestamptz, takeaway text)
    on conflict (statement_id) do nothing`,
    [JSON.stringify(completions)],
  );
}
