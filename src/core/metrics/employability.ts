/**
 * The employability paradox ("by investing in an employee's ability to leave, the organization
 * increases their desire to stay"): do people who built transferable skills stay longer?
 */
import { dayNumber } from './days.js';
import { MIN_GROUP } from './future-proof.js';
import type { CohortSeries, EmployeeRecord } from './types.js';
import { openingHeadcount, retention } from './workforce.js';

/** The employability cohort's default bar: at least this many transferable skills gained. */
export const DEFAULT_SKILL_THRESHOLD = 2;

type Period = { start: string; end: string };

/**
 * Splits `employees` for one period: `aligned` are those who had gained at least `threshold`
 * transferable skills before the period started (`gained`: see `transferableSkillsGained`);
 * `baseline` is everyone else. Deciding at the start, not at the end, keeps skills gained by
 * staying longer from counting as a reason for staying.
 */
export function employabilityCohorts(
  employees: readonly EmployeeRecord[],
  gained: ReadonlyMap<string, ReadonlyMap<string, number>>,
  period: Period,
  threshold = DEFAULT_SKILL_THRESHOLD,
): { aligned: EmployeeRecord[]; baseline: EmployeeRecord[] } {
  const start = dayNumber(period.start);
  const cohorts = { aligned: [] as EmployeeRecord[], baseline: [] as EmployeeRecord[] };
  for (const employee of employees) {
    let before = 0;
    for (const day of gained.get(employee.id)?.values() ?? []) if (start !== null && day < start) before++;
    cohorts[before >= threshold ? 'aligned' : 'baseline'].push(employee);
  }
  return cohorts;
}

/**
 * Retention (see `retention`) of the employability cohort and of everyone else, per period: the
 * same cohort-series shape as the dividend's. A cohort with fewer than `minGroup` people on the
 * books when the period opens is `null` there.
 */
export function employabilityRetention(
  employees: readonly EmployeeRecord[],
  gained: ReadonlyMap<string, ReadonlyMap<string, number>>,
  periods: readonly Period[],
  threshold = DEFAULT_SKILL_THRESHOLD,
  minGroup = MIN_GROUP,
): CohortSeries {
  const series: CohortSeries = { aligned: [], baseline: [] };
  for (const period of periods) {
    const cohorts = employabilityCohorts(employees, gained, period, threshold);
    for (const cohort of ['aligned', 'baseline'] as const) {
      const group = cohorts[cohort];
      series[cohort].push((openingHeadcount(group, period) ?? 0) < minGroup ? null : retention(group, period));
    }
  }
  return series;
}
