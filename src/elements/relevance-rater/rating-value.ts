import { isPoint } from './points.js';

/** What the learner has chosen so far: either scale may still be open. */
export interface RatingValue {
  relevance?: number;
  clarity?: number;
  comment: string;
}

export const EMPTY_RATING: Readonly<RatingValue> = Object.freeze({ comment: '' });

export function isComplete(value: RatingValue): value is RatingValue & { relevance: number; clarity: number } {
  return isPoint(value.relevance) && isPoint(value.clarity);
}

export function isEmptyRating(value: RatingValue): boolean {
  return value.relevance === undefined && value.clarity === undefined && value.comment === '';
}

/**
 * The rater's entries in its form's data, named in the bracket style most servers read as one
 * nested object (PHP, Rails, Express with `qs`):
 *
 *     rating[course]=data-privacy-essentials
 *     rating[relevance]=4
 *     rating[clarity]=5
 *     rating[comment]=Useful for the smart-meter project
 *
 * A scale not yet chosen and an empty comment are left out; an untouched rater adds nothing.
 */
export function formEntries(name: string, course: string, value: RatingValue): FormData | null {
  if (!name || isEmptyRating(value)) return null;
  const data = new FormData();
  data.append(`${name}[course]`, course);
  if (value.relevance !== undefined) data.append(`${name}[relevance]`, String(value.relevance));
  if (value.clarity !== undefined) data.append(`${name}[clarity]`, String(value.clarity));
  if (value.comment !== '') data.append(`${name}[comment]`, value.comment);
  return data;
}

/** The state the browser keeps for back/forward and autofill restores (see `formStateRestoreCallback`). */
export function stateOf(value: RatingValue): string {
  return JSON.stringify(value);
}

/** A state saved by `stateOf`; anything else restores nothing. */
export function valueFromState(state: unknown): RatingValue | undefined {
  if (typeof state !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(state);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { relevance, clarity, comment } = parsed as Record<string, unknown>;
  return {
    relevance: isPoint(relevance) ? relevance : undefined,
    clarity: isPoint(clarity) ? clarity : undefined,
    comment: typeof comment === 'string' ? comment : '',
  };
}
