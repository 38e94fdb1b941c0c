import { expect } from '@open-wc/testing';
import type { Course } from '../../../src/core/manifest/types.js';
import { procurementReport } from '../../../src/core/procurement/report.js';
import { DEFAULT_THRESHOLDS } from '../../../src/core/procurement/thresholds.js';
import type { RatingsAggregate } from '../../../src/core/procurement/types.js';

const courses = new Map<string, Course>(
  [
    { id: 'privacy', title: 'Data Privacy', provider: 'Ostara', objectives: [], impactTags: [] },
    { id: 'bribery', title: 'Anti-Bribery', provider: 'Ostara', objectives: [], impactTags: [] },
    { id: 'excel', title: 'Excel', provider: 'Kestrel', objectives: [], impactTags: [] },
    { id: 'inhouse', title: 'Our own', objectives: [], impactTags: [] },
  ].map((course) => [course.id, course]),
);

const aggregate: RatingsAggregate = {
  asOf: '2026-06-30',
  windowDays: 90,
  items: [
    { course: 'privacy', earlier: { count: 30, relevance: 3.8, clarity: 4 }, recent: { count: 10, relevance: 4.6, clarity: 4.4 } },
    { course: 'bribery', earlier: { count: 20, relevance: 2, clarity: 3 } },
    { course: 'excel', recent: { count: 3, relevance: 4, clarity: 2 } },
    { course: 'retired-course', earlier: { count: 8, relevance: 4, clarity: 4 } },
    { course: 'inhouse', recent: { count: 6, relevance: 4, clarity: 3 } },
  ],
};

describe('procurementReport', () => {
  const report = procurementReport(aggregate, courses, DEFAULT_THRESHOLDS);

  it('reports each course: all ratings, trend and recommendation', () => {
    const privacy = report.items[0]!;
    expect(privacy.course).to.equal('privacy');
    expect(privacy.provider).to.equal('Ostara');
    expect(privacy.total!.count).to.equal(40);
    expect(privacy.total!.relevance).to.be.closeTo(4, 1e-9);
    expect(privacy.total!.clarity).to.be.closeTo(4.1, 1e-9);
    expect(privacy.trend!.relevance).to.be.closeTo(0.8, 1e-9);
    expect(privacy.trend!.clarity).to.be.closeTo(0.4, 1e-9);
    expect(privacy.recommendation).to.equal('keep');
    expect(report.items.map((item) => [item.course, item.recommendation, item.trend === undefined])).to.deep.equal([
      ['privacy', 'keep', false],
      ['bribery', 'retire', true],
      ['excel', 'undecided', true],
      ['retired-course', 'keep', true],
      ['inhouse', 'rewrap', true],
    ]);
  });

  it('leaves the provider out for courses without one or not in the manifest', () => {
    expect(report.items[3]).to.not.have.property('provider');
    expect(report.items[4]).to.not.have.property('provider');
  });

  it('combines each provider’s courses, weighted by their counts', () => {
    expect(report.providers.map((provider) => provider.provider)).to.deep.equal(['Ostara', 'Kestrel', undefined]);
    const ostara = report.providers[0]!;
    expect(ostara.total!.count).to.equal(60);
    expect(ostara.total!.relevance).to.be.closeTo((3.8 * 30 + 4.6 * 10 + 2 * 20) / 60, 1e-9);
    expect(ostara.total!.clarity).to.be.closeTo((4 * 30 + 4.4 * 10 + 3 * 20) / 60, 1e-9);
    // Earlier: 50 ratings averaging (3.8·30 + 2·20)/50 = 3.08; recent: privacy's 10 at 4.6.
    expect(ostara.trend!.relevance).to.be.closeTo(4.6 - 3.08, 1e-9);
    expect(ostara.recommendations).to.deep.equal({ keep: 1, rewrap: 0, retire: 1, undecided: 0 });
    const none = report.providers[2]!;
    expect(none.total!.count).to.equal(14);
    expect(none.recommendations).to.deep.equal({ keep: 1, rewrap: 1, retire: 0, undecided: 0 });
  });

  it('follows the thresholds it is given', () => {
    const lenient = procurementReport(aggregate, courses, { ...DEFAULT_THRESHOLDS, minRatings: 1, retireBelow: 1.5 });
    expect(lenient.items.map((item) => item.recommendation)).to.deep.equal(['keep', 'rewrap', 'rewrap', 'keep', 'rewrap']);
    expect(lenient.items[0]!.trend).to.not.equal(undefined);
  });

  it('is empty for an aggregate without items', () => {
    expect(procurementReport({ ...aggregate, items: [] }, courses, DEFAULT_THRESHOLDS)).to.deep.equal({ items: [], providers: [] });
  });
});
