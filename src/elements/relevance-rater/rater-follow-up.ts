/**
 * What a rater shows and does beyond its questions, in chunks its first render does without: what
 * this device remembers of the learner's last rating and endorsement of the course, where each
 * sent one is on its way (followed through the outbox's `pk-delivery` events, and said in words),
 * and the expert's endorsement step — the state is here from the first render, what works on it
 * comes with the follow-up chunk (see `follow-up-steps.ts`), asked for as soon as the course is
 * known; and the endorsements the course already has, a chunk loaded only where they are drawn.
 */
import { html, isServer, nothing, type LitElement, type ReactiveController } from 'lit';
import { emit } from '../../core/base/events/emit.js';
import { formatDate } from '../../core/i18n/format.js';
import { LazyPart, type LazyPartOptions } from '../../core/base/lazy-part.js';
import { PK_DELIVERY, type PkDeliveryEvent } from '../../core/delivery/pk-delivery-event.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import './events/pk-rate.js';
import type { FollowUpState, Sent } from './follow-up-state.js';
import { endorsementList, followUpSteps, type FollowUp } from './parts.js';
import { EMPTY_RATING, type RatingValue } from './rating-value.js';
import type { Subject } from './subject.js';

type CompleteRating = RatingValue & { relevance: number; clarity: number };
type Endorsements = NonNullable<(typeof endorsementList)['value']>;

export class RaterFollowUp implements ReactiveController, FollowUpState {
  memory: FollowUpState['memory'] = {};
  rating?: FollowUpState['rating'];
  endorsement?: FollowUpState['endorsement'];
  initial: RatingValue = EMPTY_RATING;
  memoryKey?: string;
  readonly #part: LazyPart<FollowUp>;
  readonly #endorsements: LazyPart<Endorsements>;
  readonly #options: LazyPartOptions;

  /**
   * @param options how a part's failure is reported and said
   * @param recalled hears the rating the device remembered, once it has been read
   */
  constructor(
    readonly host: LitElement,
    readonly settings: FollowUpState['settings'],
    readonly delivery: FollowUpState['delivery'],
    options: LazyPartOptions,
    readonly recalled: (rating: RatingValue) => void,
  ) {
    host.addController(this);
    this.#options = options;
    this.#part = new LazyPart(host, followUpSteps, options);
    this.#endorsements = new LazyPart(host, endorsementList, { ...options, when: 'shown' });
  }

  hostConnected(): void {
    window.addEventListener(PK_DELIVERY, this.#onDelivery);
  }

  hostDisconnected(): void {
    window.removeEventListener(PK_DELIVERY, this.#onDelivery);
  }

  /**
   * The learner and the course rated (from `willUpdate`): what was remembered or sent belongs to
   * the previous ones, and theirs is recalled. True when it forgot what it had for another course.
   */
  use(learner: string | undefined, course: string, courseChanged: boolean): boolean {
    const key = JSON.stringify([learner, course]);
    if (key === this.memoryKey) return false;
    const forgot = this.memoryKey !== undefined;
    if (forgot) {
      this.memory = {};
      this.initial = EMPTY_RATING;
      this.rating = this.endorsement = undefined;
    }
    this.memoryKey = key;
    // What this device remembers is in the browser's storage: the server renders the rater unrated.
    if (!isServer) void this.#part.load().then((steps) => steps?.recallInto(this, key, learner, course));
    return forgot && courseChanged;
  }

  follow(sent: Sent, delivery: FollowUpState['rating']): void {
    this[sent] = delivery;
    this.host.requestUpdate();
  }

  /** The rating left with its form: the device remembers it. */
  rememberRating(course: string, value: CompleteRating): void {
    this.initial = value;
    void this.#part.load().then((steps) => steps?.rememberRating(this, course, value));
  }

  /** Sends a complete rating, unless the host cancels `pk-rate`, and remembers it once it is queued. */
  async send(subject: Subject, catalog: Catalog, value: CompleteRating): Promise<void> {
    const { relevance, clarity } = value;
    const detail = { course: subject.course.id, pillar: subject.pillar?.id, learner: this.settings.config.learner, relevance, clarity, comment: value.comment.trim() };
    if (!emit(this.host, 'pk-rate', detail, { cancelable: true })) return;
    // Saving from here: the send button waits, even for the follow-up steps that do the sending.
    this.follow('rating', { stage: 'saving' });
    const steps = await this.#part.load();
    // Without them the failure is said where the steps go; the rating stays chosen.
    if (steps) await steps.sendRating(this, subject, catalog, value);
    else this.follow('rating', undefined);
  }

  /** The endorsements of the course, where it has some or a collector can tell (loaded when first drawn). */
  renderEndorsements(catalog: Catalog, course: string): unknown {
    const { locale, config } = this.settings;
    if (!config.collector && !catalog.endorsementsOfCourse(course).length) return nothing;
    return this.#endorsements.render((endorsements) => endorsements.renderEndorsements(catalog, course, locale, config, this.host, this.#options));
  }

  /** "You rated this on …", once the device has said so. */
  renderPrevious(): unknown {
    const previous = this.memory.rating;
    const { t, locale } = this.settings;
    return previous ? html`<p class="note" part="previous">${t('relevance-rater.previous', { date: formatDate(locale, new Date(previous.at)) })}</p>` : nothing;
  }

  /**
   * The expert's step once the follow-up chunk is here; for every rater, that chunk's failure, where
   * its steps go (the chunk is asked for as soon as the course is known, to recall the last rating).
   */
  renderSteps(subject: Subject, catalog: Catalog, expert: boolean, disabled: boolean): unknown {
    if (!expert && !this.#part.error) return nothing;
    return this.#part.render((steps) => (expert ? steps.renderEndorse(this, subject, catalog, disabled) : nothing));
  }

  /** Where a sent rating or endorsement is, in words, in a live region that exists before there is anything to say. */
  renderStatus(sent: Sent): unknown {
    const delivery = this[sent];
    const stage = delivery?.stage ?? 'recalled';
    // "Saving…" is said at once; the words for what follows come with the follow-up chunk.
    const said = stage !== 'recalled' && (stage === 'saving' || this.#part.value);
    const words = said ? this.settings.t(`relevance-rater.delivery.${stage}`, { reason: delivery?.reason ?? '' }) : '';
    return html`<p class="status ${stage}" part="status" role="status">${words}</p>`;
  }

  // Only the follow-up chunk sends or recalls events: before it is here, none of them is this rater's.
  readonly #onDelivery = ({ detail }: PkDeliveryEvent): void => this.#part.value?.advanceAll(this, detail);
}
