import { html, nothing } from 'lit';
import type { Pillar } from '../../core/manifest/types.js';

/** What the expert's endorsement step shows and how it reports input. */
export interface EndorseView {
  open: boolean;
  problem: string;
  problemLimit: number;
  pillarId: string;
  pillars: readonly Pillar[];
  disabled: boolean;
  /** The message shown after sending without a problem, else empty. */
  invalid: string;
  text: {
    toggle: string;
    problem: string;
    pillar: string;
    submit: string;
    /** "You endorsed this on …", empty when they have not. */
    previous: string;
  };
  /** The endorsement's delivery state, rendered by the element. */
  status: unknown;
  toggle: () => void;
  inputProblem: (problem: string) => void;
  choosePillar: (pillarId: string) => void;
  submit: () => void;
}

/**
 * The extra step for subject-matter experts: "This helped me solve a strategic problem", the
 * problem in one sentence, and the pillar it advanced.
 */
export function renderEndorseStep(view: EndorseView): unknown {
  return html`<div class="endorse" part="endorse">
    ${view.text.previous ? html`<p class="note" part="endorse-previous">${view.text.previous}</p>` : nothing}
    <button
      type="button"
      class="toggle"
      part="endorse-toggle"
      aria-expanded=${view.open ? 'true' : 'false'}
      aria-controls="endorse-panel"
      ?disabled=${view.disabled}
      @click=${view.toggle}
    >
      ${view.text.toggle}
    </button>
    <div id="endorse-panel" class="endorse-panel" part="endorse-panel" ?hidden=${!view.open}>
      <div class="field">
        <label for="problem" part="label">${view.text.problem}</label>
        <textarea
          id="problem"
          part="problem"
          rows="2"
          maxlength=${view.problemLimit}
          aria-invalid=${view.invalid ? 'true' : 'false'}
          aria-describedby="problem-invalid"
          .value=${view.problem}
          ?disabled=${view.disabled}
          @input=${(event: InputEvent) => view.inputProblem((event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p id="problem-invalid" class="invalid" part="invalid" ?hidden=${!view.invalid}>${view.invalid}</p>
      </div>
      <div class="field">
        <label for="pillar" part="label">${view.text.pillar}</label>
        <select
          id="pillar"
          part="pillar-select"
          ?disabled=${view.disabled}
          @change=${(event: Event) => view.choosePillar((event.target as HTMLSelectElement).value)}
        >
          ${view.pillars.map(
            (pillar) => html`<option value=${pillar.id} ?selected=${pillar.id === view.pillarId}>${pillar.title}</option>`,
          )}
        </select>
      </div>
      <div class="actions">
        <button type="button" part="endorse-submit" ?disabled=${view.disabled} @click=${view.submit}>${view.text.submit}</button>
        ${view.status}
      </div>
    </div>
  </div>`;
}
