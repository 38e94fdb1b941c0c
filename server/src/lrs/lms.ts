/**
 * What the LMS says in the LRS: the ADL verbs `registered`, `launched`, `completed` and `passed`
 * about an activity that is one of the manifest's courses. An activity is a course when, in this
 * order: its id equals the course's `xapiId`; its id equals the course's `url` (compared as parsed
 * URLs, without the fragment); or it is a Purpose Kit activity id `…/purpose-kit/courses/{id}` of
 * a course the manifest has. Statements about any other activity are left out.
 */
import { learnerIdOf, purposeKitPath } from '../../../src/core/delivery/xapi-read.js';
import { MAX_TAKEAWAY_LENGTH } from '../../../src/core/manifest/limits.js';
import type { Manifest } from '../../../src/core/manifest/types.js';

const ADL = 'http://adlnet.gov/expapi/verbs/';
export const LMS_VERBS = ['registered', 'launched', 'completed', 'passed'] as const;
export type LmsVerb = (typeof LMS_VERBS)[number];

export interface LmsStatement {
  id: string;
  verb: LmsVerb;
  course: string;
  learnerId: string;
  time: string;
  /** `result.response` of a completion: the learner's takeaway. */
  takeaway?: string;
}

export type CourseOfActivity = (activityId: string) => string | undefined;

const normalised = (id: string) => {
  if (!URL.canParse(id)) return id;
  const url = new URL(id);
  url.hash = '';
  return url.href;
};

export function courseMatcher(manifest: Manifest | undefined): CourseOfActivity {
  const byId = new Map<string, string>();
  const known = new Set<string>();
  for (const course of manifest?.courses ?? []) {
    known.add(course.id);
    if (course.url && URL.canParse(course.url) && !byId.has(normalised(course.url))) byId.set(normalised(course.url), course.id);
  }
  for (const course of manifest?.courses ?? []) if (course.xapiId) byId.set(normalised(course.xapiId), course.id);
  return (activityId) => {
    const matched = byId.get(normalised(activityId));
    if (matched) return matched;
    const path = purposeKitPath(activityId);
    return path?.[0] === 'courses' && path.length === 2 && known.has(path[1]!) ? path[1] : undefined;
  };
}

/** The LMS statement, or undefined when it is not one of the four verbs about a known course. */
export function readLmsStatement(statement: Record<string, unknown>, courseOf: CourseOfActivity): LmsStatement | undefined {
  const verbId = (statement.verb as { id?: unknown } | undefined)?.id;
  const verb = typeof verbId === 'string' && verbId.startsWith(ADL) ? (verbId.slice(ADL.length) as LmsVerb) : undefined;
  if (!verb || !LMS_VERBS.includes(verb)) return undefined;
  const object = statement.object as { id?: unknown; objectType?: unknown } | undefined;
  if (typeof object?.id !== 'string' || (object.objectType !== undefined && object.objectType !== 'Activity')) return undefined;
  const course = courseOf(object.id);
  const learnerId = learnerIdOf(statement.actor);
  const time = typeof statement.timestamp === 'string' ? statement.timestamp : statement.stored;
  if (!course || !learnerId || typeof time !== 'string' || Number.isNaN(Date.parse(time)) || typeof statement.id !== 'string') return undefined;
  const response = (statement.result as { response?: unknown } | undefined)?.response;
  const completes = verb === 'completed' || verb === 'passed';
  return {
    id: statement.id.toLowerCase(),
    verb,
    course,
    learnerId,
    time: new Date(time).toISOString(),
    ...(completes && typeof response === 'string' && response.trim() !== '' && { takeaway: response.trim().slice(0, MAX_TAKEAWAY_LENGTH) }),
  };
}
