const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * A calendar date (`YYYY-MM-DD`) as a whole day count since 1970-01-01, so intervals are plain
 * subtraction, free of time zones and daylight saving. `null` for anything that is not a real date.
 */
export function dayNumber(date: string | null | undefined): number | null {
  const match = typeof date === 'string' ? DATE.exec(date) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time / MS_PER_DAY;
}

/** A period as inclusive day numbers; `null` when either end is not a date or they are reversed. */
export function periodDays(period: { start: string; end: string }): { start: number; end: number } | null {
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  return start === null || end === null || end < start ? null : { start, end };
}
