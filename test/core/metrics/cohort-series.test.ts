import { expect } from '@open-wc/testing';
import { cohortSeries } from '../../../src/core/metrics/cohort-series.js';
import type { EmployeeRecord, SkillEvent, TeamSurvey, WorkforceRecords } from '../../../src/core/metrics/types.js';

const person = (id: string, aligned: boolean, hired: string, separated?: string): EmployeeRecord => ({ id, aligned, hired, separated });
const event = (employee: string, course: string, date: string): SkillEvent => ({ employee, course, date });
const team = (name: string, aligned: boolean, size: number, utilisation: number, connection: number): TeamSurvey => ({
  team: name,
  aligned,
  date: '2026-02-15',
  size,
  utilisation,
  connection,
});

/**
 * Aligned:  A1, A2, A3 (leaves 2026-05-15), A4 (joins 2026-02-01).
 * Baseline: B1, B2 (leaves 2026-02-28), B3 (last day 2026-06-30), B4.
 *
 *              opening  closing  leavers  turnover        retention
 * Q1 aligned      3        4        0     0               3/3
 * Q1 baseline     4        3        1     1/3.5           3/4
 * Q2 aligned      4        3        1     1/3.5           3/4
 * Q2 baseline     3        2        1     1/2.5           2/3
 */
const records: WorkforceRecords = {
  periods: [
    { label: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
    { label: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' },
  ],
  employees: [
    person('A1', true, '2020-01-01'),
    person('A2', true, '2020-01-01'),
    person('A3', true, '2020-01-01', '2026-05-15'),
    person('A4', true, '2026-02-01'),
    person('B1', false, '2019-01-01'),
    person('B2', false, '2019-01-01', '2026-02-28'),
    person('B3', false, '2019-01-01', '2026-06-30'),
    person('B4', false, '2019-01-01'),
  ],
  roles: [
    { filled: '2026-01-15', internal: true, aligned: true },
    { filled: '2026-03-01', internal: true, aligned: true },
    { filled: '2026-04-15', internal: true, aligned: true },
    { filled: '2026-05-15', internal: false, aligned: true },
    { filled: '2026-02-01', internal: false, aligned: false },
  ],
  completions: [
    event('A1', 'c1', '2026-01-10'),
    event('A2', 'c1', '2026-01-10'),
    event('B1', 'c1', '2026-01-01'),
    event('B4', 'c2', '2026-02-01'),
    event('X9', 'c1', '2026-01-01'), // not an employee in the records
  ],
  applications: [
    event('A1', 'c1', '2026-01-30'), // 20 days, Q1
    event('A2', 'c1', '2026-04-09'), // 89 days, Q2
    event('B1', 'c1', '2026-03-02'), // 60 days, Q1
    event('B4', 'c2', '2026-03-03'), // 30 days, Q1
    event('X9', 'c1', '2026-01-02'),
  ],
  teams: [
    team('ta', true, 6, 10, 1),
    team('tb', true, 8, 20, 2),
    team('tc', true, 5, 30, 3),
    team('td', false, 6, 10, 3),
    team('te', false, 9, 20, 2),
    team('tf', false, 7, 30, 1),
    team('tg', false, 3, 40, 5), // under 5 people: counted, it would break the perfect −1
  ],
  cost: { currency: 'EUR', averageSalary: 60000, replacementFactor: 0.5 },
};

/** Rounds away floating-point noise so whole series compare with deep equality. */
const rounded = (values: readonly (number | null)[]) => values.map((value) => (value === null ? null : Math.round(value * 1e9) / 1e9));
const cohorts = (series: { aligned: (number | null)[]; baseline: (number | null)[] } | undefined) =>
  series && { aligned: rounded(series.aligned), baseline: rounded(series.baseline) };

describe('cohortSeries', () => {
  const data = cohortSeries(records);

  it('labels the periods', () => {
    expect(data.periods).to.deep.equal(['Q1 2026', 'Q2 2026']);
  });

  it('computes retention and turnover per cohort', () => {
    expect(cohorts(data.series.retention)).to.deep.equal({ aligned: [1, 0.75], baseline: [0.75, rounded([2 / 3])[0]] });
    expect(cohorts(data.turnover)).to.deep.equal({ aligned: [0, rounded([1 / 3.5])[0]], baseline: rounded([1 / 3.5, 0.4]) });
  });

  it('computes internal mobility from the roles of each cohort', () => {
    expect(data.series.mobility).to.deep.equal({ aligned: [1, 0.5], baseline: [0, null] });
  });

  it('computes latency from the events of each cohort, leaving out unknown employees', () => {
    expect(data.series.latency).to.deep.equal({ aligned: [20, 89], baseline: [45, null] });
  });

  it('computes sentiment alignment per cohort, leaving out teams under 5 people', () => {
    expect(data.series.alignment).to.deep.equal({ aligned: [1, null], baseline: [-1, null] });
  });

  it('completes the cost model with the aligned headcount when the last period closes', () => {
    expect(data.cost).to.deep.equal({ currency: 'EUR', averageSalary: 60000, replacementFactor: 0.5, alignedHeadcount: 3 });
  });

  it('leaves out the metrics whose records are not given, and the cost without a cost model', () => {
    const minimal = cohortSeries({ periods: records.periods, employees: records.employees });
    expect(Object.keys(minimal.series)).to.deep.equal(['retention']);
    expect(minimal.cost).to.equal(undefined);
  });

  it('gives null, never NaN, for empty cohorts and unusable periods', () => {
    const empty = cohortSeries({
      periods: [...records.periods, { label: 'later', start: 'soon', end: '2027-01-01' }],
      employees: [],
      roles: [],
      completions: [],
      applications: [],
      teams: [],
    });
    for (const series of [...Object.values(empty.series), empty.turnover]) {
      expect(series).to.deep.equal({ aligned: [null, null, null], baseline: [null, null, null] });
    }
  });
});
