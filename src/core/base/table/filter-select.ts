/** A labelled native `<select>` that filters a table; its change is the user's, never code's. */
import { html, type TemplateResult } from 'lit';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export function filterSelect(label: string, choices: readonly Choice[], value: string, onChange: (value: string) => void): TemplateResult {
  return html`<label class="filter">
    <span class="filter-label">${label}</span>
    <select part="select" @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}>
      ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
    </select>
  </label>`;
}
