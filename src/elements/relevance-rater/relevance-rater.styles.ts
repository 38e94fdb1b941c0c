import { css } from 'lit';

export const styles = css`
  .rater {
    --_rater-point-size: var(--pk-relevance-rater-point-size, 2.75rem);
    --_rater-selected: var(--pk-relevance-rater-selected-color, var(--_accent));
    --_rater-selected-text: var(--pk-relevance-rater-selected-text-color, var(--_accent-text));
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--pk-relevance-rater-padding, var(--_space));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--pk-relevance-rater-background, var(--_surface));
  }

  p {
    margin: 0;
  }

  .heading,
  .number {
    font-size: 1.125em;
    font-weight: 600;
  }

  .note,
  .counter {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .scale {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }

  .points {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: calc(var(--_space) / 4);
  }

  .point {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.125em;
    min-block-size: var(--_rater-point-size);
    padding: 0.375em 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    text-align: center;
    cursor: pointer;
    transition: border-color var(--_motion);
  }

  .point:hover {
    border-color: var(--_rater-selected);
  }

  .point[aria-checked='true'] {
    border-color: var(--_rater-selected);
    background: var(--_rater-selected);
    color: var(--_rater-selected-text);
  }

  [aria-disabled='true'] > .point {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .label {
    font-size: 0.75em;
    line-height: 1.2;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
  }

  textarea,
  select {
    font: inherit;
    color: inherit;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  textarea {
    min-block-size: 4.5em;
    resize: vertical;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }

  button {
    font: inherit;
    padding: 0.5em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .toggle {
    align-self: flex-start;
    background: transparent;
    color: var(--_accent);
  }

  .invalid,
  .status.rejected,
  .status.failed,
  .status.dropped {
    color: var(--_danger);
  }

  .status.sent {
    color: var(--_success);
  }

  .endorse {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .note ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  @media (forced-colors: active) {
    .point {
      border-color: CanvasText;
    }
    .point[aria-checked='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    [aria-disabled='true'] > .point {
      color: GrayText;
    }
  }
`;
