import { expect } from '@open-wc/testing';
import { catalogOf } from '../../../src/core/manifest/catalog.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { manifestFixture } from './fixtures.js';

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

async function richManifest(): Promise<Manifest> {
  const result = validateManifest(await manifestFixture('rich.json'));
  if (!result.ok) throw new Error('the rich fixture must be valid');
  return result.manifest;
}

describe('catalogOf', () => {
  let manifest: Manifest;
  beforeEach(async () => {
    manifest = await richManifest();
  });

  it('is built once per manifest object', async () => {
    expect(catalogOf(manifest)).to.equal(catalogOf(manifest));
    expect(catalogOf(await richManifest())).not.to.equal(catalogOf(manifest));
  });

  it('finds pillars, pathways, courses and impact tags by id', () => {
    const catalog = catalogOf(manifest);
    expect(catalog.pillars.get('energy')).to.equal(manifest.pillars[1]);
    expect(catalog.pathways.get('privacy-first')).to.equal(manifest.pathways[3]);
    expect(catalog.courses.get('data-privacy')).to.equal(manifest.courses[4]);
    expect(catalog.impactTags.get('q3-automation')).to.equal(manifest.impactTags[3]);
    expect(catalog.courses.get('nope')).to.equal(undefined);
    expect([...catalog.courses.keys()]).to.deep.equal(ids(manifest.courses));
  });

  it('lists the pathways of each pillar, from every department', () => {
    const catalog = catalogOf(manifest);
    const energy = catalog.pathwaysOfPillar('energy');
    expect(ids(energy)).to.deep.equal(['grid-engineering', 'green-finance', 'energy-story']);
    expect(energy.map((pathway) => pathway.department)).to.deep.equal(['Engineering', 'Finance', 'Marketing']);
    expect(catalog.pathwaysOfPillar('nope')).to.deep.equal([]);
  });

  it('lists the pathways that include a course', () => {
    const catalog = catalogOf(manifest);
    expect(ids(catalog.pathwaysWithCourse('grid-101'))).to.deep.equal(['grid-engineering', 'green-finance']);
    expect(catalog.pathwaysWithCourse('orphan')).to.deep.equal([]);
  });

  it('lists a pathway once even when it names a course twice', () => {
    manifest.pathways[0]!.courses.push('grid-101');
    expect(ids(catalogOf(manifest).pathwaysWithCourse('grid-101'))).to.deep.equal(['grid-engineering', 'green-finance']);
  });

  it('lists the endorsements of a course', () => {
    const catalog = catalogOf(manifest);
    expect(ids(catalog.endorsementsOfCourse('grid-101'))).to.deep.equal(['e1', 'e3']);
    expect(ids(catalog.endorsementsOfCourse('data-privacy'))).to.deep.equal(['e2']);
    expect(catalog.endorsementsOfCourse('rpa-basics')).to.deep.equal([]);
  });

  it('finds the pillar of a course: its own, else its first pathway’s, else its first impact tag’s', () => {
    const catalog = catalogOf(manifest);
    const pillarOf = (courseId: string) => catalog.pillarOfCourse(courseId)?.id;
    expect(pillarOf('green-bonds')).to.equal('energy'); // its own
    expect(pillarOf('data-privacy')).to.equal('trust'); // pathway privacy-first
    expect(pillarOf('negotiation')).to.equal('trust'); // impact tag trust-renewals
    expect(pillarOf('orphan')).to.equal(undefined);
    expect(pillarOf('nope')).to.equal(undefined);
  });

  it('prefers the course’s own pillar over its pathway’s', () => {
    manifest.courses[0]!.pillar = 'safety';
    expect(catalogOf(manifest).pillarOfCourse('grid-101')?.id).to.equal('safety');
  });

  it('ranks the imperatives and features their hero pathways in rank order', () => {
    const catalog = catalogOf(manifest);
    expect(ids(catalog.imperatives)).to.deep.equal(['energy', 'trust', 'efficiency']);
    expect(ids(catalog.heroPathways)).to.deep.equal(['grid-engineering', 'energy-story', 'privacy-first']);
  });

  it('has no imperatives or heroes when no pillar is ranked', async () => {
    const doc = await manifestFixture('minimal.json');
    const result = validateManifest(doc);
    if (!result.ok) throw new Error('the minimal fixture must be valid');
    const catalog = catalogOf(result.manifest);
    expect(catalog.imperatives).to.deep.equal([]);
    expect(catalog.heroPathways).to.deep.equal([]);
  });
});
