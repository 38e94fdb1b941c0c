import { expect } from '@open-wc/testing';
import type { EventInput, EventType, PkEvent } from '../../../src/core/delivery/event.js';
import { xapiProfile, xapiProfileDocument } from '../../../src/core/delivery/xapi-profile.js';
import { toStatement } from '../../../src/core/delivery/xapi-statement.js';
import { ACTIVITY_TYPES, EXTENSIONS, PROFILE, PROFILE_VERSION, VERBS } from '../../../src/core/delivery/xapi-vocabulary.js';

const HOME = 'https://intranet.example.com/';
const display = { pillarTitle: 'Efficiency', impactTags: [{ id: 'q3', label: 'Q3 goals' }] };

const EVENTS: Record<EventType, EventInput> = {
  rating: { type: 'rating', learnerId: 'e-1', courseId: 'c1', pathwayId: 'p1', pillarId: 'efficiency', display, data: { relevance: 4, clarity: 2 } },
  endorsement: { type: 'endorsement', learnerId: 'e-1', courseId: 'c1', pillarId: 'efficiency', data: { problem: 'Fewer disputes', pillar: 'trust' } },
  'pathway-opened': { type: 'pathway-opened', learnerId: 'e-1', pathwayId: 'p1', pillarId: 'efficiency' },
  'why-dismissed': { type: 'why-dismissed', learnerId: 'e-1', courseId: 'c1', pillarId: 'efficiency' },
  'prompt-discussed': { type: 'prompt-discussed', learnerId: 'e-1', courseId: 'c1', pillarId: 'efficiency', data: { promptId: 'q' } },
};

/** The values at a profile rule's location: `$.a.b`, `$.a['iri']`, `$.a[*].b` (all the profile uses). */
function valuesAt(document: unknown, location: string): unknown[] {
  const steps = [...location.slice(1).matchAll(/\.([\w]+)|\['([^']+)'\]|\[(\*)\]/g)].map((match) => match[1] ?? match[2] ?? '*');
  let values: unknown[] = [document];
  for (const step of steps) {
    values = values.flatMap((value) => {
      if (value === null || typeof value !== 'object') return [];
      if (step === '*') return Array.isArray(value) ? value : [];
      const next = (value as Record<string, unknown>)[step];
      return next === undefined ? [] : [next];
    });
  }
  return values;
}

describe('the xAPI Profile', () => {
  const profile = xapiProfile();

  it('is the profile the statements name, at its one version', () => {
    expect(profile).to.deep.include({ id: PROFILE, type: 'Profile', conformsTo: 'https://w3id.org/xapi/profiles#1.0' });
    expect(profile.versions.map((version) => version.id)).to.deep.equal([PROFILE_VERSION]);
    expect(JSON.parse(xapiProfileDocument())).to.deep.equal(profile);
  });

  it('defines the two rating extensions, under its own IRIs', () => {
    expect(profile.concepts.map((concept) => [concept.id, concept.type, concept.inScheme])).to.deep.equal([
      [EXTENSIONS.relevance, 'ResultExtension', PROFILE_VERSION],
      [EXTENSIONS.clarity, 'ResultExtension', PROFILE_VERSION],
    ]);
    expect(profile.concepts.every((concept) => concept.id.startsWith(`${PROFILE}/`))).to.equal(true);
  });

  it('has a template for every verb, naming the published verbs and activity types', () => {
    expect(profile.templates.map((template) => template.verb)).to.have.members(Object.values(VERBS).map((verb) => verb.id));
    const types = new Set<string>(Object.values(ACTIVITY_TYPES));
    for (const template of profile.templates) {
      expect(template.id.startsWith(`${PROFILE}/templates/`)).to.equal(true);
      expect(template.inScheme).to.equal(PROFILE_VERSION);
      expect(types.has(template.objectActivityType), template.objectActivityType).to.equal(true);
    }
  });

  for (const [type, input] of Object.entries(EVENTS)) {
    it(`describes the ${type} statement as it is made`, () => {
      const event = { ...input, id: crypto.randomUUID(), time: new Date().toISOString() } as PkEvent;
      const statement = toStatement(event, { homePage: HOME, language: 'en' });
      const template = profile.templates.find((candidate) => candidate.id === `${PROFILE}/templates/${type}`)!;
      expect(statement.verb.id).to.equal(template.verb);
      expect(statement.object.definition.type).to.equal(template.objectActivityType);
      const categoryTypes = (statement.context.contextActivities?.category ?? []).map((activity) => activity.definition?.type);
      for (const required of template.contextCategoryActivityType) expect(categoryTypes).to.include(required);
      for (const rule of template.rules) {
        const found = valuesAt(statement, rule.location);
        if (rule.presence === 'included') expect(found, rule.location).to.not.be.empty;
        if (rule.any && found.length) expect(found.some((value) => rule.any!.includes(value as string)), rule.location).to.equal(true);
      }
    });
  }
});
