import { dayNumber, periodDays } from './days.js';
import { ratio } from './statistics.js';
import type { RoleFill } from './types.js';

/**
 * Internal mobility rate (ISO 30414, positions filled internally) = roles filled internally in the
 * period ÷ all roles filled in the period. Pass one cohort's roles. `null` when no role was filled
 * (or the period is not a pair of dates); fills without a valid date are left out.
 */
export function internalMobilityRate(roles: readonly RoleFill[], period: { start: string; end: string }): number | null {
  const days = periodDays(period);
  if (!days) return null;
  let filled = 0;
  let internal = 0;
  for (const role of roles) {
    const day = dayNumber(role.filled);
    if (day === null || day < days.start || day > days.end) continue;
    filled++;
    if (role.internal) internal++;
  }
  return ratio(internal, filled);
}
