import { expect } from '@open-wc/testing';
import { aggregateRatings } from '../../../src/core/procurement/aggregate.js';
import { validateAggregate } from '../../../src/core/procurement/validate.js';
import { NOW, rating } from './events.js';

const valid = () => ({
  asOf: '2026-06-30',
  windowDays: 90,
  items: [
    { course: 'privacy', earlier: { count: 30, relevance: 3.8, clarity: 4 }, recent: { count: 10, relevance: 4.6, clarity: 4.4 } },
    { course: 'excel', recent: { count: 3, relevance: 4, clarity: 2 } },
  ],
});

const errorsOf = (input: unknown) => {
  const result = validateAggregate(input);
  return result.ok ? [] : result.errors;
};

describe('validateAggregate', () => {
  it('accepts the documented shape, as a value or JSON text', () => {
    for (const input of [valid(), JSON.stringify(valid())]) {
      const result = validateAggregate(input);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.value).to.deep.equal(valid());
    }
  });

  it('accepts what aggregateRatings makes', () => {
    const { aggregate } = aggregateRatings([rating('a', 4, 3, '2026-06-01T10:00:00Z')], { now: NOW });
    expect(errorsOf(aggregate)).to.deep.equal([]);
  });

  it('reports each problem with its path', () => {
    const doc: any = valid();
    doc.asOf = '2026-13-01';
    doc.windowDays = 0;
    doc.items[0].recent.relevance = 5.5;
    doc.items[1].recent.count = 0;
    delete doc.items[1].course;
    expect(errorsOf(doc)).to.deep.equal([
      { path: 'asOf', code: 'invalid-date', message: 'expected a date as YYYY-MM-DD, got "2026-13-01"' },
      { path: 'windowDays', code: 'out-of-range', message: 'expected at least 1, got 0' },
      { path: 'items[0].recent.relevance', code: 'out-of-range', message: 'expected at most 5, got 5.5' },
      { path: 'items[1].course', code: 'required', message: 'required' },
      { path: 'items[1].recent.count', code: 'out-of-range', message: 'expected at least 1, got 0' },
    ]);
  });

  it('refuses a course listed twice', () => {
    const doc = valid();
    doc.items.push({ ...doc.items[0]! });
    expect(errorsOf(doc)).to.deep.equal([
      { path: 'items[2].course', code: 'duplicate-id', message: 'course "privacy" is already listed at items[0]' },
    ]);
  });

  it('reports text that is not JSON', () => {
    expect(errorsOf('<html>')).to.deep.equal([{ path: '', code: 'invalid-json', message: 'expected JSON but got HTML' }]);
  });

  it('drops unknown fields with a warning', () => {
    const result = validateAggregate({ ...valid(), source: 'lrs' });
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([{ path: 'source', code: 'unknown-field', message: 'unknown field, ignored' }]);
  });
});
