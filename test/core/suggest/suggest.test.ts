import { expect } from '@open-wc/testing';
import { suggestionIndex, type CourseSuggestions } from '../../../src/core/suggest/index.js';
import { course, manifestOf, pillar, tag } from './manifest.js';

/** One BM25 term weight (k1 = 1.2, b = 0.75) for a term in `df` of `n` documents. */
const part = (tf: number, length: number, averageLength: number, df: number, n: number) =>
  (Math.log(1 + (n - df + 0.5) / (df + 0.5)) * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length) / averageLength));

const ids = (list: CourseSuggestions['pillars']) => list.map((suggestion) => suggestion.id);

describe('suggestionIndex', () => {
  const grid = pillar('grid', 'Grid', 'Solar');
  const trust = pillar('trust', 'Trust', 'Privacy clients');

  it('scores a pillar by BM25 over its words, as computed by hand', () => {
    const { pillars, impactTags } = suggestionIndex(manifestOf([grid, trust])).forCourse({ title: 'Solar grid' });
    // grid: 2 terms, trust: 3 terms, average 2.5; "solar" and "grid" each in 1 of 2 documents.
    expect(pillars).to.have.length(1);
    expect(pillars[0]).to.deep.include({ id: 'grid', kind: 'pillar', matched: ['solar', 'grid'] });
    expect(pillars[0]!.score).to.be.closeTo(2 * part(1, 2, 2.5, 1, 2), 1e-12);
    expect(impactTags).to.deep.equal([]);
  });

  it('suggests nothing when no word is shared', () => {
    expect(suggestionIndex(manifestOf([grid, trust])).forCourse({ title: 'Wind', description: 'Turbine care' })).to.deep.equal({
      pillars: [],
      impactTags: [],
    });
  });

  it('breaks ties in manifest order', () => {
    const a = pillar('a', 'Safety', 'Field work');
    const b = pillar('b', 'Safety', 'Field work');
    expect(ids(suggestionIndex(manifestOf([a, b])).forCourse({ title: 'Safety' }).pillars)).to.deep.equal(['a', 'b']);
    expect(ids(suggestionIndex(manifestOf([b, a])).forCourse({ title: 'Safety' }).pillars)).to.deep.equal(['b', 'a']);
  });

  it('ranks best first and lists the most telling word first, as computed by hand', () => {
    const solar = pillar('solar', 'Solar', 'Solar panels and solar farms');
    const index = suggestionIndex(manifestOf([grid, solar, trust]));
    const { pillars } = index.forCourse({ title: 'Grid', objectives: ['Install solar panels'] });
    // Lengths 2, 5 and 3 (average 10/3); "grid" and "panel" are in 1 of 3 documents, "solar" in 2.
    // The short grid pillar wins though the solar pillar says "solar" three times.
    const average = 10 / 3;
    expect(pillars.map((s) => [s.id, s.matched])).to.deep.equal([
      ['grid', ['grid', 'solar']],
      ['solar', ['panels', 'solar']],
    ]);
    expect(pillars[0]!.score).to.be.closeTo(part(1, 2, average, 1, 3) + part(1, 2, average, 2, 3), 1e-12);
    expect(pillars[1]!.score).to.be.closeTo(part(1, 5, average, 1, 3) + part(3, 5, average, 2, 3), 1e-12);
  });

  it('matches through the stemmer, and shows the course\'s own spelling', () => {
    const service = pillar('service', 'Customer service', 'Kundenservice und Führung');
    const { pillars } = suggestionIndex(manifestOf([service, grid])).forCourse({ title: 'Serving customers', description: 'Führungen für Kunden' });
    expect(pillars.map((suggestion) => [suggestion.id, [...suggestion.matched].sort()])).to.deep.equal([['service', ['customers', 'führungen']]]);
  });

  it('ignores stop words in English and German', () => {
    const stop = pillar('stop', 'The and of', 'Der die das und');
    const index = suggestionIndex(manifestOf([stop, grid]));
    expect(index.forCourse({ title: 'The grid and the die' }).pillars.map((s) => [s.id, s.matched])).to.deep.equal([['grid', ['grid']]]);
  });

  it("learns from the courses placed on a pillar, and leaves a course's own words out when given its id", () => {
    const placed = course('wind-101', 'Wind turbines', { pillar: 'grid', description: 'Maintaining turbines' });
    const index = suggestionIndex(manifestOf([grid, trust], [placed]));
    expect(index.forCourse({ title: 'Wind turbines' }).pillars.map((s) => [s.id, s.matched])).to.deep.equal([['grid', ['turbines', 'wind']]]);
    expect(index.forCourse({ id: 'wind-101', title: 'Wind turbines' }).pillars).to.deep.equal([]);
    // An id the manifest does not know leaves nothing out.
    expect(ids(index.forCourse({ id: 'other', title: 'Wind turbines' }).pillars)).to.deep.equal(['grid']);
  });

  it('scores without a course exactly as if it had never been placed (counts, lengths, df, average)', () => {
    const placed = [
      course('c1', 'Turbine inspection', { pillar: 'grid', objectives: ['Inspect blades'] }),
      course('c2', 'Turbine safety', { pillar: 'grid' }),
      course('c3', 'Client privacy', { pillar: 'trust' }),
    ];
    const query = { title: 'Turbine privacy', description: 'Blades and clients' };
    const left = suggestionIndex(manifestOf([grid, trust], placed)).forCourse({ id: 'c1', ...query });
    const unplaced = course('c1', 'Turbine inspection', { objectives: ['Inspect blades'] });
    const never = suggestionIndex(manifestOf([grid, trust], [unplaced, placed[1]!, placed[2]!])).forCourse(query);
    expect(left).to.deep.equal(never);
    // By hand: grid = grid, solar, turbin, safety (4); trust = trust, privacy, client, client, privacy (5); average 4.5.
    expect(left.pillars.map((s) => s.id)).to.deep.equal(['trust', 'grid']);
    expect(left.pillars[0]!.score).to.be.closeTo(part(2, 5, 4.5, 1, 2) * 2, 1e-12);
    expect(left.pillars[1]!.score).to.be.closeTo(part(1, 4, 4.5, 1, 2), 1e-12);
  });

  it('ranks impact tags by their label, initiative and the courses that carry them', () => {
    const tags = [tag('renewals', 'Protects Q3 renewals', 'trust', 'Client retention'), tag('automation', 'Enables automation', 'grid', 'Back office')];
    const carried = course('rpa', 'Robotic process basics', { impactTags: ['automation'] });
    const index = suggestionIndex(manifestOf([grid, trust], [carried], tags));
    const { impactTags } = index.forCourse({ title: 'Automating a robotic process', description: 'For client retention too' });
    expect(impactTags.map((s) => [s.id, s.kind, [...s.matched].sort()])).to.deep.equal([
      ['automation', 'impactTag', ['automating', 'process', 'robotic']],
      ['renewals', 'impactTag', ['client', 'retention']],
    ]);
  });

  it('gives at most three of each kind, or the limit asked for', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => pillar(id, `Safety ${id}x`, 'Field work'));
    const index = suggestionIndex(manifestOf(many));
    expect(index.forCourse({ title: 'Safety' }).pillars).to.have.length(3);
    expect(index.forCourse({ title: 'Safety' }, { limit: 1 }).pillars).to.have.length(1);
    expect(index.forCourse({ title: 'Safety' }, { limit: 10 }).pillars).to.have.length(5);
  });
});
