import { expect } from '@open-wc/testing';
import { attritionCostAvoided, attritionCostSeries, dividend, latest } from '../../../src/core/metrics/dividend.js';
import type { DividendData } from '../../../src/core/metrics/types.js';

const cost = { currency: 'EUR', averageSalary: 68500, replacementFactor: 0.5, alignedHeadcount: 1240 };

describe('dividend', () => {
  it('= aligned minus baseline per period, null where either is missing', () => {
    const gap = dividend({ aligned: [0.9, null, 0.8, 30], baseline: [0.85, 0.8, null, 42] });
    expect(gap).to.have.length(4);
    expect(gap[0]).to.be.closeTo(0.05, 1e-12);
    expect(gap.slice(1, 3)).to.deep.equal([null, null]);
    expect(gap[3]).to.equal(-12);
  });

  it('covers the longer cohort when their lengths differ', () => {
    expect(dividend({ aligned: [1], baseline: [0.5, 0.4] })).to.deep.equal([0.5, null]);
  });
});

describe('attritionCostAvoided', () => {
  it('= (baseline − aligned turnover) × aligned headcount × salary × replacement factor', () => {
    const avoided = attritionCostAvoided({ ...cost, alignedHeadcount: 1000, averageSalary: 50000, baselineTurnover: 0.15, alignedTurnover: 0.1 });
    expect(avoided).to.be.closeTo(0.05 * 1000 * 50000 * 0.5, 1e-6);
  });

  it('is negative when the aligned cohort loses more people', () => {
    expect(attritionCostAvoided({ ...cost, baselineTurnover: 0.1, alignedTurnover: 0.2 })).to.be.below(0);
  });

  it('is null when a turnover is missing', () => {
    expect(attritionCostAvoided({ ...cost, baselineTurnover: null, alignedTurnover: 0.1 })).to.equal(null);
    expect(attritionCostAvoided({ ...cost, baselineTurnover: 0.1, alignedTurnover: Number.NaN })).to.equal(null);
  });
});

describe('attritionCostSeries', () => {
  const data: DividendData = {
    periods: ['Q3', 'Q4', 'Q1'],
    series: { retention: { aligned: [0.9, 0.94, null], baseline: [0.86, 0.87, 0.88] } },
    cost,
  };

  it('estimates turnover as 1 − retention when no turnover was measured', () => {
    const [q3, q4, q1] = attritionCostSeries(data);
    expect(q3).to.be.closeTo(0.04 * 1240 * 68500 * 0.5, 1e-4); // 1,698,800
    expect(q4).to.be.closeTo(0.07 * 1240 * 68500 * 0.5, 1e-4); // 2,972,900
    expect(q1).to.equal(null);
  });

  it('uses measured turnover when the data has it', () => {
    const measured = { ...data, turnover: { aligned: [0.1, 0.1, 0.1], baseline: [0.2, 0.1, null] } };
    const [q3, q4, q1] = attritionCostSeries(measured);
    expect(q3).to.be.closeTo(0.1 * 1240 * 68500 * 0.5, 1e-4);
    expect(q4).to.equal(0);
    expect(q1).to.equal(null);
  });

  it('is null everywhere without a cost model or without turnover and retention', () => {
    expect(attritionCostSeries({ ...data, cost: undefined })).to.deep.equal([null, null, null]);
    expect(attritionCostSeries({ periods: ['Q1'], series: {}, cost })).to.deep.equal([null]);
  });
});

describe('latest', () => {
  it('finds the latest period with a value', () => {
    expect(latest([1, 2, null])).to.deep.equal({ index: 1, value: 2 });
    expect(latest([0, null])).to.deep.equal({ index: 0, value: 0 });
    expect(latest([null, null])).to.equal(null);
    expect(latest([])).to.equal(null);
  });
});
