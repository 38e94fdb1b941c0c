import { css } from 'lit';

/** Tables, their sort buttons and filters, shared by the content audit and the relevance report. */
export const tableStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.75);
  }

  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-size: 0.875em;
  }

  .filter-label {
    color: var(--_text-muted);
  }

  select,
  .action {
    min-block-size: 2.25rem;
    padding-block: 0.3em;
    padding-inline: 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .action {
    cursor: pointer;
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  caption {
    padding: calc(var(--_space) * 0.6) var(--_space);
    text-align: start;
    font-weight: 600;
  }

  th,
  td {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.6);
    border-block-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    /* Columns may shrink to their longest word, never to a letter ('anywhere' would let them). */
    overflow-wrap: break-word;
  }

  thead th {
    background: var(--_surface-raised);
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_text-muted);
    white-space: nowrap;
  }

  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15em 0.2em;
    margin-inline: -0.2em;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: inherit;
    font: inherit;
    text-align: inherit;
    cursor: pointer;
  }

  .sort:hover {
    color: var(--_text);
  }

  .arrow {
    font-size: 0.8em;
    opacity: 0.45;
  }

  .arrow.active {
    opacity: 1;
    color: var(--_accent);
  }

  .no-value {
    color: var(--_text-muted);
  }

  .no-match {
    margin: 0;
    padding: var(--_space);
    color: var(--_text-muted);
  }

  @media (forced-colors: active) {
    .arrow.active {
      color: Highlight;
    }
    .action {
      border-color: ButtonText;
    }
  }
`;
