/**
 * `GET /v1/metrics`: the Purpose Dividend document `<pk-dividend-chart src>` reads (the manifest's
 * `metrics` shape: `periods`, `series`, `cost`), computed by the library's metrics module from the
 * collector's records. No number is published for fewer than `minGroup` people: a cell whose group
 * is smaller is `null` ("no data" on the chart). The group of a cell is
 * - retention: the cohort's headcount when the period opens;
 * - mobility: the roles the cohort filled in the period;
 * - latency: the skills the cohort first applied in the period;
 * - alignment: each team's surveyed people (teams under `minGroup` are left out before ranking);
 * - sustainability: the lens's own functions apply the rule (see `sustainabilitySeries`).
 */
import { cohortSeries } from '../../../src/core/metrics/cohort-series.js';
import { dayNumber, periodDays } from '../../../src/core/metrics/days.js';
import { applications } from '../../../src/core/metrics/latency.js';
import type { CohortSeries, CostModel, DividendData, MetricName, Sustainability, WorkforceRecords } from '../../../src/core/metrics/types.js';
import { sustainabilitySeries } from '../../../src/core/metrics/sustainability.js';
import { headcount } from '../../../src/core/metrics/workforce.js';

export interface MetricsDocument {
  periods: string[];
  series: Partial<Record<MetricName, CohortSeries>>;
  cost?: CostModel;
  sustainability?: Sustainability;
}

type Cohort = 'aligned' | 'baseline';

export function metricsDocument(records: WorkforceRecords, minGroup: number): MetricsDocument {
  const data: DividendData = cohortSeries(records);
  const sizes = groupSizes(records);
  const series: MetricsDocument['series'] = {};
  for (const [name, values] of Object.entries(data.series) as [MetricName, CohortSeries][]) {
    const size = sizes[name as keyof typeof sizes];
    series[name] = size
      ? {
          aligned: values.aligned.map((value, i) => (size.aligned[i]! < minGroup ? null : value)),
          baseline: values.baseline.map((value, i) => (size.baseline[i]! < minGroup ? null : value)),
        }
      : values;
  }
  const document: MetricsDocument = { periods: [...data.periods], series };
  if (data.cost && data.cost.alignedHeadcount >= minGroup) document.cost = data.cost;
  const sustainability = sustainabilitySeries(records, minGroup);
  if (sustainability) document.sustainability = sustainability;
  return document;
}

/** How many people each cell of retention, mobility and latency is about. */
function groupSizes(records: WorkforceRecords): Record<'retention' | 'mobility' | 'latency', Record<Cohort, number[]>> {
  const cohortOf = new Map(records.employees.map((employee) => [employee.id, cohort(employee.aligned)]));
  const periods = records.periods.map((period) => periodDays(period));
  // Day numbers are computed once: counting per period is then plain comparison.
  const countDays = (days: Record<Cohort, (number | null)[]>) => perCohort((which) => periods.map((range) => (range ? days[which].filter((day) => day !== null && day >= range.start && day <= range.end).length : 0)));
  const roleDays = perCohort((which) => (records.roles ?? []).filter((role) => cohort(role.aligned) === which).map((role) => dayNumber(role.filled)));
  const mine = (which: Cohort) => (event: { employee: string }) => cohortOf.get(event.employee) === which;
  const appliedDays = perCohort((which) =>
    applications((records.completions ?? []).filter(mine(which)), (records.applications ?? []).filter(mine(which))).map((application) => application.day),
  );
  const employees = perCohort((which) => records.employees.filter((employee) => cohort(employee.aligned) === which));
  return {
    retention: perCohort((which) => records.periods.map((period) => headcount(employees[which], dayBefore(period.start)) ?? 0)),
    mobility: countDays(roleDays),
    latency: countDays(appliedDays),
  };
}

const cohort = (aligned: boolean): Cohort => (aligned ? 'aligned' : 'baseline');

function perCohort<T>(make: (which: Cohort) => T): Record<Cohort, T> {
  return { aligned: make('aligned'), baseline: make('baseline') };
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
