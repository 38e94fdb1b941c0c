import { css } from 'lit';

export const styles = css`
  :host {
    --_card-background: var(--pk-team-digest-card-background, var(--_surface));
    --_prompt-background: var(--pk-team-digest-prompt-background, var(--_accent-soft));
    --_prompt-accent: var(--pk-team-digest-prompt-accent, var(--_accent));
    --_card-min: var(--pk-team-digest-card-min-width, 18rem);
  }

  .digest {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }

  p {
    margin: 0;
  }

  .title {
    font-size: 1.125em;
    font-weight: 700;
  }

  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 0.875em;
  }

  .sort legend {
    float: inline-start;
    margin-inline-end: 0.5em;
    padding: 0;
    color: var(--_text-muted);
  }

  .sort-option {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    cursor: pointer;
  }

  .sort-option input {
    accent-color: var(--_accent);
  }

  .members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .member {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.6);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-background);
    box-shadow: var(--_shadow);
  }

  .member-head {
    display: flex;
    flex-direction: column;
  }

  .name {
    font-size: 1.0625em;
    font-weight: 700;
  }

  .role,
  .muted,
  .takeaway-label,
  .prompt-label,
  .completions-label {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .learning {
    display: grid;
    gap: 0.25em;
    margin: 0;
    font-size: 0.9375em;
  }

  .learning div {
    display: grid;
    grid-template-columns: 7.5em 1fr;
    gap: 0.5em;
  }

  .learning dt {
    color: var(--_text-muted);
  }

  .learning dd {
    margin: 0;
  }

  .tags {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .completions-label {
    font-weight: 600;
  }

  .completions {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .completion {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding-block-start: calc(var(--_space) * 0.6);
    border-block-start: 1px solid var(--_border);
  }

  .completion-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75em;
  }

  .completion-course {
    font-weight: 600;
  }

  .takeaway {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }

  .prompt {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_prompt-accent);
    border-radius: var(--_radius);
    background: var(--_prompt-background);
  }

  .prompt-text {
    font-weight: 600;
  }

  .prompt-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }

  .discuss {
    min-block-size: 2.25rem;
    padding-block: 0.3em;
    padding-inline: 0.8em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    cursor: pointer;
    transition: background-color var(--_motion);
  }

  .discuss:hover {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .discuss[aria-disabled='true'] {
    border-color: var(--_success);
    background: transparent;
    color: var(--_success);
    cursor: default;
  }

  @media (forced-colors: active) {
    .member,
    .prompt {
      border: 1px solid CanvasText;
    }
    .discuss[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
