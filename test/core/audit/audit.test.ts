import { expect } from '@open-wc/testing';
import { auditContent } from '../../../src/core/audit/audit.js';
import { DEFAULT_AUDIT_OPTIONS } from '../../../src/core/audit/options.js';
import { PkError } from '../../../src/core/errors.js';
import { catalogWith, course } from './catalog.js';

const ratings = (relevance: number, clarity: number, count = 40) => ({ ratings: { relevance, clarity, count } });
const flagsOf = (extra: Record<string, unknown>, pathways: Record<string, unknown>[] = []) =>
  auditContent(catalogWith([course('a', 100, extra)], pathways)).rows[0]!.flags;

describe('auditContent', () => {
  it('audits the most-used 20 % by enrollments, with what it measured', () => {
    const catalog = catalogWith(Array.from({ length: 10 }, (_, index) => course(`c${index}`, (index + 1) * 100)).concat(course('new', undefined)));
    const result = auditContent(catalog);
    expect(result.rows.map((row) => [row.rank, row.course.id, row.usage])).to.deep.equal([
      [1, 'c9', 1000],
      [2, 'c8', 900],
    ]);
    expect(result.measured).to.equal(10);
    expect(result.unmeasured).to.equal(1);
    expect(result.cutoff).to.equal(900);
    expect(result.options).to.deep.equal(DEFAULT_AUDIT_OPTIONS);
    expect(result.rows[0]!.pillar?.id).to.equal('trust');
  });

  it('ranks by another usage figure and share when asked', () => {
    const catalog = catalogWith([
      course('a', 100, { usage: { enrollments: 100, activeLearners: 5 } }),
      course('b', 50, { usage: { enrollments: 50, activeLearners: 30 } }),
      course('c', 10, { usage: { enrollments: 10, activeLearners: 20 } }),
    ]);
    const result = auditContent(catalog, { by: 'activeLearners', top: 50 });
    expect(result.rows.map((row) => [row.course.id, row.usage])).to.deep.equal([
      ['b', 30],
      ['c', 20],
    ]);
  });

  it('is empty, with no cutoff, when no course has the usage figure', () => {
    const result = auditContent(catalogWith([course('a', undefined)]));
    expect(result.rows).to.deep.equal([]);
    expect(result.cutoff).to.equal(undefined);
    expect(result.unmeasured).to.equal(1);
  });

  describe('flags', () => {
    it('raises none for a course that says why, has an impact tag and good ratings', () => {
      expect(flagsOf(ratings(4.5, 4.2))).to.deep.equal([]);
    });

    it('flags a course without why framing', () => {
      expect(flagsOf({ why: undefined })).to.deep.equal(['no-why']);
    });

    it('flags a course without an impact tag', () => {
      expect(flagsOf({ impactTags: [] })).to.deep.equal(['no-impact-tag']);
    });

    it('flags a mandatory course without a purpose statement, as well as its missing why', () => {
      expect(flagsOf({ why: undefined, mandatory: true })).to.deep.equal(['no-why', 'mandatory-without-purpose']);
      expect(flagsOf({ mandatory: true })).to.deep.equal([]);
    });

    it('counts a course as mandatory through a mandatory pathway', () => {
      const pathway = { id: 'p', title: 'Compliance', pillar: 'trust', department: 'Legal', courses: ['a'], mandatory: true };
      expect(flagsOf({ why: undefined }, [pathway])).to.deep.equal(['no-why', 'mandatory-without-purpose']);
      const row = auditContent(catalogWith([course('a', 100)], [pathway])).rows[0]!;
      expect(row.mandatory).to.equal(true);
      expect(flagsOf({ why: undefined }, [{ ...pathway, mandatory: false }])).to.deep.equal(['no-why']);
    });

    it('flags weak relevance and weak clarity, below 3.5 by default', () => {
      expect(flagsOf(ratings(3.4, 4))).to.deep.equal(['weak-relevance']);
      expect(flagsOf(ratings(4, 3.4))).to.deep.equal(['weak-clarity']);
      expect(flagsOf(ratings(2, 2))).to.deep.equal(['weak-relevance', 'weak-clarity']);
      expect(flagsOf(ratings(3.5, 3.5))).to.deep.equal([]);
    });

    it('judges ratings only when there are enough of them', () => {
      expect(flagsOf(ratings(1, 1, 4))).to.deep.equal([]);
      expect(flagsOf(ratings(1, 1, 5))).to.deep.equal(['weak-relevance', 'weak-clarity']);
      expect(flagsOf({})).to.deep.equal([]);
    });

    it('takes its rating thresholds from the options', () => {
      const catalog = catalogWith([course('a', 100, ratings(3.8, 4.4, 3))]);
      expect(auditContent(catalog, { weakBelow: 4, minRatings: 3 }).rows[0]!.flags).to.deep.equal(['weak-relevance']);
    });

    it('lists every flag a course has, in a fixed order', () => {
      expect(flagsOf({ why: undefined, impactTags: [], mandatory: true, ...ratings(2, 3) })).to.deep.equal([
        'no-why',
        'no-impact-tag',
        'mandatory-without-purpose',
        'weak-relevance',
        'weak-clarity',
      ]);
    });
  });

  it('refuses options out of range, naming each', () => {
    const catalog = catalogWith([course('a', 1)]);
    const attempt = () => auditContent(catalog, { top: 0, weakBelow: 6, by: 'views' as never, minRatings: -1 });
    expect(attempt).to.throw(PkError);
    try {
      attempt();
    } catch (error) {
      expect((error as PkError).code).to.equal('config-invalid');
      expect((error as PkError).message).to.equal(
        'audit options: by must be one of enrollments, completions, activeLearners, got "views"; top must be a percentage above 0 up to 100, got 0; weakBelow must be from 1 to 5, got 6; minRatings must be a whole number from 0, got -1',
      );
    }
  });
});
