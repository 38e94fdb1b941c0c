/**
 * Purpose Kit's xAPI Profile (xAPI Profiles 1.0, JSON-LD), made from the vocabulary the statements
 * use, so the published document and the statements cannot drift apart. The build writes it to
 * `dist/xapi-profile.jsonld` (`purpose-kit/xapi-profile.jsonld`).
 *
 * The verbs and activity types are published ones (ADL, Activity Streams, the Tin Can registry):
 * a profile may not define concepts under IRIs it does not control, so its statement templates
 * name them, one template per event type. Its own concepts are the two rating extensions.
 */
import type { EventType } from './event.js';
import { ACTIVITY_TYPES, EXTENSIONS, PROFILE, PROFILE_ACTIVITY_TYPE, PROFILE_VERSION, SCALE, VERBS } from './xapi-vocabulary.js';

/** When version 1 was published: fixed, so every build writes the same document. */
const V1_PUBLISHED = '2026-12-06T00:00:00Z';

const en = (text: string) => ({ en: text });

interface Rule {
  location: string;
  presence?: 'included' | 'excluded' | 'recommended';
  any?: (string | number)[];
  all?: (string | number)[];
}

interface Template {
  id: string;
  type: 'StatementTemplate';
  inScheme: string;
  prefLabel: Record<string, string>;
  definition: Record<string, string>;
  verb: string;
  objectActivityType: string;
  contextCategoryActivityType: string[];
  rules: Rule[];
}

const rated = (name: 'relevance' | 'clarity', what: string) => ({
  id: EXTENSIONS[name],
  type: 'ResultExtension',
  inScheme: PROFILE_VERSION,
  prefLabel: en(name),
  definition: en(`${what}, as the learner rated it, from ${SCALE.min} (not at all) to ${SCALE.max} (fully).`),
  recommendedVerbs: [VERBS.rating.id],
  inlineSchema: JSON.stringify({ type: 'integer', minimum: SCALE.min, maximum: SCALE.max }),
});

const TEMPLATES: Record<EventType, { label: string; definition: string; object: string; rules?: Rule[] }> = {
  rating: {
    label: 'rated a course',
    definition: 'A learner rated a course for relevance to their role (also the score) and for strategic clarity.',
    object: ACTIVITY_TYPES.course,
    rules: [
      { location: '$.result.score.raw', presence: 'included', any: [1, 2, 3, 4, 5] },
      { location: `$.result.extensions['${EXTENSIONS.relevance}']`, presence: 'included', any: [1, 2, 3, 4, 5] },
      { location: `$.result.extensions['${EXTENSIONS.clarity}']`, presence: 'included', any: [1, 2, 3, 4, 5] },
    ],
  },
  endorsement: {
    label: 'endorsed a course',
    definition: 'A subject-matter expert said which problem a course helped solve (result.response), linked to a strategic pillar.',
    object: ACTIVITY_TYPES.course,
    rules: [{ location: '$.result.response', presence: 'included' }],
  },
  'pathway-opened': {
    label: 'opened a pathway',
    definition: 'A learner opened a learning pathway.',
    object: ACTIVITY_TYPES.pathway,
  },
  'why-dismissed': {
    label: "closed a course's why",
    definition: 'A learner closed the note that says why a course matters to the strategy.',
    object: ACTIVITY_TYPES.why,
  },
  'prompt-discussed': {
    label: 'discussed a prompt',
    definition: 'A learner and their manager discussed a 1:1 prompt about applying a course.',
    object: ACTIVITY_TYPES.prompt,
  },
};

function template(type: EventType): Template {
  const { label, definition, object, rules } = TEMPLATES[type];
  return {
    id: `${PROFILE}/templates/${type}`,
    type: 'StatementTemplate',
    inScheme: PROFILE_VERSION,
    prefLabel: en(label),
    definition: en(definition),
    verb: VERBS[type].id,
    objectActivityType: object,
    // The profile itself names the statement's profile, as xAPI Profiles asks.
    contextCategoryActivityType: [PROFILE_ACTIVITY_TYPE],
    rules: [
      { location: '$.context.contextActivities.category[*].id', presence: 'included', any: [PROFILE_VERSION] },
      { location: '$.context.contextActivities.grouping[*].definition.type', presence: 'recommended', any: [ACTIVITY_TYPES.pillar] },
      ...(rules ?? []),
    ],
  };
}

/** The profile document, as JSON-LD. */
export function xapiProfile() {
  return {
    '@context': 'https://w3id.org/xapi/profiles/context',
    id: PROFILE,
    type: 'Profile',
    conformsTo: 'https://w3id.org/xapi/profiles#1.0',
    prefLabel: en('Purpose Kit'),
    definition: en(
      'Learner events of Purpose Kit: relevance ratings, expert endorsements, opened pathways, closed why-notes and discussed 1:1 prompts. Activity ids are the organisation\'s own ({homePage}/purpose-kit/…); the extensions are the same for every site.',
    ),
    author: { type: 'Organization', name: 'Purpose Kit' },
    versions: [{ id: PROFILE_VERSION, generatedAtTime: V1_PUBLISHED }],
    concepts: [rated('relevance', 'How relevant the course is to the learner\'s role'), rated('clarity', 'How clearly the course says which strategic goal it serves')],
    templates: (Object.keys(VERBS) as EventType[]).map(template),
  };
}

/** The text of `xapi-profile.jsonld`. */
export function xapiProfileDocument(): string {
  return `${JSON.stringify(xapiProfile(), null, 2)}\n`;
}
