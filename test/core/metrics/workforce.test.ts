import { expect } from '@open-wc/testing';
import { headcount, retention, turnover } from '../../../src/core/metrics/workforce.js';
import type { EmployeeRecord } from '../../../src/core/metrics/types.js';

const Q1 = { start: '2026-01-01', end: '2026-03-31' };
const employee = (id: string, hired: string, separated?: string): EmployeeRecord => ({ id, aligned: true, hired, separated });

/**
 * Opening headcount (on the books when 2025-12-31 closes): a, b, e, h, i, j = 6.
 * Closing headcount (on the books when 2026-03-31 closes): a, c, i, j = 4.
 * Separations during Q1: b, e, f, h = 4.
 */
const staff: EmployeeRecord[] = [
  employee('a', '2020-01-01'),
  employee('b', '2021-05-01', '2026-02-15'),
  employee('c', '2026-02-01'), // hired during the period
  employee('d', '2019-01-01', '2025-12-31'), // left on the day before the period
  employee('e', '2022-01-01', '2026-03-31'), // last day is the period's last day
  employee('f', '2026-01-10', '2026-03-01'), // joined and left within the period
  employee('g', 'soon'), // no usable hire date: missing data
  employee('h', '2018-01-01', '2026-01-01'), // last day is the period's first day
  employee('i', '2015-01-01'),
  employee('j', '2015-06-01', null as unknown as string),
];

describe('turnover and retention', () => {
  it('turnover = separations ÷ average of opening and closing headcount (4 ÷ 5)', () => {
    expect(turnover(staff, Q1)).to.equal(0.8);
  });

  it('retention = opening headcount still employed at the close ÷ opening headcount (3 ÷ 6)', () => {
    expect(retention(staff, Q1)).to.equal(0.5);
  });

  it('counts headcount on the books when a day closes', () => {
    expect(headcount(staff, '2026-03-31')).to.equal(4);
    expect(headcount(staff, '2025-12-31')).to.equal(6);
    expect(headcount(staff, 'yesterday')).to.equal(null);
  });

  it('is null, never NaN, with zero headcount', () => {
    expect(turnover([], Q1)).to.equal(null);
    expect(retention([], Q1)).to.equal(null);
    // Joined and left within the period: a separation, but no opening or closing headcount.
    expect(turnover([staff[5]!], Q1)).to.equal(null);
    expect(retention([staff[2]!], Q1)).to.equal(null);
  });

  it('is null for a period that is not a pair of dates in order', () => {
    expect(turnover(staff, { start: '2026-01-01', end: 'Q1' })).to.equal(null);
    expect(retention(staff, { start: '2026-03-31', end: '2026-01-01' })).to.equal(null);
    expect(retention(staff, { start: '2026-02-30', end: '2026-03-31' })).to.equal(null);
  });

  it('leaves out an employee whose separation date is not a date', () => {
    expect(retention([employee('a', '2020-01-01'), employee('x', '2020-01-01', '31/01/2026')], Q1)).to.equal(1);
  });
});
