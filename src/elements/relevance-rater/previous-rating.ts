import { readPreference, writePreference, type PreferenceKey } from '../../core/preferences/preferences.js';
import { isPoint } from './points.js';

/** A rating the learner sent from this device. */
export interface PreviousRating {
  relevance: number;
  clarity: number;
  comment: string;
  /** When it was sent, ISO 8601. */
  at: string;
  /** Its delivery event, to follow its state after a reload; absent without an endpoint. */
  eventId?: string;
}

/** An endorsement the expert sent from this device. */
export interface PreviousEndorsement {
  problem: string;
  pillar: string;
  at: string;
  eventId?: string;
}

/** What this device remembers of one learner and one course. */
export interface RaterMemory {
  rating?: PreviousRating;
  endorsement?: PreviousEndorsement;
}

function keyOf(learner: string | undefined, course: string): PreferenceKey {
  return ['relevance-rater', learner ?? '', course];
}

/** The learner's earlier rating and endorsement of a course; records that do not fit are ignored. */
export async function recall(learner: string | undefined, course: string): Promise<RaterMemory> {
  const stored = await readPreference<RaterMemory>(keyOf(learner, course));
  const rating = stored?.rating;
  const endorsement = stored?.endorsement;
  return {
    rating: rating && isPoint(rating.relevance) && isPoint(rating.clarity) ? rating : undefined,
    endorsement: endorsement && typeof endorsement.problem === 'string' ? endorsement : undefined,
  };
}

export function remember(learner: string | undefined, course: string, memory: RaterMemory): Promise<void> {
  return writePreference(keyOf(learner, course), memory);
}
