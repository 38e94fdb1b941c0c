import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DeliveryController } from '../../core/base/delivery-controller.js';
import type { ReadyManifest } from '../../core/base/pk-element.js';
import { FormControlElement } from './form-control.js';
import { RaterFollowUp } from './rater-follow-up.js';
import { EMPTY_RATING, formEntries, isComplete, isEmptyRating, stateOf, valueFromState, type RatingValue } from './rating-value.js';
import { renderQuestions, type ScaleName } from './render-questions.js';
import { styles } from './relevance-rater.styles.js';
import { subjectOf, unknownCourse, type Subject } from './subject.js';
import raterMessages from '../../core/i18n/locales/en/relevance-rater-form.js';

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

  /** Sends the learner's ratings and endorsements through the outbox. */
  protected readonly delivery = new DeliveryController(this, this.settings, this.manifestTask, (error) => this.report(error));
  /** What the device remembers, sending, the expert's step and the course's endorsements: chunks of their own. */
  readonly #followUp = new RaterFollowUp(this, this.settings, this.delivery, { report: (error) => this.report(error), t: this.settings.t }, (rating) => {
    if (!this.#touched && isEmptyRating(this.value)) this.#setValue(rating);
  });

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

  @state() private missingInput = false;

  /** The course as the manifest has it, once loaded; `courseError` when it does not. */
  #subject?: Subject;
  #courseError?: ReturnType<typeof unknownCourse>;
  #touched = false;

  /** The current choice on both scales and the comment. */
  get value(): RatingValue {
    return { relevance: this.relevance, clarity: this.clarity, comment: this.comment };
  }

  formResetCallback(): void {
    this.#setValue(this.#followUp.initial);
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
    if (this.#subject && isComplete(value)) this.#followUp.rememberRating(this.#subject.course.id, value);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.manifestState;
    this.#subject = state.status === 'ready' ? subjectOf(state.catalog, this.course, this.pathway) : undefined;
    if (changed.has('course')) this.#courseError = undefined;
    if (state.status === 'ready' && !this.#subject) this.#courseError ??= unknownCourse(this.localName, this.course);
    if (this.course !== undefined && this.#followUp.use(this.settings.config.learner, this.course, changed.has('course'))) {
      this.#setValue(EMPTY_RATING);
      this.#touched = false;
    }
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

  get #standalone(): boolean {
    return this.owner === null;
  }

  #setValue(value: RatingValue): void {
    this.relevance = value.relevance;
    this.clarity = value.clarity;
    this.comment = value.comment;
  }

  #userChanged(): void {
    this.#touched = true;
    this.#followUp.follow('rating', undefined);
    // The event a native control fires: it bubbles and, like theirs, stays in its own tree.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #choose(scale: ScaleName, point: number): void {
    if (this[scale] === point) return;
    this[scale] = point;
    if (isComplete(this.value)) this.missingInput = false;
    this.#userChanged();
  }

  #submit(subject: Subject, catalog: ReadyManifest['catalog']): void {
    const value = this.value;
    if (isComplete(value)) {
      void this.#followUp.send(subject, catalog, value);
      return;
    }
    this.missingInput = true;
    const missing = value.relevance === undefined ? 'relevance' : 'clarity';
    this.renderRoot.querySelector<HTMLElement>(`[part~="${missing}"] [tabindex="0"]`)?.focus();
  }

  protected override renderContent({ catalog }: ReadyManifest): unknown {
    const subject = this.#subject;
    if (!subject) return this.renderError(this.#courseError!);
    const { course, pillar } = subject;
    const { t, config } = this.settings;
    const followUp = this.#followUp;
    return html`<div class="rater" part="rater" role="group" aria-labelledby="heading">
      <p class="heading" id="heading" part="heading">${t('relevance-rater.heading', { course: course.title })}</p>
      ${followUp.renderEndorsements(catalog, course.id)} ${followUp.renderPrevious()}
      ${renderQuestions({
        value: this.value,
        pillar,
        commentLimit: this.commentLimit,
        disabled: this.isDisabled,
        required: this.required || this.#standalone,
        settings: this.settings,
        choose: (scale, point) => this.#choose(scale, point),
        input: (comment) => {
          this.comment = comment;
          this.#touched = true;
        },
        commit: () => this.#userChanged(),
      })}
      ${this.#standalone
        ? html`<div class="actions">
            <button type="button" part="submit" ?disabled=${this.isDisabled || followUp.rating?.stage === 'saving'} @click=${() => this.#submit(subject, catalog)}>
              ${t(followUp.memory.rating ? 'relevance-rater.submit.update' : 'relevance-rater.submit')}
            </button>
            <p class="invalid" part="invalid" role="alert">${this.missingInput ? t('relevance-rater.required') : nothing}</p>
            ${followUp.renderStatus('rating')}
          </div>`
        : nothing}
      ${followUp.renderSteps(subject, catalog, this.expert || config.expert === true, this.isDisabled)}
    </div>`;
  }
}
