import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DeliveryController } from '../../core/base/delivery-controller.js';
import { emit } from '../../core/base/events/emit.js';
import { LazyPart, type LazyPartOptions } from '../../core/base/lazy-part.js';
import type { ReadyManifest } from '../../core/base/pk-element.js';
import type { PkEvent } from '../../core/delivery/event.js';
import { PK_DELIVERY, type PkDeliveryEvent } from '../../core/delivery/pk-delivery-event.js';
import type { PkError } from '../../core/errors.js';
import { formatDate, formatNumber } from '../../core/i18n/format.js';
import type { MessageKey } from '../../core/i18n/i18n.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import { renderComment } from './comment-field.js';
import type { DeliveryProgress } from './delivery-progress.js';
import type { EndorseStep } from './endorse-step.js';
import './events/pk-rate.js';
import { FormControlElement } from './form-control.js';
import { endorsementList, followUpSteps, type FollowUp } from './parts.js';
import type { RaterMemory } from './previous-rating.js';
import { POINTS } from './points.js';
import { renderScale } from './rating-scale.js';
import { EMPTY_RATING, formEntries, isComplete, isEmptyRating, stateOf, valueFromState, type RatingValue } from './rating-value.js';
import { styles } from './relevance-rater.styles.js';
import { subjectOf, unknownCourse, type Subject } from './subject.js';
import raterMessages from '../../core/i18n/locales/en/relevance-rater-form.js';

type ScaleName = 'relevance' | 'clarity';

/** The counter is announced only this close to the limit, not on every keystroke. */
const ANNOUNCE_REMAINING = 20;

/**
 * `<pk-relevance-rater course="ID">` asks a learner two things about a course — how relevant it
 * is to their role, and how clearly they see how it advances its strategic pillar — on 1–5 scales,
 * with an optional comment. Nothing asks about production quality. The rating goes to the
 * configured endpoint through the offline-safe outbox, and the element says in words where it is:
 * saving, saved and waiting for the network, sent, or not accepted (with the server's reason).
 * The learner's last rating is kept on the device and shown, ready to change.
 *
 * Subject-matter experts (`expert` attribute or `expert` in the page configuration) get an extra
 * step: "This helped me solve a strategic problem", sent as an endorsement. Endorsements already in
 * the manifest are shown ("Endorsed by 3 experts for Sustainable Energy Leadership"), and with a
 * collector configured those experts have sent it (`{collector}/v1/endorsements`).
 *
 * Inside a `<form>` it is a form control: it has no send button of its own, and the form submits
 * its value under `name` as `name[course]`, `name[relevance]`, `name[clarity]` and `name[comment]`
 * (scales not chosen and an empty comment are left out). `required` asks for both scales; a form
 * reset brings back the rating it started with. The host page then owns sending the rating; the
 * device still remembers it.
 *
 * The first render draws the questions and their fields; what this device remembers, sending and
 * the expert's step come right after it, in a chunk of their own (`follow-up.ts`), and so do the
 * endorsements, in another that only a course with endorsements, or a page with a collector, loads
 * (`endorsements.ts`).
 *
 * @summary A learner's rating of a course's relevance to their role and of how clearly it advances its pillar, sent offline-safe.
 * @since 0.1.0
 *
 * @event pk-rate - The learner sends a rating; cancelable, fired before it is queued. Cancelling keeps it out of the outbox.
 * @event pk-endorse - An expert's endorsement was queued for the endpoint (or kept on the device without one).
 * @event change - The learner changed a scale or the comment (never fired for changes made from code).
 * @csspart rater - The box around the whole rater.
 * @csspart heading - The line naming the course.
 * @csspart previous - "You rated this on …".
 * @csspart scale - Each scale, with its question; also `relevance` or `clarity` (`::part(scale clarity)`).
 * @csspart point - One point; the checked one is also `checked` (`::part(point checked)`).
 * @csspart label - A field's label.
 * @csspart comment - The comment field.
 * @csspart invalid - A message about missing input.
 * @csspart submit - The send button (absent inside a form).
 * @csspart status - The delivery state of the rating, or of the endorsement, in words.
 * @csspart endorsements - The manifest's endorsements of the course.
 * @csspart endorsement - One endorsement.
 * @csspart endorse - The expert's endorsement step.
 * @csspart endorse-previous - "You endorsed this on …".
 * @csspart endorse-toggle - "This helped me solve a strategic problem".
 * @csspart problem - The problem field.
 * @csspart pillar-select - The pillar field.
 * @csspart endorse-submit - The send button of the endorsement.
 * @csspart part-failed - Says that a part could not be loaded: at the end of the rater, its later steps (memory, sending, the expert's step); under the heading, the endorsements.
 * @csspart retry - The "Try again" button of `part-failed`.
 * @cssproperty [--pk-relevance-rater-background=var(--pk-color-surface)] - Background of the rater.
 * @cssproperty [--pk-relevance-rater-padding=var(--pk-space)] - Space inside the rater.
 * @cssproperty [--pk-relevance-rater-point-size=2.75rem] - Smallest height of a point (a touch target).
 * @cssproperty [--pk-relevance-rater-selected-color=var(--pk-color-accent)] - Background of the chosen point.
 * @cssproperty [--pk-relevance-rater-selected-text-color=var(--pk-color-accent-text)] - Text on the chosen point.
 */
