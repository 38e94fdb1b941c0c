import type { CohortSeries, CostModel, DividendData } from './types.js';

type Value = number | null | undefined;

const known = (value: Value): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Purpose Dividend = the aligned cohort's value minus the baseline's, per period; `null` where
 * either is missing. It measures a correlation, not proof that the learning caused the gap.
 */
export function dividend(series: CohortSeries): (number | null)[] {
  const length = Math.max(series.aligned.length, series.baseline.length);
  return Array.from({ length }, (_, i) => difference(series.aligned[i], series.baseline[i]));
}

function difference(aligned: Value, baseline: Value): number | null {
  return known(aligned) && known(baseline) ? aligned - baseline : null;
}

/** The inputs of `attritionCostAvoided`. */
export interface AttritionCostInputs extends Omit<CostModel, 'currency'> {
  alignedTurnover: Value;
  baselineTurnover: Value;
}

/**
 * Attrition cost avoided = (baseline turnover − aligned turnover) × aligned headcount × average
 * salary × replacement factor (the cost of replacing a leaver as a multiple of annual salary;
 * published estimates run from about 0.2 to 2). For the turnover rates of one period; negative
 * when the aligned cohort lost more people. `null` when either turnover is missing.
 */
export function attritionCostAvoided(inputs: AttritionCostInputs): number | null {
  const gap = difference(inputs.baselineTurnover, inputs.alignedTurnover);
  return gap === null ? null : gap * inputs.alignedHeadcount * inputs.averageSalary * inputs.replacementFactor;
}

/**
 * The attrition cost avoided per period of the chart's data, in `data.cost.currency`. Uses the
 * measured turnover when the data has it, else estimates turnover as `1 − retention` (the share of
 * the opening headcount that left). `null` per period without data, and for every period when the
 * data has no cost model.
 */
export function attritionCostSeries(data: DividendData): (number | null)[] {
  const { cost } = data;
  const turnover = data.turnover ?? leaversOf(data.series.retention);
  return data.periods.map((_, i) =>
    cost && turnover
      ? attritionCostAvoided({ ...cost, alignedTurnover: turnover.aligned[i], baselineTurnover: turnover.baseline[i] })
      : null,
  );
}

function leaversOf(retention: CohortSeries | undefined): CohortSeries | undefined {
  const complement = (values: readonly Value[]) => values.map((value) => (known(value) ? 1 - value : null));
  return retention && { aligned: complement(retention.aligned), baseline: complement(retention.baseline) };
}

/** The last known value and its index (the latest period with data), or `null` when none is. */
export function latest(values: readonly Value[]): { index: number; value: number } | null {
  for (let index = values.length - 1; index >= 0; index--) {
    const value = values[index];
    if (known(value)) return { index, value };
  }
  return null;
}
