/**
 * What the follow-up chunk does to a rater's follow-up state: recalls what the device remembers
 * of the learner and course, sends a rating and remembers it, follows every sent rating and
 * endorsement through the outbox's `pk-delivery` events, and draws the expert's endorsement step.
 */
import type { PkEvent } from '../../core/delivery/event.js';
import type { PkDeliveryDetail } from '../../core/delivery/pk-delivery-event.js';
import { formatDate } from '../../core/i18n/format.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import { advance, recalled, send } from './delivery-progress.js';
import { EndorseStep } from './endorse-step.js';
import { eventContext } from './event-context.js';
import type { FollowUpState } from './follow-up-state.js';
import { recall, remember, type RaterMemory } from './previous-rating.js';
import { EMPTY_RATING, type RatingValue } from './rating-value.js';
import type { Subject } from './subject.js';

type CompleteRating = RatingValue & { relevance: number; clarity: number };

/** The expert's step of each rater, once drawn. */
const endorseSteps = new WeakMap<FollowUpState, EndorseStep>();

/** Reads what the device remembers of `learner` and `course` into `state`, unless it has moved on to others (`key`). */
export async function recallInto(state: FollowUpState, key: string, learner: string | undefined, course: string): Promise<void> {
  const memory = await recall(learner, course);
  if (key !== state.memoryKey) return;
  // What was sent while the device was being read is newer than what it remembered.
  state.memory = { ...memory, ...state.memory };
  const { rating, endorsement } = state.memory;
  state.initial = rating ?? EMPTY_RATING;
  state.rating ??= recalled(rating);
  state.endorsement ??= recalled(endorsement);
  state.host.requestUpdate();
  state.recalled(state.initial);
}

/** Adds what was just sent to what the device remembers of this learner and course. */
export async function keep(state: FollowUpState, course: string, sent: RaterMemory): Promise<void> {
  const memory = (state.memory = { ...state.memory, ...sent });
  state.host.requestUpdate();
  await remember(state.settings.config.learner, course, memory);
}

/** The rating was sent, or left with its form: the device remembers it. */
export function rememberRating(state: FollowUpState, course: string, value: CompleteRating, event?: PkEvent): Promise<void> {
  state.initial = value;
  return keep(state, course, { rating: { ...value, at: event?.time ?? new Date().toISOString(), eventId: event?.id } });
}

/** Queues a complete rating the host let through (`pk-rate`), following it, and remembers it once queued. */
export async function sendRating(state: FollowUpState, subject: Subject, catalog: Catalog, value: CompleteRating): Promise<void> {
  const { relevance, clarity } = value;
  const comment = value.comment.trim();
  const input = { ...eventContext(subject, catalog), type: 'rating', data: { relevance, clarity, ...(comment && { comment }) } } as const;
  const kept = await send(
    () => state.delivery.deliver(input),
    (delivery) => state.follow('rating', delivery),
  );
  if (kept) await rememberRating(state, subject.course.id, value, kept.event);
}

/** Moves each sent rating and endorsement on when the outbox reports on its event. */
export function advanceAll(state: FollowUpState, change: PkDeliveryDetail): void {
  const rating = advance(state.rating, change);
  const endorsement = advance(state.endorsement, change);
  if (rating === state.rating && endorsement === state.endorsement) return;
  state.rating = rating;
  state.endorsement = endorsement;
  state.host.requestUpdate();
}

/** The expert's endorsement step. */
export function renderEndorse(state: FollowUpState, subject: Subject, catalog: Catalog, disabled: boolean): unknown {
  const previous = state.memory.endorsement;
  const { t, locale, config } = state.settings;
  let step = endorseSteps.get(state);
  if (!step) endorseSteps.set(state, (step = new EndorseStep(state.host)));
  return step.render({
    subject,
    catalog,
    learner: config.learner,
    disabled: disabled || state.endorsement?.stage === 'saving',
    endorsedOn: previous && formatDate(locale, new Date(previous.at)),
    status: state.renderStatus('endorsement'),
    t,
    deliver: (input) => state.delivery.deliver(input),
    follow: (delivery) => state.follow('endorsement', delivery),
    endorsed: (endorsement) => keep(state, subject.course.id, { endorsement }),
  });
}
