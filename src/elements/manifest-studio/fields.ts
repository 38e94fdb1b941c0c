/**
 * The studio's form controls, each with its label, and the validator's messages for it beside it
 * (`aria-describedby`, `aria-invalid`), updated as the draft changes.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ManifestIssue } from '../../core/errors.js';

export interface TextField {
  id: string;
  label: string;
  value: string;
  issues?: readonly ManifestIssue[];
  /** A hint under the label. */
  hint?: string;
  multiline?: boolean;
  /** Every keystroke. */
  input(value: string): void;
  /** The field lost focus after a change: the run of typing is one undo step. */
  commit?(): void;
}

export function issueList(id: string, issues: readonly ManifestIssue[] | undefined): unknown {
  if (!issues?.length) return nothing;
  return html`<ul class="issues" part="field-error" id=${`${id}-issues`}>
    ${issues.map((issue) => html`<li><span class="path">${issue.path}</span> ${issue.message}</li>`)}
  </ul>`;
}

function describedBy(id: string, hint: string | undefined, issues: readonly ManifestIssue[] | undefined): string | typeof nothing {
  const ids = [...(hint ? [`${id}-hint`] : []), ...(issues?.length ? [`${id}-issues`] : [])];
  return ids.length ? ids.join(' ') : nothing;
}

export function textField({ id, label, value, issues, hint, multiline, input, commit }: TextField): unknown {
  const onInput = (event: Event) => input((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const described = describedBy(id, hint, issues);
  const invalid = issues?.length ? 'true' : 'false';
  return html`<div class="field" part="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
    ${multiline
      ? html`<textarea id=${id} part="input" rows="3" .value=${live(value)} aria-describedby=${described} aria-invalid=${invalid} @input=${onInput} @change=${() => commit?.()}></textarea>`
      : html`<input id=${id} part="input" type="text" .value=${live(value)} aria-describedby=${described} aria-invalid=${invalid} @input=${onInput} @change=${() => commit?.()} />`}
    ${issueList(id, issues)}
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
}

export function selectField(id: string, label: string, choices: readonly Choice[], value: string, change: (value: string) => void, issues?: readonly ManifestIssue[]): unknown {
  return html`<div class="field" part="field">
    <label for=${id}>${label}</label>
    <select id=${id} part="select" aria-describedby=${describedBy(id, undefined, issues)} aria-invalid=${issues?.length ? 'true' : 'false'} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)}>
      ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label}</option>`)}
    </select>
    ${issueList(id, issues)}
  </div>`;
}
