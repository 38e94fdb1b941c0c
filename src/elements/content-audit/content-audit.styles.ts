import { css } from 'lit';
import { flagStyles } from '../../core/base/flags.styles.js';
import { tableStyles } from '../../core/base/table/table.styles.js';

/** The shared table's look, then the audit's own. */
export const styles = [
  tableStyles,
  flagStyles,
  css`
  :host {
    --_flag-color: var(--pk-content-audit-flag-color, var(--_warning));
    --_flag-background: var(--pk-content-audit-flag-background, var(--_danger-soft));
    --_weak-color: var(--pk-content-audit-weak-color, var(--_danger));
  }

  .audit {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
  }

  .summary {
    margin: 0;
    color: var(--_text-muted);
  }

  th[scope='row'] {
    min-inline-size: 12em;
    font-weight: normal;
  }

  .course {
    display: block;
    font-weight: 600;
    color: var(--_text);
  }

  a.course {
    color: var(--_accent);
  }

  .meta {
    display: block;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }

  .tag {
    display: inline-block;
    margin-block-start: 0.25em;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.75em;
    color: var(--_text-muted);
  }

  .rating.weak {
    color: var(--_weak-color);
    font-weight: 700;
  }

  .flag {
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .flag,
    .tag {
      border: 1px solid CanvasText;
    }
  }
`,
];
