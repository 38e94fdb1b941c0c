import { expect } from '@open-wc/testing';
import { applications, skillApplicationLatency } from '../../../src/core/metrics/latency.js';
import type { SkillEvent } from '../../../src/core/metrics/types.js';

const Q1 = { start: '2026-01-01', end: '2026-03-31' };
const Q2 = { start: '2026-04-01', end: '2026-06-30' };
const event = (employee: string, course: string, date: string): SkillEvent => ({ employee, course, date });

const completions = [
  event('p1', 'c1', '2026-01-05'),
  event('p2', 'c1', '2026-01-20'),
  event('p2', 'c1', '2026-01-01'), // p2's first completion of c1 counts
  event('p3', 'c2', '2026-02-01'),
  event('p4', 'c2', '2026-02-01'), // never applied
  event('p5', 'c1', '2025-11-01'),
  event('p6', 'c4', '2026-03-01'),
  event('p7', 'c1', 'unknown'),
];
const confirmed = [
  event('p1', 'c1', '2025-12-01'), // before the completion: not an application of what was learned
  event('p1', 'c1', '2026-02-10'),
  event('p1', 'c1', '2026-01-25'), // p1's first application: 20 days
  event('p2', 'c1', '2026-02-15'), // 45 days
  event('p3', 'c2', '2026-02-11'), // 10 days
  event('p4', 'c3', '2026-02-20'), // another course than p4 completed
  event('p5', 'c1', '2025-12-20'), // 49 days, applied before Q1
  event('p6', 'c4', '2026-04-02'), // 32 days, applied in Q2
  event('p7', 'c1', '2026-01-02'), // completion date unusable
];

describe('skillApplicationLatency', () => {
  it('pairs each first completion with the first confirmed application on or after it', () => {
    const latencies = applications(completions, confirmed)
      .map(({ latencyDays }) => latencyDays)
      .sort((a, b) => a - b);
    expect(latencies).to.deep.equal([10, 20, 32, 45, 49]);
  });

  it('= median days over the skills first applied in the period (20 of 10, 20, 45)', () => {
    expect(skillApplicationLatency(completions, confirmed, Q1)).to.equal(20);
    expect(skillApplicationLatency(completions, confirmed, Q2)).to.equal(32);
  });

  it('averages the two middle latencies for an even count', () => {
    const more = [...confirmed, event('p4', 'c2', '2026-03-03')]; // 30 days
    expect(skillApplicationLatency(completions, more, Q1)).to.equal(25);
  });

  it('counts an application on the completion day as 0 days', () => {
    expect(skillApplicationLatency([event('p', 'c', '2026-02-02')], [event('p', 'c', '2026-02-02')], Q1)).to.equal(0);
  });

  it('is null when nothing was applied in the period', () => {
    expect(skillApplicationLatency(completions, [], Q1)).to.equal(null);
    expect(skillApplicationLatency([], confirmed, Q1)).to.equal(null);
    expect(skillApplicationLatency(completions, confirmed, { start: '2027-01-01', end: '2027-03-31' })).to.equal(null);
  });
});
