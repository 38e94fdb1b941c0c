/**
 * Headcount metrics of one cohort over one period. Pass the cohort's employees only; employees
 * whose hire date (or a given separation date) is not a date are missing data and left out.
 */
import { dayNumber, periodDays } from './days.js';
import { ratio } from './statistics.js';
import type { EmployeeRecord } from './types.js';

interface Tenure {
  hired: number;
  /** Last day of employment; `Infinity` while employed. */
  separated: number;
}

/** Each record's tenure, with the dates it was read from: a record read again is not parsed again. */
const read = new WeakMap<EmployeeRecord, { hired: string; separated: string | null | undefined; tenure: Tenure | null }>();

function tenureOf(employee: EmployeeRecord): Tenure | null {
  const kept = read.get(employee);
  if (kept && kept.hired === employee.hired && kept.separated === employee.separated) return kept.tenure;
  const hired = dayNumber(employee.hired);
  const separated = employee.separated == null ? Infinity : dayNumber(employee.separated);
  const tenure = hired !== null && separated !== null && separated >= hired ? { hired, separated } : null;
  read.set(employee, { hired: employee.hired, separated: employee.separated, tenure });
  return tenure;
}

function tenures(employees: readonly EmployeeRecord[]): Tenure[] {
  const result: Tenure[] = [];
  for (const employee of employees) {
    const tenure = tenureOf(employee);
    if (tenure) result.push(tenure);
  }
  return result;
}

/** On the books when `day` closes: hired by then and not yet gone. */
const employedAfter = (tenure: Tenure, day: number) => tenure.hired <= day && tenure.separated > day;

/**
 * Turnover = separations in the period ÷ average headcount, where the average is the mean of the
 * opening headcount (on the books when the day before `start` closes) and the closing headcount
 * (on the books when `end` closes). `null` when the average headcount is 0 or the period is not
 * a pair of dates.
 */
export function turnover(employees: readonly EmployeeRecord[], period: { start: string; end: string }): number | null {
  const days = periodDays(period);
  if (!days) return null;
  let opening = 0;
  let closing = 0;
  let separations = 0;
  for (const tenure of tenures(employees)) {
    if (employedAfter(tenure, days.start - 1)) opening++;
    if (employedAfter(tenure, days.end)) closing++;
    if (tenure.separated >= days.start && tenure.separated <= days.end) separations++;
  }
  return ratio(separations, (opening + closing) / 2);
}

/**
 * Retention = opening headcount still employed when the period closes ÷ opening headcount
 * (people hired during the period do not count). `null` when nobody was employed at the start
 * or the period is not a pair of dates.
 */
export function retention(employees: readonly EmployeeRecord[], period: { start: string; end: string }): number | null {
  const days = periodDays(period);
  if (!days) return null;
  let opening = 0;
  let retained = 0;
  for (const tenure of tenures(employees)) {
    if (!employedAfter(tenure, days.start - 1)) continue;
    opening++;
    if (tenure.separated > days.end) retained++;
  }
  return ratio(retained, opening);
}

/** People on the books when `date` closes; `null` when `date` is not a date. */
export function headcount(employees: readonly EmployeeRecord[], date: string): number | null {
  const day = dayNumber(date);
  if (day === null) return null;
  return tenures(employees).filter((tenure) => employedAfter(tenure, day)).length;
}

/**
 * People on the books when the period opens (when the day before `start` closes): the group
 * retention is measured on. `null` when the period is not a pair of dates.
 */
export function openingHeadcount(employees: readonly EmployeeRecord[], period: { start: string; end: string }): number | null {
  const days = periodDays(period);
  return days && tenures(employees).filter((tenure) => employedAfter(tenure, days.start - 1)).length;
}

/** People on the books on any day of the period (hired by its end, not gone before its start). */
export function employedDuring(employees: readonly EmployeeRecord[], period: { start: string; end: string }): EmployeeRecord[] {
  const days = periodDays(period);
  if (!days) return [];
  return employees.filter((employee) => {
    const tenure = tenureOf(employee);
    return !!tenure && tenure.hired <= days.end && tenure.separated >= days.start;
  });
}
