import { css } from 'lit';

/**
 * Stacks and wrapping rows first, the rules after them add their own spacing. Under forced colours
 * borders stay and backgrounds go, so a prompt gets a whole frame.
 */
export const styles = css`
  .digest,
  .member,
  .member-head,
  .learning,
  .tags,
  .completions,
  .completion,
  .prompt {
    display: flex;
    flex-direction: column;
  }

  .header,
  .sort,
  .completion-head,
  .prompt-actions {
    display: flex;
    flex-wrap: wrap;
  }

  p,
  dl,
  dd,
  blockquote {
    margin: 0;
  }

  .members,
  .tags,
  .completions {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .digest,
  .members {
    gap: var(--_space);
  }

  .header {
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }

  .title {
    font-size: 1.125em;
    font-weight: 700;
  }

  .sort {
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 0.875em;
    accent-color: var(--_accent);
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

  .members {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--pk-team-digest-card-min-width, 18rem)), 1fr));
  }

  .member {
    gap: calc(var(--_space) * 0.6);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--pk-team-digest-card-background, var(--_surface));
    box-shadow: var(--_shadow);
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
    gap: 0.25em;
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

  .tags {
    gap: 0.2em;
  }

  .completions-label,
  .completion-course,
  .prompt-text {
    font-weight: 600;
  }

  .completions {
    gap: calc(var(--_space) * 0.75);
  }

  .completion {
    gap: 0.35em;
    padding-block-start: calc(var(--_space) * 0.6);
    border-block-start: 1px solid var(--_border);
  }

  .completion-head {
    justify-content: space-between;
    gap: 0 0.75em;
  }

  .takeaway {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }

  .prompt {
    gap: 0.35em;
    padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--pk-team-digest-prompt-accent, var(--_accent));
    border-radius: var(--_radius);
    background: var(--pk-team-digest-prompt-background, var(--_accent-soft));
  }

  .prompt-actions {
    align-items: center;
    gap: 0.5em 0.75em;
  }

  .discuss {
    min-block-size: 2.25rem;
    padding: 0.3em 0.8em;
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
    .prompt {
      border: 1px solid CanvasText;
    }
    .discuss[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
