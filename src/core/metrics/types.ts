/**
 * The shapes the Purpose Dividend is computed from (raw workforce records) and drawn from (cohort
 * series per period). Dates are calendar dates, `YYYY-MM-DD`; a record whose date does not parse
 * counts as missing data and is left out.
 */
import type { ByTeam, CohortSeries, CostModel, Sustainability } from '../manifest/types.js';

export type { ByTeam, CohortSeries, CostModel, Sustainability };

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
  /** The Human Sustainability lens over the same periods (see `sustainability.ts`). */
  sustainability?: Sustainability;
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
  /** The team (org unit), for the per-team Human Sustainability figures. */
  team?: string | null;
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

/** A team's wellbeing (or burnout, reversed so higher is better) survey score in a period. */
export interface TeamWellbeing {
  team: string;
  /** When the survey closed; it counts in the period that contains this date. */
  date: string;
  /** People in the team who answered. */
  size: number;
  /** Learning per person, in any unit that ranks teams (e.g. learning hours per person). */
  learning: number | null;
  wellbeing: number | null;
}

/** What the Human Sustainability metrics need to know of the catalogue (see `skillCatalogue`). */
export interface SkillCatalogue {
  /** Each course and the ids of the skills it builds. */
  courses: readonly { id: string; skills: readonly string[] }[];
  /** The ids of the skills that are transferable beyond the current role. */
  transferable: readonly string[];
}

/** The raw records a host computes the dividend from, with the periods to report. */
export interface WorkforceRecords {
  periods: readonly ReportingPeriod[];
  employees: readonly EmployeeRecord[];
  roles?: readonly RoleFill[];
  completions?: readonly SkillEvent[];
  applications?: readonly SkillEvent[];
  teams?: readonly TeamSurvey[];
  /**
   * Human Sustainability: the courses each employee went through (each course counts once, on its
   * first date), the skills the courses build, and team wellbeing surveys. Without `skills` the
   * lens is left out.
   */
  learning?: readonly SkillEvent[];
  skills?: SkillCatalogue;
  wellbeing?: readonly TeamWellbeing[];
  /** The employability cohort: at least this many transferable skills gained (default 2). */
  skillThreshold?: number;
  /** Salary and replacement factor of the cost estimate; the aligned headcount is computed. */
  cost?: Omit<CostModel, 'alignedHeadcount'>;
}
