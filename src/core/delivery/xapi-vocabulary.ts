import type { EventType } from './event.js';

/**
 * Published xAPI identifiers (ADL, Activity Streams and the Tin Can registry). xAPI 1.0.3 says a
 * provider MUST NOT coin verb IRIs it does not control, so every verb here is an existing one.
 */
export interface Verb {
  id: string;
  display: Record<string, string>;
}

export const VERBS: Readonly<Record<EventType, Verb>> = {
  // No ADL verb exists for rating; the registry's "rated" expects the rating in result.score.
  rating: { id: 'http://id.tincanapi.com/verb/rated', display: { en: 'rated' } },
  // "Approves of the content … analogous to praising": an SME endorsement.
  endorsement: { id: 'http://id.tincanapi.com/verb/applauded', display: { en: 'applauded' } },
  'pathway-opened': { id: 'http://id.tincanapi.com/verb/viewed', display: { en: 'viewed' } },
  // The object is the course's "why" note, not the course: closing the note is not leaving the course.
  'why-dismissed': { id: 'http://activitystrea.ms/schema/1.0/close', display: { en: 'closed' } },
  // A discussion prompt is a question put to the learner and manager; discussing it answers it.
  'prompt-discussed': { id: 'http://adlnet.gov/expapi/verbs/answered', display: { en: 'answered' } },
};

export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  pathway: 'http://adlnet.gov/expapi/activities/module',
  pillar: 'http://id.tincanapi.com/activitytype/goal',
  impactTag: 'http://id.tincanapi.com/activitytype/tag',
  why: 'http://activitystrea.ms/schema/1.0/note',
  prompt: 'http://adlnet.gov/expapi/activities/question',
} as const;

/** Lowest and highest points of both rating scales. */
export const SCALE = { min: 1, max: 5 } as const;

/**
 * Purpose Kit's xAPI Profile (`xapi-profile.jsonld` in the package): one IRI set for every site,
 * so an LRS, or a collector pulling from one, reads any site's statements the same way. Statements
 * name it as a `category` context activity, as the xAPI Profiles specification asks.
 */
export const PROFILE = 'https://w3id.org/purpose-kit/xapi';
export const PROFILE_VERSION = `${PROFILE}/v1`;
export const PROFILE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/profile';

/** Result extensions of a rating: both scales, 1–5. */
export const EXTENSIONS = {
  relevance: `${PROFILE}/extensions/relevance`,
  clarity: `${PROFILE}/extensions/clarity`,
} as const;

/**
 * Activity ids (courses, pathways, pillars, tags: the organisation's own things) are minted under
 * the site's own `homePage` (a domain the organisation controls, as xAPI asks):
 * `{homePage}/purpose-kit/courses/{id}` and so on.
 */
export function siteIri(homePage: string, ...segments: string[]): string {
  return new URL(`purpose-kit/${segments.map(encodeURIComponent).join('/')}`, homePage).href;
}
