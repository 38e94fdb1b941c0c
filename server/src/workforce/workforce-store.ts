/**
 * Workforce rows in the store, keyed by (person pseudonym, period). An import is staged batch by
 * batch under its own id and becomes visible in one transaction when committed: a file that fails
 * half way, or a connection that drops, leaves the stored rows as they were. Committing replaces
 * each (person, period) the import holds, so importing the same or a newer export again is safe.
 * Raw HR ids never reach the store: person and manager are pseudonymised like learner ids.
 */
import { randomUUID } from 'node:crypto';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Sql, Store } from '../store/store.js';
import { periodRange, type WorkforceRow } from './fields.js';

const COLUMNS = 'person, period, period_start, period_end, team, manager, hired, exited, internal_moves, connection, learning_hours, aligned, wellbeing';
const TYPES =
  'person text, period text, period_start date, period_end date, team text, manager text, hired date, exited date, internal_moves int, connection float8, learning_hours float8, aligned boolean, wellbeing float8';

/** Staged imports older than this are abandoned (a CLI that died half way) and removed. */
const ABANDONED = '1 day';

export async function beginImport(store: Store): Promise<string> {
  await store.query(`delete from workforce_staging where staged_at < now() - interval '${ABANDONED}'`);
  return randomUUID();
}

/** Adds rows to an import; a (person, period) given twice keeps the later row. */
export async function stageRows(store: Store, importId: string, rows: readonly WorkforceRow[], pseudonymise: Pseudonymise): Promise<void> {
  const latest = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const person = pseudonymise(row.id);
    const range = periodRange(row.period)!;
    latest.set(`${person} ${row.period}`, {
      person,
      period: row.period,
      period_start: range.start,
      period_end: range.end,
      team: row.team,
      manager: row.manager === null ? null : pseudonymise(row.manager),
      hired: row.hired,
      exited: row.exited,
      internal_moves: row.internalMoves,
      connection: row.connection,
      learning_hours: row.learningHours,
      aligned: row.aligned,
      wellbeing: row.wellbeing,
    });
  }
  if (latest.size === 0) return;
  await store.query(
    `insert into workforce_staging (import, ${COLUMNS})
      select $1, ${COLUMNS} from jsonb_to_recordset($2::jsonb) as r(${TYPES})
    on conflict (import, person, period) do update set ${updates()}`,
    [importId, JSON.stringify([...latest.values()])],
  );
}

/** Makes a staged import the stored data, in one transaction; returns how many (person, period) rows it wrote. */
export async function commitImport(store: Store, importId: string): Promise<{ rows: number; people: number; periods: number }> {
  return store.transaction(async (tx) => {
    const { rows } = await tx.query<{ rows: number; people: number; periods: number }>(
      `with written as (
        insert into workforce (${COLUMNS})
          select ${COLUMNS} from workforce_staging where import = $1 order by person, period
        on conflict (person, period) do update set ${updates()}, imported_at = now()
        returning person, period
      ) select count(*)::int as rows, count(distinct person)::int as people, count(distinct period)::int as periods from written`,
      [importId],
    );
    await tx.query('delete from workforce_staging where import = $1', [importId]);
    await bumpGeneration(tx);
    return rows[0]!;
  });
}

export async function abandonImport(store: Store, importId: string): Promise<void> {
  await store.query('delete from workforce_staging where import = $1', [importId]);
}

const updates = () =>
  COLUMNS.split(', ')
    .filter((column) => column !== 'person' && column !== 'period')
    .map((column) => `${column} = excluded.${column}`)
    .join(', ');

/** Erasure: a person's workforce rows (and any they appear in as manager lose the link). */
export async function eraseWorkforce(tx: Sql, person: string): Promise<number> {
  await tx.query('delete from workforce_staging where person = $1', [person]);
  await tx.query('update workforce set manager = null where manager = $1', [person]);
  const { rows } = await tx.query<{ removed: number }>(
    'with gone as (delete from workforce where person = $1 returning 1) select count(*)::int as removed from gone',
    [person],
  );
  await bumpGeneration(tx);
  return rows[0]!.removed;
}

/** Retention: rows of periods that ended before `cutoff` (an ISO time). */
export async function expireWorkforce(tx: Sql, cutoff: string): Promise<number> {
  const { rows } = await tx.query<{ removed: number }>(
    'with gone as (delete from workforce where period_end < $1::timestamptz returning 1) select count(*)::int as removed from gone',
    [cutoff],
  );
  await bumpGeneration(tx);
  return rows[0]!.removed;
}

/**
 * A counter every change to the workforce rows raises (and every erasure or expiry of events, which
 * can move a person between cohorts), so a cached metrics document knows it is stale.
 */
export async function bumpGeneration(tx: Sql): Promise<void> {
  await tx.query(
    `insert into settings (name, value) values ('workforce-generation', '1')
      on conflict (name) do update set value = (settings.value::bigint + 1)::text`,
  );
}
