import { html, nothing, type LitElement } from 'lit';
import { emit } from '../../core/base/events/emit.js';
import type { ElementEventInput } from '../../core/base/delivery-controller.js';
import type { SettingsController } from '../../core/base/settings-controller.js';
import type { PkEvent } from '../../core/delivery/event.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import { MAX_SENTENCE_LENGTH } from '../../core/manifest/limits.js';
import { send, type DeliveryProgress } from './delivery-progress.js';
import { eventContext } from './event-context.js';
import './events/pk-endorse.js';
import type { PreviousEndorsement } from './previous-rating.js';
import type { Subject } from './subject.js';

/** What the panel needs from the rater each time it is drawn. */
export interface EndorseContext {
  subject: Subject;
  catalog: Catalog;
  /** The learner id the `pk-endorse` event names. */
  learner: string | undefined;
  disabled: boolean;
  /** The day of the expert's earlier endorsement, as the locale writes dates; absent when they have not endorsed. */
  endorsedOn: string | undefined;
  /** The endorsement's delivery state, drawn by the rater. */
  status: unknown;
  /** The rater's `t`. */
  t: SettingsController['t'];
  /** The base element's `deliver`. */
  deliver(input: ElementEventInput): Promise<PkEvent | undefined>;
  /** Tells the rater where the endorsement is on its way. */
  follow(delivery: DeliveryProgress): void;
  /** The endorsement is queued (or kept on the device without an endpoint) and announced: the rater remembers it. */
  endorsed(endorsement: PreviousEndorsement): Promise<void>;
}

/**
 * The extra step for subject-matter experts: "This helped me solve a strategic problem" opens the
 * problem in one sentence and the pillar it advanced, sent as an endorsement.
 */
export class EndorseStep {
  private open = false;
  private problem = '';
  /** The pillar the expert picked, if they did. */
  private pillar?: string;
  private missingProblem = false;

  constructor(private readonly host: LitElement) {}

  render(context: EndorseContext): unknown {
    const { t, disabled, endorsedOn } = context;
    const chosen = this.pillarOf(context);
    const invalid = this.missingProblem ? t('relevance-rater.endorse.required') : '';
    return html`<div class="endorse" part="endorse">
      ${endorsedOn ? html`<p class="note" part="endorse-previous">${t('relevance-rater.endorse.previous', { date: endorsedOn })}</p>` : nothing}
      <button
        type="button"
        class="toggle"
        part="endorse-toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="endorse-panel"
        ?disabled=${disabled}
        @click=${() => {
          this.open = !this.open;
          this.host.requestUpdate();
        }}
      >
        ${t('relevance-rater.endorse.toggle')}
      </button>
      <div id="endorse-panel" class="endorse-panel" ?hidden=${!this.open}>
        <div class="field">
          <label for="problem" part="label">${t('relevance-rater.endorse.problem')}</label>
          <textarea
            id="problem"
            part="problem"
            rows="2"
            maxlength=${MAX_SENTENCE_LENGTH}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby="problem-invalid"
            .value=${this.problem}
            ?disabled=${disabled}
            @input=${(event: InputEvent) => {
              this.problem = (event.target as HTMLTextAreaElement).value;
            }}
          ></textarea>
          <p id="problem-invalid" class="invalid" part="invalid" ?hidden=${!invalid}>${invalid}</p>
        </div>
        <div class="field">
          <label for="pillar" part="label">${t('relevance-rater.endorse.pillar')}</label>
          <select
            id="pillar"
            part="pillar-select"
            ?disabled=${disabled}
            @change=${(event: Event) => {
              this.pillar = (event.target as HTMLSelectElement).value;
            }}
          >
            ${context.catalog.manifest.pillars.map(
              (pillar) => html`<option value=${pillar.id} ?selected=${pillar.id === chosen}>${pillar.title}</option>`,
            )}
          </select>
        </div>
        <div class="actions">
          <button type="button" part="endorse-submit" ?disabled=${disabled} @click=${() => this.submit(context)}>
            ${t('relevance-rater.endorse.submit')}
          </button>
          ${context.status}
        </div>
      </div>
    </div>`;
  }

  /** The pillar the expert picked, else the course's, else the manifest's first. */
  private pillarOf({ subject, catalog }: EndorseContext): string {
    return this.pillar ?? subject.pillar?.id ?? catalog.manifest.pillars[0]!.id;
  }

  private async submit(context: EndorseContext): Promise<void> {
    const { subject } = context;
    const pillar = this.pillarOf(context);
    const problem = this.problem.trim();
    this.missingProblem = problem === '';
    this.host.requestUpdate();
    if (this.missingProblem) {
      this.host.renderRoot.querySelector<HTMLElement>('#problem')?.focus();
      return;
    }
    const input = { ...eventContext(subject, context.catalog), type: 'endorsement', data: { problem, pillar } } as const;
    const kept = await send(() => context.deliver(input), context.follow);
    if (!kept) return;
    const { event } = kept;
    const eventId = event?.id;
    emit(this.host, 'pk-endorse', { course: subject.course.id, pillar, learner: context.learner, problem, eventId });
    await context.endorsed({ problem, pillar, at: event?.time ?? new Date().toISOString(), eventId });
  }
}
