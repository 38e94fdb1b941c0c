import { expect } from '@open-wc/testing';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import {
  acceptEndorsement,
  addToPathway,
  createImpactTag,
  createPathway,
  freshId,
  removeFromPathway,
  setCoursePillar,
  setHero,
  setImpactTag,
  setWhy,
} from '../../../src/core/studio/edits.js';
import { issuesOfCourse } from '../../../src/core/studio/field-issues.js';
import { studioManifest } from '../../elements/manifest-studio/manifest.js';

const manifest = () => studioManifest() as Manifest;
const errorsOf = (draft: Manifest) => {
  const result = validateManifest(draft);
  return result.ok ? [] : result.errors;
};

describe('studio edits', () => {
  it('writes the why framing as typed, and removes it when every field is empty', () => {
    const start = manifest();
    const framed = setWhy(start, 'privacy', { from: 'avoiding fines', to: 'protecting client trust', statement: 'Clients stay when their data is safe.' });
    expect(framed.courses[0]!.why).to.deep.equal({ statement: 'Clients stay when their data is safe.', reframe: { from: 'avoiding fines', to: 'protecting client trust' } });
    expect(start.courses[0]!.why).to.equal(undefined);
    expect(framed.courses[1]).to.equal(start.courses[1]); // untouched entries are shared
    expect(errorsOf(framed)).to.deep.equal([]);
    expect(setWhy(framed, 'privacy', { from: '', to: '', statement: '' }).courses[0]!.why).to.equal(undefined);
    expect(setWhy(framed, 'privacy', { from: '', to: '', statement: 'Only this.' }).courses[0]!.why).to.deep.equal({ statement: 'Only this.' });
  });

  it('places the validator\'s messages beside the field they concern', () => {
    const half = setWhy(manifest(), 'privacy', { from: 'avoiding fines', to: '', statement: '' });
    const issues = issuesOfCourse(errorsOf(half), half, 'privacy');
    expect(Object.keys(issues).sort()).to.deep.equal(['statement', 'to']);
    expect(issues.to![0]!.path).to.equal('courses[0].why.reframe.to');
    const unknown = setCoursePillar(manifest(), 'excel', 'nowhere');
    expect(issuesOfCourse(errorsOf(unknown), unknown, 'excel').pillar![0]!.message).to.contain('nowhere');
    expect(issuesOfCourse(errorsOf(unknown), unknown, 'privacy')).to.deep.equal({});
  });

  it('sets the pillar, picks and drops tags, creates a tag with a fresh id', () => {
    let draft = setCoursePillar(manifest(), 'privacy', 'trust');
    expect(draft.courses[0]!.pillar).to.equal('trust');
    expect('pillar' in setCoursePillar(draft, 'privacy', '').courses[0]!).to.equal(false);
    draft = setImpactTag(draft, 'privacy', 'interconnect', true);
    expect(draft.courses[0]!.impactTags).to.deep.equal(['interconnect']);
    expect(setImpactTag(draft, 'privacy', 'interconnect', false).courses[0]!.impactTags).to.deep.equal([]);
    const created = createImpactTag(draft, 'privacy', { label: 'Speeds up grid interconnection', pillar: 'trust', initiative: 'Zero breaches', targetPeriod: 'FY2027' });
    expect(created.id).to.equal('speeds-up-grid-interconnection');
    expect(created.manifest.courses[0]!.impactTags).to.deep.equal(['interconnect', 'speeds-up-grid-interconnection']);
    expect(errorsOf(created.manifest)).to.deep.equal([]);
    expect(freshId('Speeds up grid interconnection', ['speeds-up-grid-interconnection'])).to.equal('speeds-up-grid-interconnection-2');
    expect(freshId('Ärger & Ölpreise', [])).to.equal('arger-olpreise');
    expect(freshId('!!!', [])).to.equal('item');
  });

  it('adds to a pathway, creates one, marks it hero, takes the course out again', () => {
    let draft = addToPathway(manifest(), 'privacy', 'grid-path');
    expect(draft.pathways[0]!.courses).to.deep.equal(['grid', 'privacy']);
    const created = createPathway(draft, 'trust-talk', { title: 'Trusted advisor', department: 'Sales', pillar: 'trust' });
    draft = setHero(created.manifest, created.id, true);
    expect(draft.pathways[1]).to.deep.equal({ id: 'trusted-advisor', title: 'Trusted advisor', department: 'Sales', pillar: 'trust', courses: ['trust-talk'], hero: true });
    expect(errorsOf(draft)).to.deep.equal([]);
    expect('hero' in setHero(draft, 'trusted-advisor', false).pathways[1]!).to.equal(false);
    draft = removeFromPathway(draft, 'trust-talk', 'trusted-advisor');
    expect(draft.pathways.map((pathway) => pathway.id)).to.deep.equal(['grid-path']);
  });

  it('curates an endorsement once, whatever how often it is accepted', () => {
    const endorsement = { id: 'sent-1', expert: { name: 'Amara Okafor' }, course: 'grid', pillar: 'energy', problem: 'Cut study time by three weeks.', date: '2026-05-14' };
    const once = acceptEndorsement(manifest(), endorsement);
    const twice = acceptEndorsement(once, endorsement);
    expect(twice.endorsements).to.deep.equal([endorsement]);
    expect(errorsOf(twice)).to.deep.equal([]);
  });
});
