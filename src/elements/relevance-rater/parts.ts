/**
 * The parts of `<pk-relevance-rater>` its first render does without, each a chunk of its own whose
 * English messages join the source catalogue when it arrives: the follow-up steps (what this device
 * remembers, sending, delivery words and the expert's step; see `follow-up.ts`), one chunk for
 * every rater of the page, and the endorsements of the course (see `endorsements.ts`), loaded only
 * for a course that has some, or on a page with a collector.
 */
import { LazyModule } from '../../core/base/lazy-part.js';
import { useSourceMessages, type Messages } from '../../core/i18n/i18n.js';

export type FollowUp = typeof import('./follow-up.js');

/** A chunk of the rater as it arrives: its English messages join the source catalogue. */
function withMessages<T extends { messages: Messages }>(chunk: T): T {
  useSourceMessages(chunk.messages);
  return chunk;
}

export const followUpSteps = new LazyModule('follow-up steps', () => import('./follow-up.js').then(withMessages));

export const endorsementList = new LazyModule('endorsements', () => import('./endorsements.js').then(withMessages));
