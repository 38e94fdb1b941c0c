/**
 * The schema, as numbered migrations applied in order, each in its own transaction, once. The same
 * SQL on PGlite and PostgreSQL. Several processes starting on one PostgreSQL take turns through an
 * advisory lock, so a migration never runs twice.
 */
import type { Sql, Store } from './store.js';

export interface Migration {
  version: number;
  name: string;
  up(tx: Sql): Promise<void>;
}

const statements = (...sql: string[]) => async (tx: Sql) => {
  for (const statement of sql) await tx.query(statement);
};

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events and manifest versions',
    up: statements(
      `create table events (
        seq bigserial unique,
        id uuid primary key,
        type text not null,
        learner text not null,
        course text,
        time timestamptz not null,
        received_at timestamptz not null default now(),
        body json not null
      )`,
      'create index events_learner on events (learner)',
      'create index events_time on events (time)',
      'create index events_type on events (type, course)',
      `create table manifest_versions (
        version int primary key,
        etag text not null,
        body text not null,
        author text,
        created_at timestamptz not null default now()
      )`,
      `create table settings (name text primary key, value text not null)`,
    ),
  },
  {
    version: 2,
    name: 'rollups: current ratings, ratings per course and day, discussed prompts, team rosters',
    up: statements(
      `create table ratings_current (
        course text not null,
        learner text not null,
        event_id uuid not null,
        time timestamptz not null,
        relevance int not null,
        clarity int not null,
        primary key (course, learner)
      )`,
      `create table ratings_daily (
        course text not null,
        day date not null,
        count int not null,
        relevance int not null,
        clarity int not null,
        primary key (course, day)
      )`,
      `create table discussed (
        manager text not null,
        prompt text not null,
        at timestamptz not null,
        primary key (manager, prompt)
      )`,
      `create table teams (
        manager text primary key,
        body jsonb not null,
        updated_at timestamptz not null default now()
      )`,
      // Events stored before the rollups existed are counted into them here.
      `insert into ratings_current (course, learner, event_id, time, relevance, clarity)
        select distinct on (course, learner) course, learner, id, time,
          (body->'data'->>'relevance')::int, (body->'data'->>'clarity')::int
        from events where type = 'rating'
        order by course, learner, time desc, id desc`,
      `insert into ratings_daily (course, day, count, relevance, clarity)
        select course, (time at time zone 'UTC')::date, count(*), sum(relevance), sum(clarity)
        from ratings_current group by 1, 2`,
      `insert into discussed (manager, prompt, at)
        select learner, body->'data'->>'promptId', min(time) from events where type = 'prompt-discussed' group by 1, 2`,
    ),
  },
  {
    version: 3,
    name: 'ratings per course in all; an index for endorsements only',
    up: statements(
      `create table ratings_course (
        course text primary key,
        count int not null,
        relevance int not null,
        clarity int not null
      )`,
      `insert into ratings_course (course, count, relevance, clarity)
        select course, sum(count), sum(relevance), sum(clarity) from ratings_daily group by course`,
      'create index ratings_daily_day on ratings_daily (day, course) include (count, relevance, clarity)',
      // Every event paid for an index that only the endorsements document reads.
      'drop index events_type',
      "create index events_endorsements on events (time desc, id) where type = 'endorsement'",
    ),
  },
  {
    version: 4,
    name: 'LRS: forward queue and dead letters; pulled statements, LMS progress and completions',
    up: statements(
      // One row per accepted event until the LRS has it; leased (not locked) while a worker sends it.
      `create table lrs_outbox (
        event_id uuid primary key,
        learner text not null,
        time timestamptz not null,
        statement jsonb not null,
        queued_at timestamptz not null default now(),
        attempts int not null default 0,
        next_at timestamptz not null default now(),
        leased_until timestamptz
      )`,
      'create index lrs_outbox_due on lrs_outbox (next_at, queued_at)',
      'create index lrs_outbox_learner on lrs_outbox (learner)',
      `create table lrs_dead_letters (
        event_id uuid primary key,
        learner text not null,
        time timestamptz not null,
        statement jsonb not null,
        status int,
        reason text not null,
        failed_at timestamptz not null default now()
      )`,
      'create index lrs_dead_letters_learner on lrs_dead_letters (learner)',
      // Every statement a sync has read, so a second read of it changes nothing.
      `create table lrs_pulled (
        statement_id uuid primary key,
        stored timestamptz not null,
        kind text not null
      )`,
      // Per course and learner: what the LMS said (enrolment, completion, last activity).
      `create table lms_progress (
        course text not null,
        learner text not null,
        enrolled_at timestamptz,
        completed_at timestamptz,
        last_active_at timestamptz not null,
        primary key (course, learner)
      )`,
      `create table lms_completions (
        statement_id uuid primary key,
        course text not null,
        learner text not null,
        time timestamptz not null,
        takeaway text
      )`,
      'create index lms_completions_learner on lms_completions (learner, time desc)',
    ),
  },
  {
    version: 5,
    name: 'workforce: the HR export per person and period, and imports staged until committed',
    up: statements(
      ...['workforce', 'workforce_staging'].map(
        (table) => `create table ${table} (
        ${table === 'workforce_staging' ? 'import text not null, staged_at timestamptz not null default now(),' : ''}
        person text not null,
        period text not null,
        period_start date not null,
        period_end date not null,
        team text,
        manager text,
        hired date not null,
        exited date,
        internal_moves int not null,
        connection float8,
        learning_hours float8,
        aligned boolean,
        ${table === 'workforce' ? 'imported_at timestamptz not null default now(),' : ''}
        primary key (${table === 'workforce_staging' ? 'import, ' : ''}person, period)
      )`,
      ),
      'create index workforce_period_end on workforce (period_end)',
      // Each person's latest row, read in order without a sort of every row.
      'create index workforce_latest on workforce (person, period_start desc) include (hired, exited, aligned)',
      'create index workforce_staging_person on workforce_staging (person)',
    ),
  },
  {
    version: 6,
    name: 'endorsement inbox: dismissals of sent endorsements',
    up: statements(
      // Leaves with its event: erasure and retention delete events, and the dismissals go with them.
      `create table endorsement_dismissals (
        event_id uuid primary key references events (id) on delete cascade,
        dismissed_by text not null,
        dismissed_at timestamptz not null default now()
      )`,
    ),
  },
];

const LOCK = 7_347_001;

/**
 * Applies the migrations not yet applied, in order, up to `to` (the latest by default); returns the
 * highest version applied. "Not yet applied" is by version, not "above the highest": version 4
 * (the LRS link) and version 5 (workforce) were built side by side, so a store may hold 5 without 4;
 * each touches only its own tables, so 4 after 5 is the same schema.
 */
export async function migrate(store: Store, to = MIGRATIONS.at(-1)!.version): Promise<number> {
  return store.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      version int primary key, name text not null, applied_at timestamptz not null default now())`);
    const { rows } = await tx.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...applied);
    if (newest > MIGRATIONS.at(-1)!.version) {
      throw new Error(`the data was written by a newer purpose-kit-server (schema version ${newest}); upgrade this one`);
    }
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version) || migration.version > to) continue;
      await migration.up(tx);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      applied.add(migration.version);
    }
    return Math.max(0, ...applied);
  });
}
