/**
 * Each team member's recent completions from the LMS (`lms_completions`, pulled from the LRS) with
 * their takeaway (`result.response`), for the team digest: the newest `PER_MEMBER` of the last
 * `RECENT_DAYS` days, added to those the roster already lists (the same course on the same day is
 * listed once; the roster's entry wins).
 */
import type { TeamCompletion } from '../../../src/core/manifest/types.js';
import type { Sql } from '../store/store.js';

export const PER_MEMBER = 20;
export const RECENT_DAYS = 365;

export async function lmsCompletions(db: Sql, pseudonyms: readonly string[], now = Date.now()): Promise<Map<string, TeamCompletion[]>> {
  const found = new Map<string, TeamCompletion[]>();
  if (pseudonyms.length === 0) return found;
  const { rows } = await db.query<{ learner: string; course: string; date: string; takeaway: string | null }>(
    `select learner, course, to_char(time at time zone 'UTC', 'YYYY-MM-DD') as date, takeaway from (
      select learner, course, time, takeaway, row_number() over (partition by learner order by time desc, statement_id) as n
      from lms_completions
      where learner in (select value from jsonb_array_elements_text($1::jsonb)) and time > $2
    ) recent where n <= $3 order by learner, time desc`,
    [JSON.stringify(pseudonyms), new Date(now - RECENT_DAYS * 24 * 60 * 60 * 1000).toISOString(), PER_MEMBER],
  );
  for (const row of rows) {
    const list = found.get(row.learner) ?? [];
    list.push({ course: row.course, date: row.date, ...(row.takeaway !== null && { takeaway: row.takeaway }) });
    found.set(row.learner, list);
  }
  return found;
}

export function mergeCompletions(roster: readonly TeamCompletion[], fromLms: readonly TeamCompletion[], max: number): TeamCompletion[] {
  const seen = new Set(roster.map((completion) => `${completion.course} ${completion.date}`));
  const added = fromLms.filter((completion) => !seen.has(`${completion.course} ${completion.date}`));
  return [...roster, ...added].slice(0, max);
}
