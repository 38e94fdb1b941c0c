import { expect } from '@open-wc/testing';
import { errorsOf, manifestFixture, type Doc } from './fixtures.js';

interface Rule {
  title: string;
  change(doc: Doc): void;
  path: string;
  code: string;
  message: string;
}

const rules: Rule[] = [
  { title: 'pathway → pillar', change: (d) => (d.pathways[1].pillar = 'power'), path: 'pathways[1].pillar', code: 'unknown-reference', message: 'unknown pillar "power"' },
  { title: 'pathway → course', change: (d) => d.pathways[0].courses.push('py-101'), path: 'pathways[0].courses[2]', code: 'unknown-reference', message: 'unknown course "py-101"' },
  { title: 'course → pillar', change: (d) => (d.courses[2].pillar = 'energie'), path: 'courses[2].pillar', code: 'unknown-reference', message: 'unknown pillar "energie"' },
  { title: 'course → impact tag', change: (d) => (d.courses[1].impactTags[1] = 'q3-auto'), path: 'courses[1].impactTags[1]', code: 'unknown-reference', message: 'unknown impact tag "q3-auto"' },
  { title: 'impact tag → pillar', change: (d) => (d.impactTags[3].pillar = 'energy-2'), path: 'impactTags[3].pillar', code: 'unknown-reference', message: 'unknown pillar "energy-2"' },
  { title: 'endorsement → course', change: (d) => (d.endorsements[2].course = 'x'), path: 'endorsements[2].course', code: 'unknown-reference', message: 'unknown course "x"' },
  { title: 'endorsement → pillar', change: (d) => (d.endorsements[0].pillar = 'grid'), path: 'endorsements[0].pillar', code: 'unknown-reference', message: 'unknown pillar "grid"' },

  { title: 'a duplicate pillar id', change: (d) => d.pillars.push({ id: 'energy', title: 'Energy', description: 'Again.' }), path: 'pillars[4].id', code: 'duplicate-id', message: 'duplicate id "energy" (first used at pillars[1])' },
  { title: 'a duplicate pathway id', change: (d) => (d.pathways[5].id = 'automation'), path: 'pathways[5].id', code: 'duplicate-id', message: 'duplicate id "automation" (first used at pathways[4])' },
  { title: 'a duplicate course id', change: (d) => (d.courses[8].id = 'negotiation'), path: 'courses[8].id', code: 'duplicate-id', message: 'duplicate id "negotiation" (first used at courses[7])' },
  { title: 'a duplicate impact tag id', change: (d) => d.impactTags.push({ ...d.impactTags[1] }), path: 'impactTags[4].id', code: 'duplicate-id', message: 'duplicate id "q4-storage" (first used at impactTags[1])' },
  { title: 'a duplicate endorsement id', change: (d) => (d.endorsements[2].id = 'e1'), path: 'endorsements[2].id', code: 'duplicate-id', message: 'duplicate id "e1" (first used at endorsements[0])' },

  { title: 'an imperative rank held twice', change: (d) => (d.pillars[2].imperative = 2), path: 'pillars[2].imperative', code: 'duplicate-rank', message: 'rank 2 is already held by pillars[0]' },
  {
    title: 'a cohort series shorter than the periods',
    change: (d) => d.metrics.series.retention.aligned.splice(2),
    path: 'metrics.series.retention.aligned',
    code: 'length-mismatch',
    message: 'expected 4 values (one per period), got 2',
  },
  {
    title: 'a cohort series longer than the periods',
    change: (d) => d.metrics.series.latency.baseline.push(40),
    path: 'metrics.series.latency.baseline',
    code: 'length-mismatch',
    message: 'expected 4 values (one per period), got 5',
  },
];

describe('validateManifest: references', () => {
  for (const rule of rules) {
    it(`reports ${rule.title}`, async () => {
      const doc = await manifestFixture('rich.json');
      rule.change(doc);
      expect(errorsOf(doc)).to.deep.equal([{ path: rule.path, code: rule.code, message: rule.message }]);
    });
  }

  it('reports every repeat of an id, each pointing at the first', async () => {
    const doc = await manifestFixture('rich.json');
    doc.courses[7].id = 'grid-101';
    doc.courses[8].id = 'grid-101';
    expect(errorsOf(doc).map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
      'courses[7].id: duplicate id "grid-101" (first used at courses[0])',
      'courses[8].id: duplicate id "grid-101" (first used at courses[0])',
    ]);
  });

  it('does not compare series lengths when there are no periods', async () => {
    const doc = await manifestFixture('rich.json');
    delete doc.metrics.periods;
    doc.metrics.series.retention.aligned.pop();
    expect(errorsOf(doc)).to.deep.equal([]);
  });

  it('leaves a reference of the wrong type to the schema check', async () => {
    const doc = await manifestFixture('rich.json');
    doc.pathways[0].pillar = 7;
    expect(errorsOf(doc)).to.deep.equal([
      { path: 'pathways[0].pillar', code: 'wrong-type', message: 'expected a string, got a number' },
    ]);
  });
});
