/**
 * `GET /v1/metrics`: the Purpose Dividend document `<pk-dividend-chart src>` reads (the manifest's
 * `metrics` shape: `periods`, `series`, `cost`), computed by the library's metrics module from the
 * collector's records. No number is published for fewer than `minGroup` people: a cell whose group
 * is smaller is `null` ("no data" on the chart). The group of a cell is
 * - retention: the cohort's headcount when the period opens;
 * - mobility: the roles the cohort filled in the period;
 * - latency: the skills the cohort first applied in the period;
 * - alignment: each team's surveyed people (teams under `minGroup` are left out before ranking).
 */
import { cohortSeries } from '../../../src/core/metrics/cohort-series.js';
import { dayNumber, periodDays } from '../../../src/core/metrics/days.js';
import { applications } from '../../../src/core/metrics/latency.js';
import type { CohortSeries, CostModel, DividendData, MetricName, ReportingPeriod, WorkforceRecords } from '../../../src/core/metrics/types.js';
import { headcount } from '../../../src/core/metrics/workforce.js';

export interface MetricsDocument {
  periods: string[];
  series: Partial<Record<MetricName, CohortSeries>>;
  cost?: CostModel;
}

type Cohort = 'aligned' | 'baseline';
const COHORTS: readonly Cohort[] = ['aligned', 'baseline'];

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
  return document;
}

/** How many people each cell of retention, mobility and latency is about. */
function groupSizes(records: WorkforceRecords): Record<'retention' | 'mobility' | 'latency', Record<Cohort, number[]>> {
  const aligned = new Map(records.employees.map((employee) => [employee.id, employee.aligned]));
  const cohort = (isAligned: boolean): Cohort => (isAligned ? 'aligned' : 'baseline');
  const per = (count: (which: Cohort, period: ReportingPeriod) => number) =>
    Object.fromEntries(COHORTS.map((which) => [which, records.periods.map((period) => count(which, period))])) as Record<Cohort, number[]>;
  const inPeriod = (day: number | null, period: ReportingPeriod) => {
    const days = periodDays(period);
    return day !== null && days !== null && day >= days.start && day <= days.end;
  };
  const known = (event: { employee: string }) => aligned.has(event.employee);
  const applied = Object.fromEntries(
    COHORTS.map((which) => {
      const mine = (event: { employee: string }) => known(event) && cohort(aligned.get(event.employee)!) === which;
      return [which, applications((records.completions ?? []).filter(mine), (records.applications ?? []).filter(mine))];
    }),
  ) as Record<Cohort, ReturnType<typeof applications>>;
  return {
    retention: per((which, period) => headcount(records.employees.filter((employee) => cohort(employee.aligned) === which), dayBefore(period.start)) ?? 0),
    mobility: per((which, period) => (records.roles ?? []).filter((role) => cohort(role.aligned) === which && inPeriod(dayNumber(role.filled), period)).length),
    latency: per((which, period) => applied[which].filter((application) => inPeriod(application.day, period)).length),
  };
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
