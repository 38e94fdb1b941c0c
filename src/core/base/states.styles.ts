import { css } from 'lit';

/** The faces of the shared states: loading, error and empty. */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .state-loading {
    flex-direction: row;
    align-items: center;
    color: var(--_text-muted);
  }

  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin calc(var(--_motion) * 6) linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }

  .state-error {
    border-color: var(--_danger);
    background: var(--_danger-soft);
  }

  .state-title {
    margin: 0;
    font-weight: 600;
  }

  .state-error .state-title {
    color: var(--_danger);
  }

  .state p {
    margin: 0;
  }

  .state > button {
    align-self: start;
  }

  .issues {
    margin: 0;
    padding-inline-start: 1.25em;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }

  .hint,
  .state-empty {
    color: var(--_text-muted);
  }

  @media (forced-colors: active) {
    .state {
      border-color: CanvasText;
    }
    .state-error {
      border-color: Mark;
    }
  }
`;
