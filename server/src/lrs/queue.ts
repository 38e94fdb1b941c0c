/**
 * The durable forward queue (`lrs_outbox`): rows written in the ingest transaction, claimed by a
 * lease (`leased_until`, taken with `for update skip locked`, so two processes on one PostgreSQL
 * never claim the same row and no transaction stays open while the LRS is called), deleted once
 * the LRS has the statement, moved to `lrs_dead_letters` when the LRS refuses it for good.
 */
import type { PkEvent } from '../../../src/core/delivery/event.js';
import type { Sql } from '../store/store.js';
import { forwardStatement } from './forward-statement.js';

export interface Claimed {
  id: string;
  statement: Record<string, unknown>;
  attempts: number;
}

const LAST_ERROR = 'lrs-forward-last-error';

/** Queues the statements of freshly stored events (pseudonymised bodies), in the caller's transaction. */
export async function enqueue(tx: Sql, events: readonly PkEvent[], homePage: string): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => ({ event_id: event.id, learner: event.learnerId, time: event.time, statement: forwardStatement(event, homePage) }));
  await tx.query(
    `insert into lrs_outbox (event_id, learner, time, statement)
      select event_id, learner, time, statement
      from jsonb_to_recordset($1::jsonb) as r(event_id uuid, learner text, time timestamptz, statement jsonb)
      order by event_id
    on conflict (event_id) do nothing`,
    [JSON.stringify(rows)],
  );
}

/** Leases up to `limit` due rows for `leaseMs`, oldest first. A crashed worker's lease runs out and another takes the rows. */
export async function claim(db: Sql, limit: number, leaseMs: number): Promise<Claimed[]> {
  const { rows } = await db.query<{ id: string; statement: Record<string, unknown>; attempts: number; queued_at: string }>(
    `update lrs_outbox set leased_until = now() + make_interval(secs => $2::double precision), attempts = attempts + 1
    where event_id in (
      select event_id from lrs_outbox
      where next_at <= now() and (leased_until is null or leased_until < now())
      order by queued_at, event_id limit $1
      for update skip locked)
    returning event_id::text as id, statement, attempts, queued_at`,
    [limit, leaseMs / 1000],
  );
  return rows.sort((a, b) => Date.parse(a.queued_at) - Date.parse(b.queued_at) || a.id.localeCompare(b.id));
}

const ids = (rows: readonly Claimed[]) => JSON.stringify(rows.map((row) => row.id));

export async function remove(db: Sql, rows: readonly Claimed[]): Promise<void> {
  await db.query('delete from lrs_outbox where event_id in (select value::uuid from jsonb_array_elements_text($1::jsonb))', [ids(rows)]);
}

/** Gives the rows back, due again in `delayMs`. */
export async function reschedule(db: Sql, rows: readonly Claimed[], delayMs: number): Promise<void> {
  await db.query(
    `update lrs_outbox set leased_until = null, next_at = now() + make_interval(secs => $2::double precision)
    where event_id in (select value::uuid from jsonb_array_elements_text($1::jsonb))`,
    [ids(rows), delayMs / 1000],
  );
}

export async function deadLetter(db: Sql, row: Claimed, status: number, reason: string): Promise<void> {
  await db.query(
    `with moved as (delete from lrs_outbox where event_id = $1 returning event_id, learner, time, statement)
    insert into lrs_dead_letters (event_id, learner, time, statement, status, reason)
      select event_id, learner, time, statement, $2, $3 from moved
    on conflict (event_id) do nothing`,
    [row.id, status, reason],
  );
}

/** Puts every dead letter back in the queue (after the cause was fixed); returns how many. */
export async function requeueDeadLetters(db: Sql): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `with moved as (delete from lrs_dead_letters returning event_id, learner, time, statement),
      queued as (insert into lrs_outbox (event_id, learner, time, statement) select * from moved on conflict (event_id) do nothing returning 1)
    select count(*)::int as n from queued`,
  );
  return rows[0]!.n;
}

export async function listDeadLetters(db: Sql, limit = 1000): Promise<{ id: string; status: number | null; reason: string; failedAt: string; statement: unknown }[]> {
  const { rows } = await db.query<{ id: string; status: number | null; reason: string; failed_at: Date | string; statement: unknown }>(
    'select event_id::text as id, status, reason, failed_at, statement from lrs_dead_letters order by failed_at, event_id limit $1',
    [limit],
  );
  return rows.map(({ failed_at, ...row }) => ({ ...row, failedAt: new Date(failed_at).toISOString() }));
}

export async function setLastError(db: Sql, message: string | undefined): Promise<void> {
  if (message === undefined) await db.query('delete from settings where name = $1', [LAST_ERROR]);
  else {
    await db.query(
      'insert into settings (name, value) values ($1, $2) on conflict (name) do update set value = excluded.value',
      [LAST_ERROR, JSON.stringify({ message, at: new Date().toISOString() })],
    );
  }
}

export interface ForwardHealth {
  queued: number;
  oldestAgeSeconds: number;
  lastError: { message: string; at: string } | null;
  deadLetters: number;
}

export async function forwardHealth(db: Sql): Promise<ForwardHealth> {
  const { rows } = await db.query<{ queued: number; oldest: number | null; dead: number; last_error: string | null }>(
    `select (select count(*)::int from lrs_outbox) as queued,
      (select extract(epoch from now() - min(queued_at))::float8 from lrs_outbox) as oldest,
      (select count(*)::int from lrs_dead_letters) as dead,
      (select value from settings where name = $1) as last_error`,
    [LAST_ERROR],
  );
  const row = rows[0]!;
  return {
    queued: row.queued,
    oldestAgeSeconds: Math.max(0, Math.floor(row.oldest ?? 0)),
    lastError: row.last_error ? JSON.parse(row.last_error) : null,
    deadLetters: row.dead,
  };
}
