/**
 * The shapes the Purpose Dividend is computed from (raw workforce records) and drawn from (cohort
 * series per period). Dates are calendar dates, `YYYY-MM-DD`; a record whose date does not parse
 * counts as missing data and is left out.
 */
import type { CohortSeries, CostModel } from '../manifest/types.js';

export type { CohortSeries, CostModel };

/** The four "Human Performance" metrics the dividend chart draws. */
export type MetricName = 'retention' | 'mobility' | 'latency' | 'alignment';

export const METRIC_NAMES: readonly MetricName[] = ['retention', 'mobility', 'latency', 'alignment'];

/**
 * Everything the chart draws: period labels (oldest first), one cohort series per metric, and the
 * inputs of the attrition cost avoided. The same shape as the manifest's `metrics` section.
 */
export interface DividendData {
  periods: readonly string[];
  series: Partial<Record<MetricName, CohortSeries>>;
  /** Measured turnover per cohort; without it the cost estimate uses `1 − retention`. */
  turnover?: CohortSeries;
  cost?: CostModel;
}

/** A reporting period; `start` and `end` are both inclusive calendar dates. */
export interface ReportingPeriod {
  label: string;
  start: string;
  end: string;
}

/** One employee. `aligned`: completed a pillar-aligned pathway (the purpose-aligned cohort). */
export interface EmployeeRecord {
  id: string;
  aligned: boolean;
  hired: string;
  /** The last day of employment; absent or `null` while employed. */
  separated?: string | null;
}

/**
 * One open role that was filled. `aligned`: the role is one a pillar-aligned pathway prepares
 * people for, so it counts towards the aligned cohort's mobility rate.
 */
export interface RoleFill {
  filled: string;
  internal: boolean;
  aligned: boolean;
}

/** A course completion, or a confirmed application of its skill (e.g. by the learner's manager). */
export interface SkillEvent {
  employee: string;
  course: string;
  date: string;
}

/** A team's engagement-survey result; `aligned`: the team follows a pillar-aligned pathway. */
export interface TeamSurvey {
  team: string;
  aligned: boolean;
  /** When the survey closed; it counts in the period that contains this date. */
  date: string;
  /** People in the team when surveyed. */
  size: number;
  /** Learning utilisation, in any unit that ranks teams (e.g. learning hours per person). */
  utilisation: number | null;
  /** The team's score on the "connection to mission" question. */
  connection: number | null;
}

/** The raw records a host computes the dividend from, with the periods to report. */
export interface WorkforceRecords {
  periods: readonly ReportingPeriod[];
  employees: readonly EmployeeRecord[];
  roles?: readonly RoleFill[];
  completions?: readonly SkillEvent[];
  applications?: readonly SkillEvent[];
  teams?: readonly TeamSurvey[];
  /** Salary and replacement factor of the cost estimate; the aligned headcount is computed. */
  cost?: Omit<CostModel, 'alignedHeadcount'>;
}