export class PkRelevanceRater extends FormControlElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [FormControlElement.styles, styles];
  static override messages = raterMessages;

  /** Sends this element's learner events through the outbox. */
  protected readonly delivery = new DeliveryController(this, this.settings, this.manifestTask, (error) => this.report(error));

  /** The id of the course to rate. */
  @property() course?: string;

  /** The pathway the learner takes the course in; defaults to the course's only pathway, if it has one. */
  @property() pathway?: string;

  /** The learner is a subject-matter expert and may endorse the course (also `expert` in page configuration). */
  @property({ type: Boolean }) expert = false;

  /** The longest comment, in characters. */
  @property({ type: Number, attribute: 'comment-limit' }) commentLimit = 500;

  /** Relevance to the learner's role, 1 to 5; `undefined` until chosen. */
  @property({ attribute: false }) relevance?: number;

  /** How clearly the learner sees how the course advances its pillar, 1 to 5. */
  @property({ attribute: false }) clarity?: number;

  @property({ attribute: false }) comment = '';

  @state() private memory: RaterMemory = {};
  @state() private ratingDelivery?: DeliveryProgress;
  @state() private endorsementDelivery?: DeliveryProgress;
  @state() private missingInput = false;

  /** The course as the manifest has it, once loaded; `courseError` when it does not. */
  #subject?: Subject;
  #courseError?: PkError;
  /** The rating a form reset returns to: the remembered one, else none. */
  #initial: RatingValue = EMPTY_RATING;
  #memoryKey?: string;
  #touched = false;
  /** What the first render does not need: asked for once the course is known, else when the page is idle. */
  readonly #followUp = new LazyPart(this, followUpSteps, this.#partOptions());
  /** Drawn where the course has endorsements; loaded when first drawn. */
  readonly #endorsements = new LazyPart(this, endorsementList, this.#partOptions('shown'));
  #endorseStep?: EndorseStep;

  /** The current choice on both scales and the comment. */
  get value(): RatingValue {
    return { relevance: this.relevance, clarity: this.clarity, comment: this.comment };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(PK_DELIVERY, this.#onDelivery);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(PK_DELIVERY, this.#onDelivery);
  }

  formResetCallback(): void {
    this.#setValue(this.#initial);
    this.#touched = false;
    this.missingInput = false;
  }

  formStateRestoreCallback(state: unknown): void {
    const restored = valueFromState(state);
    if (!restored) return;
    this.#setValue(restored);
    this.#touched = true;
  }

  /** Inside a form the rating leaves with the form; the device still remembers it. */
  protected override formSubmitted(): void {
    const value = this.value;
    if (this.#subject && isComplete(value)) void this.#rememberRating(value);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.manifestState;
    this.#subject = state.status === 'ready' ? subjectOf(state.catalog, this.course, this.pathway) : undefined;
    if (changed.has('course')) this.#courseError = undefined;
    if (state.status === 'ready' && !this.#subject) this.#courseError ??= unknownCourse(this.localName, this.course);
    const key = JSON.stringify([this.settings.config.learner, this.course]);
    if (this.course === undefined || key === this.#memoryKey) return;
    if (this.#memoryKey !== undefined) this.#forget(changed.has('course'));
    this.#memoryKey = key;
    void this.#recallMemory(key, this.settings.config.learner, this.course);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const value = this.value;
    this.internals.setFormValue(formEntries(this.name, this.course ?? '', value), stateOf(value));
    const anchor = this.renderRoot.querySelector<HTMLElement>('[role="radio"][tabindex="0"]') ?? undefined;
    if (this.required && !isComplete(value)) {
      this.internals.setValidity({ valueMissing: true }, this.settings.t('relevance-rater.required'), anchor);
    } else if (value.comment.length > this.commentLimit) {
      this.internals.setValidity({ tooLong: true }, this.settings.t('relevance-rater.too-long', { count: this.commentLimit }), anchor);
    } else {
      this.internals.setValidity({});
    }
    if (this.#courseError) this.report(this.#courseError);
  }

  /** How a lazily loaded part of the rater reports and says its failure, and when it loads (see `LazyPartOptions`). */
  #partOptions(when?: LazyPartOptions['when']): LazyPartOptions {
    return { report: (error) => this.report(error), t: (key, params) => this.settings.t(key, params), when };
  }

  get #standalone(): boolean {
    return this.owner === null;
  }

  /** Another learner or course: what was remembered or sent belongs to the previous one. */
  #forget(otherCourse: boolean): void {
    this.memory = {};
    this.#initial = EMPTY_RATING;
    this.ratingDelivery = undefined;
    this.endorsementDelivery = undefined;
    if (otherCourse) {
      this.#setValue(EMPTY_RATING);
      this.#touched = false;
    }
  }

  async #recallMemory(key: string, learner: string | undefined, course: string): Promise<void> {
    const followUp = await this.#followUp.load();
    if (!followUp) return;
    const memory = await followUp.recall(learner, course);
    if (key !== this.#memoryKey) return;
    // What was sent while the device was being read is newer than what it remembered.
    this.memory = { ...memory, ...this.memory };
    const { rating, endorsement } = this.memory;
    this.#initial = rating ?? EMPTY_RATING;
    if (!this.#touched && isEmptyRating(this.value)) this.#setValue(this.#initial);
    this.ratingDelivery ??= followUp.recalled(rating);
    this.endorsementDelivery ??= followUp.recalled(endorsement);
  }

  #rememberRating(value: RatingValue & { relevance: number; clarity: number }, event?: PkEvent): Promise<void> {
    this.#initial = value;
    return this.#keep({ rating: { ...value, at: event?.time ?? new Date().toISOString(), eventId: event?.id } });
  }

  /** Adds what was just sent to what the device remembers of this learner and course. */
  async #keep(sent: RaterMemory): Promise<void> {
    const memory = (this.memory = { ...this.memory, ...sent });
    const { learner } = this.settings.config;
    const course = this.#subject!.course.id;
    await (await this.#followUp.load())?.remember(learner, course, memory);
  }

  #setValue(value: RatingValue): void {
    this.relevance = value.relevance;
    this.clarity = value.clarity;
    this.comment = value.comment;
  }

  readonly #onDelivery = ({ detail }: PkDeliveryEvent): void => {
    // Only the follow-up chunk sends or recalls events: before it is here, none of them is this rater's.
    const followUp = this.#followUp.value;
    if (!followUp) return;
    this.ratingDelivery = followUp.advance(this.ratingDelivery, detail);
    this.endorsementDelivery = followUp.advance(this.endorsementDelivery, detail);
  };

  #userChanged(): void {
    this.#touched = true;
    this.ratingDelivery = undefined;
    // The event a native control fires: it bubbles and, like theirs, stays in its own tree.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #choose(scale: ScaleName, point: number): void {
    if (this[scale] === point) return;
    this[scale] = point;
    if (isComplete(this.value)) this.missingInput = false;
    this.#userChanged();
  }

  async #submitRating(subject: Subject, catalog: Catalog): Promise<void> {
    const value = this.value;
    if (!isComplete(value)) {
      this.missingInput = true;
      const missing = value.relevance === undefined ? 'relevance' : 'clarity';
      this.renderRoot.querySelector<HTMLElement>(`[part~="${missing}"] [tabindex="0"]`)?.focus();
      return;
    }
    const { relevance, clarity } = value;
    const comment = value.comment.trim();
    const detail = { course: subject.course.id, pillar: subject.pillar?.id, learner: this.settings.config.learner, relevance, clarity, comment };
    if (!emit(this, 'pk-rate', detail, { cancelable: true })) return;
    // Saving from here: the send button waits, even for the follow-up steps that do the sending.
    this.ratingDelivery = { stage: 'saving' };
    const followUp = await this.#followUp.load();
    if (!followUp) {
      this.ratingDelivery = undefined; // the failure is said where the steps go; the rating stays chosen
      return;
    }
    const data = { relevance, clarity, ...(comment && { comment }) };
    const input = { ...followUp.eventContext(subject, catalog), type: 'rating', data } as const;
    const kept = await followUp.send(
      () => this.delivery.deliver(input),
      (delivery) => {
        this.ratingDelivery = delivery;
      },
    );
    if (kept) await this.#rememberRating(value, kept.event);
  }

  protected override renderContent({ catalog }: ReadyManifest): unknown {
    const subject = this.#subject;
    if (!subject) return this.renderError(this.#courseError!);
    const { course, pillar } = subject;
    const previous = this.memory.rating;
    const saving = this.ratingDelivery?.stage === 'saving';
    const left = this.commentLimit - this.comment.length;
    return html`<div class="rater" part="rater" role="group" aria-labelledby="heading">
      <p class="heading" id="heading" part="heading">${this.settings.t('relevance-rater.heading', { course: course.title })}</p>
      ${this.settings.config.collector || catalog.endorsementsOfCourse(course.id).length
        ? this.#endorsements.render((endorsements) =>
            endorsements.renderEndorsements(catalog, course.id, this.settings.locale, this.settings.config, this, this.#partOptions()),
          )
        : nothing}
      ${previous
        ? html`<p class="note" part="previous">${this.settings.t('relevance-rater.previous', { date: formatDate(this.settings.locale, new Date(previous.at)) })}</p>`
        : nothing}
      ${this.#renderScaleOf('relevance', this.settings.t('relevance-rater.relevance.question'))}
      ${this.#renderScaleOf(
        'clarity',
        pillar
          ? this.settings.t('relevance-rater.clarity.question', { pillar: pillar.title })
          : this.settings.t('relevance-rater.clarity.question.strategy'),
      )}
      ${renderComment({
        label: this.settings.t('relevance-rater.comment.label'),
        value: this.comment,
        limit: this.commentLimit,
        remaining: this.settings.t('relevance-rater.comment.remaining', { count: Math.max(left, 0) }),
        announce: left <= ANNOUNCE_REMAINING,
        disabled: this.isDisabled,
        input: (comment) => {
          this.comment = comment;
          this.#touched = true;
        },
        commit: () => this.#userChanged(),
      })}
      ${this.#standalone
        ? html`<div class="actions">
            <button type="button" part="submit" ?disabled=${this.isDisabled || saving} @click=${() => this.#submitRating(subject, catalog)}>
              ${this.settings.t(previous ? 'relevance-rater.submit.update' : 'relevance-rater.submit')}
            </button>
            <p class="invalid" part="invalid" role="alert">${this.missingInput ? this.settings.t('relevance-rater.required') : nothing}</p>
            ${this.#renderStatus(this.ratingDelivery)}
          </div>`
        : nothing}
      ${this.#renderFollowUp(subject, catalog)}
    </div>`;
  }

  #renderScaleOf(scale: ScaleName, question: string): unknown {
    return renderScale({
      name: scale,
      question,
      labels: POINTS.map((point) => this.settings.t(`relevance-rater.${scale}.${point}` as MessageKey)),
      numbers: POINTS.map((point) => formatNumber(this.settings.locale, point)),
      value: this[scale],
      disabled: this.isDisabled,
      required: this.required || this.#standalone,
      direction: this.settings.direction,
      choose: (point) => this.#choose(scale, point),
    });
  }

  /**
   * The expert's step once the follow-up chunk is here; for every rater, that chunk's failure, where
   * its steps go (the chunk is asked for as soon as the course is known, to recall the last rating).
   */
  #renderFollowUp(subject: Subject, catalog: Catalog): unknown {
    const expert = this.expert || this.settings.config.expert === true;
    if (!expert && !this.#followUp.error) return nothing;
    return this.#followUp.render((followUp) => (expert ? this.#renderEndorse(followUp, subject, catalog) : nothing));
  }

  #renderEndorse(followUp: FollowUp, subject: Subject, catalog: Catalog): unknown {
    const previous = this.memory.endorsement;
    return (this.#endorseStep ??= new followUp.EndorseStep(this)).render({
      subject,
      catalog,
      learner: this.settings.config.learner,
      disabled: this.isDisabled || this.endorsementDelivery?.stage === 'saving',
      endorsedOn: previous && formatDate(this.settings.locale, new Date(previous.at)),
      status: this.#renderStatus(this.endorsementDelivery),
      t: (key, params) => this.settings.t(key, params),
      deliver: (input) => this.delivery.deliver(input),
      follow: (delivery) => {
        this.endorsementDelivery = delivery;
      },
      endorsed: (endorsement) => this.#keep({ endorsement }),
    });
  }

  /** The delivery state in words, in a live region that exists before there is anything to say. */
  #renderStatus(delivery: DeliveryProgress | undefined): unknown {
    const stage = delivery?.stage ?? 'recalled';
    // "Saving…" is said at once; the words for what follows come with the follow-up chunk.
    const said = stage !== 'recalled' && (stage === 'saving' || this.#followUp.value);
    const words = said ? this.settings.t(`relevance-rater.delivery.${stage}`, { reason: delivery?.reason ?? '' }) : '';
    return html`<p class="status ${stage}" part="status" role="status">${words}</p>`;
  }

}
