import { expect } from '@open-wc/testing';
import { backoffDelay, retryAfterDelay, verdictFor } from '../../../src/core/delivery/retry-policy.js';

describe('verdictFor', () => {
  const table: [number[], string][] = [
    [[200, 201, 202, 204, 299], 'delivered'],
    [[409], 'duplicate'],
    [[408, 429, 500, 502, 503, 504, 507, 599], 'retry'],
    [[400, 404, 413, 422], 'reject'],
    [[401, 403, 501, 505, 511, 405, 410, 302], 'pause'],
  ];
  for (const [statuses, verdict] of table) {
    it(`${statuses.join(', ')} → ${verdict}`, () => {
      expect(statuses.map(verdictFor)).to.deep.equal(statuses.map(() => verdict));
    });
  }
});

describe('backoffDelay', () => {
  it('doubles from 1 s and stops at 60 s', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((failures) => backoffDelay(failures, 1));
    expect(ceilings).to.deep.equal([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('jitters between half and all of the ceiling', () => {
    expect(backoffDelay(3, 0)).to.equal(2000);
    expect(backoffDelay(3, 0.5)).to.equal(3000);
    expect(backoffDelay(3, 0.999999)).to.be.within(3999, 4000);
  });
});

describe('retryAfterDelay', () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);

  it('reads delta-seconds', () => {
    expect(retryAfterDelay('2', now)).to.equal(2000);
    expect(retryAfterDelay(' 120 ', now)).to.equal(120000);
    expect(retryAfterDelay('0', now)).to.equal(0);
  });

  it('reads an HTTP-date', () => {
    expect(retryAfterDelay('Wed, 01 Jan 2025 12:00:30 GMT', now)).to.equal(30000);
  });

  it('clamps to 300 s and never goes below zero', () => {
    expect(retryAfterDelay('86400', now)).to.equal(300000);
    expect(retryAfterDelay('Thu, 02 Jan 2025 12:00:00 GMT', now)).to.equal(300000);
    expect(retryAfterDelay('Tue, 31 Dec 2024 12:00:00 GMT', now)).to.equal(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(retryAfterDelay(null, now)).to.equal(undefined);
    expect(retryAfterDelay('', now)).to.equal(undefined);
    expect(retryAfterDelay('soon', now)).to.equal(undefined);
  });
});
