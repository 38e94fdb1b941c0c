import { sentimentAlignment } from './alignment.js';
import { applications, medianLatency } from './latency.js';
import { internalMobilityRate } from './mobility.js';
import type { CohortSeries, DividendData, MetricName, ReportingPeriod, SkillEvent, WorkforceRecords } from './types.js';
import { headcount, retention, turnover } from './workforce.js';

type Cohort = 'aligned' | 'baseline';
type PerPeriod = (cohort: Cohort, period: ReportingPeriod) => number | null;

/** Partitions records into the aligned cohort and the baseline (everyone else). */
function byCohort<T>(records: readonly T[], isAligned: (record: T) => boolean): Record<Cohort, T[]> {
  const cohorts: Record<Cohort, T[]> = { aligned: [], baseline: [] };
  for (const record of records) cohorts[isAligned(record) ? 'aligned' : 'baseline'].push(record);
  return cohorts;
}

/**
 * Turns raw workforce records into what the dividend chart draws: per period, for the aligned
 * cohort and the baseline, retention and turnover (from `employees`), internal mobility (from
 * `roles`), skill-application latency (from `completions` and `applications`, joined to
 * employees by id; events of unknown employees are left out) and sentiment alignment (from
 * `teams`). A metric whose records are not given is left out; one whose records hold nothing for
 * a period is `null` there. The cost model's aligned headcount is the aligned cohort on the books
 * when the last period closes. The Human Sustainability lens of the same records is
 * `sustainabilitySeries` (kept apart, so a chart without it does not carry its code).
 */
export function cohortSeries(records: WorkforceRecords): DividendData {
  const employees = byCohort(records.employees, (employee) => employee.aligned);
  const alignedById = new Map(records.employees.map((employee) => [employee.id, employee.aligned]));
  const eventsByCohort = (events: readonly SkillEvent[]) =>
    byCohort(
      events.filter((event) => alignedById.has(event.employee)),
      (event) => alignedById.get(event.employee)!,
    );
  const metrics: Partial<Record<MetricName, PerPeriod>> = {
    retention: (cohort, period) => retention(employees[cohort], period),
  };
  if (records.roles) {
    const roles = byCohort(records.roles, (role) => role.aligned);
    metrics.mobility = (cohort, period) => internalMobilityRate(roles[cohort], period);
  }
  if (records.completions && records.applications) {
    const completions = eventsByCohort(records.completions);
    const confirmed = eventsByCohort(records.applications);
    const applied = {
      aligned: applications(completions.aligned, confirmed.aligned),
      baseline: applications(completions.baseline, confirmed.baseline),
    };
    metrics.latency = (cohort, period) => medianLatency(applied[cohort], period);
  }
  if (records.teams) {
    const teams = byCohort(records.teams, (team) => team.aligned);
    metrics.alignment = (cohort, period) => sentimentAlignment(teams[cohort], period);
  }

  const over = (measure: PerPeriod): CohortSeries => ({
    aligned: records.periods.map((period) => measure('aligned', period)),
    baseline: records.periods.map((period) => measure('baseline', period)),
  });
  const series: DividendData['series'] = {};
  for (const [name, measure] of Object.entries(metrics) as [MetricName, PerPeriod][]) series[name] = over(measure);

  const data: DividendData = {
    periods: records.periods.map((period) => period.label),
    series,
    turnover: over((cohort, period) => turnover(employees[cohort], period)),
  };
  const last = records.periods.at(-1);
  const alignedHeadcount = last ? headcount(employees.aligned, last.end) : null;
  if (records.cost && alignedHeadcount !== null) data.cost = { ...records.cost, alignedHeadcount };
  return data;
}
