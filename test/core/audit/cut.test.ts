import { expect } from '@open-wc/testing';
import { topShare } from '../../../src/core/audit/cut.js';

interface Item {
  id: string;
  usage?: number;
}

const items = (...usages: (number | undefined)[]): Item[] => usages.map((usage, index) => ({ id: `c${index}`, usage }));
const cut = (list: Item[], share = 0.2) => topShare(list, (item) => item.usage, share).map(({ item, rank, usage }) => [item.id, rank, usage]);

describe('topShare: the most-used share', () => {
  it('takes a fifth of ten courses, most used first', () => {
    expect(cut(items(10, 90, 30, 100, 20, 40, 50, 60, 70, 80))).to.deep.equal([
      ['c3', 1, 100],
      ['c1', 2, 90],
    ]);
  });

  it('rounds the share up: 9 of 42 courses', () => {
    const list = items(...Array.from({ length: 42 }, (_, index) => 1000 - index));
    expect(cut(list)).to.have.length(9);
  });

  it('keeps every course tied with the last one inside the cut', () => {
    expect(cut(items(100, 80, 80, 80, 10, 9, 8, 7, 6, 5))).to.deep.equal([
      ['c0', 1, 100],
      ['c1', 2, 80],
      ['c2', 2, 80],
      ['c3', 2, 80],
    ]);
  });

  it('does not pull in a tie just outside the cut', () => {
    expect(cut(items(100, 90, 80, 80, 10, 9, 8, 7, 6, 5)).map(([id]) => id)).to.deep.equal(['c0', 'c1']);
  });

  it('ranks ties alike and skips the ranks they use (1, 1, 3)', () => {
    expect(cut(items(9, 9, 7), 1)).to.deep.equal([
      ['c0', 1, 9],
      ['c1', 1, 9],
      ['c2', 3, 7],
    ]);
  });

  it('keeps tied courses in their manifest order', () => {
    expect(cut(items(5, 7, 5, 7), 1).map(([id]) => id)).to.deep.equal(['c1', 'c3', 'c0', 'c2']);
  });

  it('still audits the most-used course of a small catalogue', () => {
    expect(cut(items(3))).to.deep.equal([['c0', 1, 3]]);
    expect(cut(items(3, 12, 5))).to.deep.equal([['c1', 1, 12]]);
    expect(cut(items(4, 4))).to.deep.equal([
      ['c0', 1, 4],
      ['c1', 1, 4],
    ]);
  });

  it('is empty for an empty catalogue', () => {
    expect(cut([])).to.deep.equal([]);
  });

  it('takes the share of measured courses only', () => {
    expect(cut(items(undefined, 50, undefined, 40, undefined, 30, undefined, 20, undefined, 10))).to.deep.equal([['c1', 1, 50]]);
    expect(cut(items(undefined, undefined))).to.deep.equal([]);
  });

  it('never counts a course nobody used as most used', () => {
    expect(cut(items(0, 0, 0))).to.deep.equal([]);
    expect(cut(items(5, 0, 0), 1)).to.deep.equal([['c0', 1, 5]]);
  });

  it('takes the whole catalogue with a share of 1', () => {
    expect(cut(items(1, 2, 3), 1).map(([id]) => id)).to.deep.equal(['c2', 'c1', 'c0']);
  });
});
