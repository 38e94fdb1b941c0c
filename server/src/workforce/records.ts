/**
 * The collector's data as the metrics module's `WorkforceRecords`: one employee per person (hire
 * and exit dates from their latest period's row), role fills (each internal move in a period, each
 * hire), skill events (a learner's first rating of a course as its completion, an endorsement — "this
 * helped me solve …" — as the confirmed application of its skill) and team surveys (one per team,
 * period and cohort: the members' mean "connection to mission" score and mean learning utilisation).
 * For Human Sustainability: each person's team (from their latest row), the courses they went
 * through (the evidence the cohort rule reads, dated) and team wellbeing surveys.
 */
import type { EmployeeRecord, ReportingPeriod, RoleFill, SkillEvent, TeamSurvey, TeamWellbeing, WorkforceRecords } from '../../../src/core/metrics/types.js';
import type { Sql } from '../store/store.js';
import { LEARNING_EVENTS } from './cohort.js';

const DAY = "(e.time at time zone 'UTC')::date";

/**
 * The common table expressions `periods` (the workforce file's periods) and `activity` (per person
 * of the file and period, how many learning events they sent: the event types in parameter `types`).
 */
const learningActivity = (types: string) => `periods as (select distinct period, period_start, period_end from workforce),
      activity as (
        select e.learner, p.period, count(*)::float8 as events
        from events e join periods p on ${DAY} between p.period_start and p.period_end
        where e.type = any(${types}::text[])
          and exists (select 1 from workforce w where w.person = e.learner)
        group by 1, 2
      )`;

/**
 * `aligned`: the pseudonyms the cohort rule (cohort.ts) puts in the aligned cohort; an HR row's
 * `aligned` column overrides it. Team surveys of fewer than `minGroup` people are left out.
 */
export async function workforceRecords(sql: Sql, aligned: ReadonlySet<string>, minGroup: number): Promise<WorkforceRecords> {
  const { rows: periods } = await sql.query<ReportingPeriod>(
    `select period as label, min(period_start)::text as start, max(period_end)::text as end
      from workforce group by period order by 2, 1`,
  );
  const { rows: people } = await sql.query<{ person: string; hired: string; exited: string | null; aligned: boolean | null; team: string | null }>(
    `select distinct on (person) person, hired::text as hired, exited::text as exited, aligned, team
      from workforce order by person, period_start desc`,
  );
  const cohortOf = new Map(people.map((row) => [row.person, row.aligned ?? aligned.has(row.person)]));
  const employees: EmployeeRecord[] = people.map((row) => ({ id: row.person, aligned: cohortOf.get(row.person)!, hired: row.hired, separated: row.exited, team: row.team }));
  const alignedPeople = [...cohortOf].flatMap(([person, isAligned]) => (isAligned ? [person] : []));
  return {
    periods,
    employees,
    roles: await roleFills(sql, employees, cohortOf),
    ...(await skillEvents(sql)),
    teams: (await teamSurveys(sql, alignedPeople)).filter((team) => team.size >= minGroup),
    learning: await coursesTaken(sql),
    wellbeing: (await teamWellbeing(sql)).filter((team) => team.size >= minGroup),
  };
}

/**
 * The courses each person in the HR data went through, each on its first date: the evidence the
 * cohort rule reads (a `rating` or an `endorsement`, an LMS `completed`/`passed` statement).
 */
async function coursesTaken(sql: Sql): Promise<SkillEvent[]> {
  const { rows } = await sql.query<SkillEvent>(
    `with went_through as (
        select e.learner, e.course, ${DAY} as day from events e where e.type = any($1::text[]) and e.course is not null
        union all
        select learner, course, (completed_at at time zone 'UTC')::date from lms_progress where completed_at is not null
      )
    select learner as employee, course, min(day)::text as date from went_through
      where exists (select 1 from workforce w where w.person = went_through.learner)
      group by learner, course`,
    [LEARNING_EVENTS],
  );
  return rows;
}

/** Internal moves (dated the first day of their period) and hires (external fills). */
async function roleFills(sql: Sql, employees: readonly EmployeeRecord[], cohortOf: ReadonlyMap<string, boolean>): Promise<RoleFill[]> {
  const { rows } = await sql.query<{ person: string; filled: string; moves: number }>(
    'select person, period_start::text as filled, internal_moves as moves from workforce where internal_moves > 0',
  );
  const fills: RoleFill[] = employees.map((employee) => ({ filled: employee.hired, internal: false, aligned: employee.aligned }));
  for (const row of rows) {
    const aligned = cohortOf.get(row.person)!;
    for (let move = 0; move < row.moves; move++) fills.push({ filled: row.filled, internal: true, aligned });
  }
  return fills;
}

async function skillEvents(sql: Sql): Promise<{ completions?: SkillEvent[]; applications?: SkillEvent[] }> {
  const read = (type: string, first: boolean) =>
    sql.query<SkillEvent>(
      `select e.learner as employee, e.course, ${first ? `min(${DAY})` : DAY}::text as date
        from events e where e.type = $1 and e.course is not null
          and exists (select 1 from workforce w where w.person = e.learner)
        ${first ? 'group by e.learner, e.course' : ''}`,
      [type],
    );
  const [completions, applications] = await Promise.all([read('rating', true), read('endorsement', false)]);
  // Without a single confirmed application the collector knows nothing of latency: the chart leaves it out.
  return applications.rows.length ? { completions: completions.rows, applications: applications.rows } : {};
}

/**
 * Per team, period and cohort: people with a survey score, their mean score, and their mean
 * learning utilisation — the file's `learning_hours`, or else the number of their learning
 * events in the period. The survey counts as closing on the period's last day.
 */
async function teamSurveys(sql: Sql, alignedPeople: readonly string[]): Promise<TeamSurvey[]> {
  const { rows } = await sql.query<TeamSurvey>(
    `with ${learningActivity('$2')},
      aligned as (select unnest($1::text[]) as person)
    select w.team, (a.person is not null) as aligned, w.period_end::text as date,
      count(w.connection)::int as size,
      avg(coalesce(w.learning_hours, activity.events, 0)) filter (where w.connection is not null) as utilisation,
      avg(w.connection) as connection
    from workforce w
      left join aligned a on a.person = w.person
      left join activity on activity.learner = w.person and activity.period = w.period
    where w.team is not null
    group by w.team, 2, w.period_end
    having count(w.connection) > 0`,
    [alignedPeople, LEARNING_EVENTS],
  );
  return rows;
}

/**
 * Per team and period: people with a wellbeing score, their mean score, and their mean learning
 * (as in `teamSurveys`); dated the period's last day. Not split by cohort: the relation is the
 * whole organisation's.
 */
async function teamWellbeing(sql: Sql): Promise<TeamWellbeing[]> {
  const { rows } = await sql.query<TeamWellbeing>(
    `with ${learningActivity('$1')}
    select w.team, w.period_end::text as date, count(w.wellbeing)::int as size,
      avg(coalesce(w.learning_hours, activity.events, 0)) filter (where w.wellbeing is not null) as learning,
      avg(w.wellbeing) as wellbeing
    from workforce w left join activity on activity.learner = w.person and activity.period = w.period
    where w.team is not null
    group by w.team, w.period_end
    having count(w.wellbeing) > 0`,
    [LEARNING_EVENTS],
  );
  return rows;
}
