import { dayNumber, periodDays } from './days.js';
import { median } from './statistics.js';
import type { SkillEvent } from './types.js';

/** One skill applied: the day of its first confirmed application and how long that took. */
export interface Application {
  day: number;
  latencyDays: number;
}

const keyOf = (event: SkillEvent) => JSON.stringify([event.employee, event.course]);

function earliestDays(events: readonly SkillEvent[]): Map<string, number[]> {
  const days = new Map<string, number[]>();
  for (const event of events) {
    const day = dayNumber(event.date);
    if (day === null) continue;
    const key = keyOf(event);
    const list = days.get(key);
    if (list) list.push(day);
    else days.set(key, [day]);
  }
  return days;
}

/**
 * Pairs each learner's first completion of a course with the first confirmed application of that
 * course's skill on or after it. Completions never applied (yet) and applications without a
 * completion are left out; so are events whose date is not a date.
 */
export function applications(completions: readonly SkillEvent[], confirmed: readonly SkillEvent[]): Application[] {
  const completed = earliestDays(completions);
  const result: Application[] = [];
  for (const [key, applied] of earliestDays(confirmed)) {
    const completion = completed.get(key);
    if (!completion) continue;
    const start = Math.min(...completion);
    const after = applied.filter((day) => day >= start);
    if (after.length === 0) continue;
    const day = Math.min(...after);
    result.push({ day, latencyDays: day - start });
  }
  return result;
}

/**
 * Skill-application latency = the median number of days from course completion to the first
 * confirmed application of the skill (see `applications`), over the skills first applied during
 * the period. Pass one cohort's events. `null` when no skill was first applied in the period.
 */
export function skillApplicationLatency(
  completions: readonly SkillEvent[],
  confirmed: readonly SkillEvent[],
  period: { start: string; end: string },
): number | null {
  return medianLatency(applications(completions, confirmed), period);
}

/** The median latency of already paired applications first made during the period. */
export function medianLatency(applied: readonly Application[], period: { start: string; end: string }): number | null {
  const days = periodDays(period);
  if (!days) return null;
  return median(applied.filter(({ day }) => day >= days.start && day <= days.end).map(({ latencyDays }) => latencyDays));
}
