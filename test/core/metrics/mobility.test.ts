import { expect } from '@open-wc/testing';
import { internalMobilityRate } from '../../../src/core/metrics/mobility.js';
import type { RoleFill } from '../../../src/core/metrics/types.js';

const Q1 = { start: '2026-01-01', end: '2026-03-31' };
const fill = (filled: string, internal: boolean): RoleFill => ({ filled, internal, aligned: true });

describe('internalMobilityRate', () => {
  it('= roles filled internally ÷ all roles filled, within the period (2 ÷ 3)', () => {
    const roles = [
      fill('2026-01-01', true),
      fill('2026-03-31', true),
      fill('2026-02-14', false),
      fill('2025-12-31', true), // before the period
      fill('2026-04-01', false), // after it
      fill('March', true), // no usable date
    ];
    expect(internalMobilityRate(roles, Q1)).to.equal(2 / 3);
  });

  it('is null when no role was filled', () => {
    expect(internalMobilityRate([], Q1)).to.equal(null);
    expect(internalMobilityRate([fill('2025-06-01', true)], Q1)).to.equal(null);
  });

  it('is 0 when every role went outside', () => {
    expect(internalMobilityRate([fill('2026-02-01', false)], Q1)).to.equal(0);
  });
});
