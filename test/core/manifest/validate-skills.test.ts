import { expect } from '@open-wc/testing';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { validateMetrics } from '../../../src/core/metrics/validate.js';
import { errorsOf, manifestFixture, type Doc } from './fixtures.js';

async function withSkills(): Promise<Doc> {
  const doc = await manifestFixture('rich.json');
  doc.skills = [
    { id: 'data-literacy', label: 'Data literacy', transferable: true, external: { framework: 'esco', code: 'S5.5.1', uri: 'http://data.europa.eu/esco/skill/example' } },
    { id: 'scada-config', label: 'SCADA configuration', transferable: false },
  ];
  doc.courses[0].skills = ['data-literacy', 'scada-config'];
  return doc;
}

describe('validateManifest: skills', () => {
  it('accepts skills with a framework reference, and courses naming them', async () => {
    const result = validateManifest(await withSkills());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.manifest.skills![0]!.external).to.deep.equal({ framework: 'esco', code: 'S5.5.1', uri: 'http://data.europa.eu/esco/skill/example' });
    expect(result.manifest.courses[0]!.skills).to.deep.equal(['data-literacy', 'scada-config']);
  });

  it('still accepts a manifest without skills (version 1 stays backward compatible)', async () => {
    expect(errorsOf(await manifestFixture('rich.json'))).to.deep.equal([]);
  });

  it('reports an unknown skill with its path, like an unknown impact tag', async () => {
    const doc = await withSkills();
    doc.courses[2].skills = ['negotiation'];
    expect(errorsOf(doc)).to.deep.equal([{ path: 'courses[2].skills[0]', code: 'unknown-reference', message: 'unknown skill "negotiation"' }]);
  });

  it('reports a duplicate skill id, a missing transferable flag and a framework URI that is not allowed', async () => {
    const doc = await withSkills();
    doc.skills.push({ id: 'data-literacy', label: 'Again' });
    doc.skills[1].external = { framework: 'onet', code: '2.A.2.a', uri: 'javascript:alert(1)' };
    const issues = errorsOf(doc).map((issue) => `${issue.path} ${issue.code}`);
    expect(issues).to.have.members(['skills[2].transferable required', 'skills[1].external.uri invalid-url', 'skills[2].id duplicate-id']);
  });
});

describe('validateMetrics: the sustainability section', () => {
  const lens = {
    futureProof: { organization: [0.4, null], teams: [{ team: 'North', values: [0.5, null] }] },
    breadth: { organization: [1.2, 0.8] },
    wellbeing: [0.31, null],
    threshold: 2,
    retention: { aligned: [0.95, 0.94], baseline: [0.9, null] },
  };

  it('passes it through to the chart data', () => {
    const result = validateMetrics({ periods: ['Q1', 'Q2'], sustainability: lens });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.data.sustainability).to.deep.equal(lens);
  });

  it('numbers the periods from its series when none are given', () => {
    const result = validateMetrics({ sustainability: { wellbeing: [0.1, 0.2, 0.3] } });
    expect(result.ok && result.data.periods).to.deep.equal(['1', '2', '3']);
  });

  it('reports each series whose length is not one per period, with its path', () => {
    const result = validateMetrics({
      periods: ['Q1', 'Q2', 'Q3'],
      sustainability: { ...lens, threshold: 0 },
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors.map((issue) => issue.path)).to.have.members([
      'metrics.sustainability.threshold',
      'metrics.sustainability.futureProof.organization',
      'metrics.sustainability.futureProof.teams[0].values',
      'metrics.sustainability.breadth.organization',
      'metrics.sustainability.wellbeing',
      'metrics.sustainability.retention.aligned',
      'metrics.sustainability.retention.baseline',
    ]);
  });
});
