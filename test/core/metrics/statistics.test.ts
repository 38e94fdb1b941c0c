import { expect } from '@open-wc/testing';
import { averageRanks, median, pearson, ratio, spearman } from '../../../src/core/metrics/statistics.js';

describe('metrics statistics', () => {
  it('divides, and gives null instead of NaN or Infinity for a zero denominator', () => {
    expect(ratio(3, 4)).to.equal(0.75);
    expect(ratio(0, 0)).to.equal(null);
    expect(ratio(2, 0)).to.equal(null);
  });

  it('takes the median of odd and even counts without reordering its input', () => {
    const values = [9, 1, 5];
    expect(median(values)).to.equal(5);
    expect(values).to.deep.equal([9, 1, 5]);
    expect(median([40, 10, 30, 20])).to.equal(25);
    expect(median([])).to.equal(null);
  });

  it('gives tied values the average of the ranks they span', () => {
    expect(averageRanks([10, 20, 20, 40, 50])).to.deep.equal([1, 2.5, 2.5, 4, 5]);
    expect(averageRanks([3, 1, 4, 4, 5])).to.deep.equal([2, 1, 3.5, 3.5, 5]);
    expect(averageRanks([7, 7, 7])).to.deep.equal([2, 2, 2]);
  });

  it('computes Spearman with ties exactly (7.25 / 9.5), not with the no-ties shortcut (0.775)', () => {
    // Ranks x [1, 2.5, 2.5, 4, 5], y [2, 1, 3.5, 3.5, 5]; both means 3.
    // Σdx·dy = 2 + 1 − 0.25 + 0.5 + 4 = 7.25; Σdx² = Σdy² = 9.5.
    expect(spearman([10, 20, 20, 40, 50], [3, 1, 4, 4, 5])).to.be.closeTo(7.25 / 9.5, 1e-12);
  });

  it('is ±1 for monotonic data, whatever the scale', () => {
    expect(spearman([1, 2, 3, 4], [10, 100, 1000, 10000])).to.equal(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).to.equal(-1);
  });

  it('is null when undefined: fewer than two pairs, or a side that does not vary', () => {
    expect(spearman([], [])).to.equal(null);
    expect(spearman([1], [2])).to.equal(null);
    expect(spearman([1, 2, 3], [5, 5, 5])).to.equal(null);
    expect(pearson([2, 2], [1, 3])).to.equal(null);
  });

  it('refuses unpaired values', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).to.throw(RangeError);
  });
});
