/**
 * The event envelope. A learner action becomes one `PkEvent`: a UUID and a time are added once, when
 * it is enqueued, and never change afterwards, so the server can de-duplicate across retries,
 * reloads and tabs.
 */

export type EventType = 'rating' | 'endorsement' | 'pathway-opened' | 'why-dismissed' | 'prompt-discussed';

/** Relevance to the learner's role and strategic clarity, each on a 1–5 scale. */
export interface RatingData {
  relevance: number;
  clarity: number;
  comment?: string;
}

/** A subject-matter expert says the course helped solve `problem`, linked to a pillar id. */
export interface EndorsementData {
  problem: string;
  pillar: string;
}

/** A manager/learner 1:1 discussion prompt was discussed. */
export interface PromptData {
  promptId: string;
  /** The prompt as shown, used by the xAPI format to name the activity. */
  prompt?: string;
}

export interface ImpactTagRef {
  id: string;
  label: string;
}

/**
 * Titles and links for describing activities in xAPI statements; the json format leaves them out
 * (a json endpoint knows the manifest by id).
 */
export interface DisplayContext {
  courseTitle?: string;
  courseUrl?: string;
  pathwayTitle?: string;
  pillarTitle?: string;
  impactTags?: readonly ImpactTagRef[];
}

interface Common {
  /** The learner id given by the host page (an opaque account name, not an e-mail). */
  learnerId: string;
  pillarId?: string;
  display?: DisplayContext;
}

interface CourseScoped extends Common {
  courseId: string;
  pathwayId?: string;
}

export type EventInput =
  | (CourseScoped & { type: 'rating'; data: RatingData })
  | (CourseScoped & { type: 'endorsement'; data: EndorsementData })
  | (Common & { type: 'pathway-opened'; pathwayId: string })
  | (CourseScoped & { type: 'why-dismissed' })
  | (CourseScoped & { type: 'prompt-discussed'; data: PromptData });

export interface Envelope {
  /** RFC 4122 v4 UUID, made once at enqueue time. */
  id: string;
  /** ISO 8601 UTC time of the learner's action. */
  time: string;
}

export type PkEvent = EventInput & Envelope;

/** A rating as it travels and as the collector stores it. */
export type RatingEvent = Extract<PkEvent, { type: 'rating' }>;
