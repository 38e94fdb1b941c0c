import { expect } from '@open-wc/testing';
import { PkError } from '../../../src/core/errors.js';
import { DEFAULT_THRESHOLDS, recommend, resolveThresholds, trendDirectionOf, trendOf } from '../../../src/core/procurement/thresholds.js';

const window = (relevance: number, clarity: number, count = 20) => ({ count, relevance, clarity });

describe('recommend', () => {
  const thresholds = DEFAULT_THRESHOLDS;

  it('keeps content learners find relevant and clear', () => {
    expect(recommend(window(4.2, 4), thresholds)).to.equal('keep');
    expect(recommend(window(3.5, 3.5), thresholds)).to.equal('keep');
  });

  it('re-wraps content with weak clarity or middling relevance', () => {
    expect(recommend(window(4.5, 3.4), thresholds)).to.equal('rewrap');
    expect(recommend(window(3.4, 4.5), thresholds)).to.equal('rewrap');
    expect(recommend(window(2.5, 4.5), thresholds)).to.equal('rewrap');
  });

  it('retires content learners do not see in their role', () => {
    expect(recommend(window(2.4, 4.8), thresholds)).to.equal('retire');
    expect(recommend(window(1, 1), thresholds)).to.equal('retire');
  });

  it('decides nothing on too few ratings', () => {
    expect(recommend(window(1, 1, 4), thresholds)).to.equal('undecided');
    expect(recommend(window(1, 1, 5), thresholds)).to.equal('retire');
    expect(recommend(undefined, thresholds)).to.equal('undecided');
  });

  it('follows thresholds a procurement team sets', () => {
    const strict = resolveThresholds({ minRatings: 50, retireBelow: 3, rewrapBelow: 4.2 });
    expect(recommend(window(4.1, 4.5, 60), strict)).to.equal('rewrap');
    expect(recommend(window(2.9, 4.5, 60), strict)).to.equal('retire');
    expect(recommend(window(4.5, 4.5, 49), strict)).to.equal('undecided');
  });
});

describe('resolveThresholds', () => {
  it('documents its defaults', () => {
    expect(resolveThresholds()).to.deep.equal({ minRatings: 5, retireBelow: 2.5, rewrapBelow: 3.5, steadyWithin: 0.1 });
    expect(resolveThresholds({ minRatings: undefined, steadyWithin: 0.3 })).to.deep.equal({ ...DEFAULT_THRESHOLDS, steadyWithin: 0.3 });
  });

  it('ignores keys it does not know', () => {
    expect(resolveThresholds({ retireAt: 1 } as never)).to.deep.equal(DEFAULT_THRESHOLDS);
  });

  it('refuses thresholds out of range, naming each', () => {
    const bad = () => resolveThresholds({ minRatings: 2.5, retireBelow: 0, rewrapBelow: '4' as never, steadyWithin: -1 });
    expect(bad).to.throw(PkError, 'thresholds: minRatings must be a whole number from 0, got 2.5; retireBelow must be from 1 to 5, got 0; rewrapBelow must be from 1 to 5, got 4; steadyWithin must be from 0 to 4, got -1');
    expect(() => resolveThresholds({ retireBelow: 4, rewrapBelow: 3 })).to.throw(PkError, 'retireBelow (4) must not be above rewrapBelow (3)');
  });
});

describe('trendOf and trendDirectionOf', () => {
  const thresholds = DEFAULT_THRESHOLDS;

  it('compares the recent window with the earlier one', () => {
    const trend = trendOf(window(3, 4), window(3.5, 3.7), thresholds)!;
    expect(trend.relevance).to.be.closeTo(0.5, 1e-9);
    expect(trend.clarity).to.be.closeTo(-0.3, 1e-9);
  });

  it('has no trend unless both windows hold enough ratings', () => {
    expect(trendOf(window(3, 4, 4), window(4, 4), thresholds)).to.equal(undefined);
    expect(trendOf(window(3, 4), window(4, 4, 4), thresholds)).to.equal(undefined);
    expect(trendOf(undefined, window(4, 4), thresholds)).to.equal(undefined);
  });

  it('reads a small change either way as steady', () => {
    expect(trendDirectionOf(0.3, thresholds)).to.equal('up');
    expect(trendDirectionOf(-0.1, thresholds)).to.equal('down');
    expect(trendDirectionOf(0.09, thresholds)).to.equal('steady');
    expect(trendDirectionOf(-0.05, thresholds)).to.equal('steady');
    expect(trendDirectionOf(0.09, resolveThresholds({ steadyWithin: 0 }))).to.equal('up');
  });
});
