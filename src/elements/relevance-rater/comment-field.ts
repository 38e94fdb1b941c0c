import { html } from 'lit';

/** What the optional comment shows and how it reports input. */
export interface CommentView {
  label: string;
  value: string;
  limit: number;
  /** "12 characters left". */
  remaining: string;
  /** Near the limit the counter is announced; before that it would speak on every keystroke. */
  announce: boolean;
  disabled: boolean;
  input: (value: string) => void;
  /** The learner committed an edit (the textarea's `change`). */
  commit: () => void;
}

export function renderComment(view: CommentView): unknown {
  return html`<div class="field">
    <label for="comment" part="label">${view.label}</label>
    <textarea
      id="comment"
      part="comment"
      rows="3"
      maxlength=${view.limit}
      aria-describedby="counter"
      .value=${view.value}
      ?disabled=${view.disabled}
      @input=${(event: InputEvent) => view.input((event.target as HTMLTextAreaElement).value)}
      @change=${view.commit}
    ></textarea>
    <p id="counter" class="counter" aria-live=${view.announce ? 'polite' : 'off'}>${view.remaining}</p>
  </div>`;
}
