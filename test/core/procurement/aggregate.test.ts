import { expect } from '@open-wc/testing';
import { PkError } from '../../../src/core/errors.js';
import { aggregateRatings } from '../../../src/core/procurement/aggregate.js';
import { NOW, rating } from './events.js';

const RECENT = '2026-06-20T09:00:00Z';
const EARLIER = '2026-01-10T09:00:00Z';

describe('aggregateRatings', () => {
  it('averages each course per window, dated as of today', () => {
    const { aggregate, ignored } = aggregateRatings(
      [rating('privacy', 4, 5, RECENT), rating('privacy', 2, 3, RECENT), rating('privacy', 3, 3, EARLIER), rating('excel', 1, 2, EARLIER)],
      { now: NOW },
    );
    expect(ignored).to.equal(0);
    expect(aggregate).to.deep.equal({
      asOf: '2026-06-30',
      windowDays: 90,
      items: [
        { course: 'privacy', earlier: { count: 1, relevance: 3, clarity: 3 }, recent: { count: 2, relevance: 3, clarity: 4 } },
        { course: 'excel', earlier: { count: 1, relevance: 1, clarity: 2 } },
      ],
    });
  });

  it('puts the first day of the window in the recent window and the day before it in the earlier one', () => {
    const { aggregate } = aggregateRatings(
      [rating('a', 5, 5, '2026-06-01T00:00:00Z'), rating('a', 1, 1, '2026-05-31T23:59:59Z')],
      { now: NOW, windowDays: 30 },
    );
    expect(aggregate.windowDays).to.equal(30);
    expect(aggregate.items).to.deep.equal([
      { course: 'a', earlier: { count: 1, relevance: 1, clarity: 1 }, recent: { count: 1, relevance: 5, clarity: 5 } },
    ]);
  });

  it('counts an event delivered twice once', () => {
    const event = rating('a', 5, 4, RECENT);
    const { aggregate } = aggregateRatings([event, { ...event }], { now: NOW });
    expect(aggregate.items[0]!.recent!.count).to.equal(1);
  });

  it("counts a learner's latest rating of a course only", () => {
    const events = [
      rating('a', 1, 1, '2026-06-10T09:00:00Z', { learnerId: 'priya' }),
      rating('a', 5, 4, '2026-06-12T09:00:00Z', { learnerId: 'priya' }),
      rating('a', 2, 2, '2026-06-11T09:00:00Z', { learnerId: 'priya' }),
      rating('b', 3, 3, '2026-06-11T09:00:00Z', { learnerId: 'priya' }),
    ];
    const { aggregate } = aggregateRatings(events, { now: NOW });
    expect(aggregate.items).to.deep.equal([
      { course: 'a', recent: { count: 1, relevance: 5, clarity: 4 } },
      { course: 'b', recent: { count: 1, relevance: 3, clarity: 3 } },
    ]);
  });

  it('keeps, of two ratings a learner made at the same instant, the one with the larger event id, in any order', () => {
    const at = '2026-06-12T09:00:00Z';
    const low = rating('a', 1, 1, at, { learnerId: 'priya', id: '0f000000-0000-4000-8000-000000000000' });
    const high = rating('a', 5, 5, at, { learnerId: 'priya', id: 'f0000000-0000-4000-8000-000000000000' });
    for (const events of [[low, high], [high, low]]) {
      expect(aggregateRatings(events, { now: NOW }).aggregate.items).to.deep.equal([{ course: 'a', recent: { count: 1, relevance: 5, clarity: 5 } }]);
    }
  });

  it('counts every rating without a learner id', () => {
    const events = [rating('a', 4, 4, RECENT, { learnerId: undefined }), rating('a', 2, 2, RECENT, { learnerId: undefined })];
    expect(aggregateRatings(events, { now: NOW }).aggregate.items[0]!.recent).to.deep.equal({ count: 2, relevance: 3, clarity: 3 });
  });

  it('passes over other events and ignores ratings it cannot read, counting them', () => {
    const events = [
      { type: 'why-dismissed', courseId: 'a', time: RECENT },
      rating('a', 6, 4, RECENT),
      rating('a', 4.5, 4, RECENT),
      rating('a', 4, 4, 'yesterday'),
      rating('', 4, 4, RECENT),
      { type: 'rating', courseId: 'a', time: RECENT },
      null,
      'rating',
      rating('a', 4, 3, RECENT),
    ];
    const { aggregate, ignored } = aggregateRatings(events, { now: NOW });
    expect(ignored).to.equal(5);
    expect(aggregate.items).to.deep.equal([{ course: 'a', recent: { count: 1, relevance: 4, clarity: 3 } }]);
  });

  it('adds a baseline to the earlier window, weighted by its count', () => {
    const baseline = [
      { id: 'a', ratings: { count: 3, relevance: 4, clarity: 2 } },
      { id: 'b' },
      { id: 'c', ratings: { count: 0, relevance: 1, clarity: 1 } },
    ];
    const { aggregate } = aggregateRatings([rating('a', 2, 4, EARLIER), rating('a', 5, 5, RECENT)], { now: NOW, baseline });
    expect(aggregate.items).to.deep.equal([
      { course: 'a', earlier: { count: 4, relevance: 3.5, clarity: 2.5 }, recent: { count: 1, relevance: 5, clarity: 5 } },
    ]);
  });

  it('refuses a window that is not a whole number of days from 1 to 3660', () => {
    for (const windowDays of [0, 1.5, 3661, Number.NaN]) {
      expect(() => aggregateRatings([], { now: NOW, windowDays }), String(windowDays)).to.throw(PkError, `windowDays must be a whole number from 1 to 3660, got ${windowDays}`);
    }
    expect(aggregateRatings([], { now: NOW, windowDays: 3660 }).aggregate.windowDays).to.equal(3660);
  });

  it('is empty without events or baseline', () => {
    expect(aggregateRatings([], { now: NOW }).aggregate).to.deep.equal({ asOf: '2026-06-30', windowDays: 90, items: [] });
  });
});
