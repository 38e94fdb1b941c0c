import { css } from 'lit';
import { tableStyles } from '../../core/base/table/table.styles.js';

/** The shared table's look, then the report's own. */
export const styles = [
  tableStyles,
  css`
  :host {
    --_keep: var(--pk-relevance-report-keep-color, var(--_success));
    --_rewrap: var(--pk-relevance-report-rewrap-color, var(--_warning));
    --_retire: var(--pk-relevance-report-retire-color, var(--_danger));
  }

  .report {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }

  p {
    margin: 0;
  }

  .as-of,
  .rules {
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  th[scope='row'] {
    font-weight: 600;
  }

  .trends {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    font-size: 0.875em;
    white-space: nowrap;
  }

  .trend.up {
    color: var(--_keep);
  }

  .trend.down {
    color: var(--_retire);
  }

  .trend.steady {
    color: var(--_text-muted);
  }

  .recommendation {
    display: inline-block;
    padding-inline: 0.55em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }

  .recommendation.keep {
    color: var(--_keep);
  }

  .recommendation.rewrap {
    color: var(--_rewrap);
  }

  .recommendation.retire {
    color: var(--_retire);
  }

  .recommendation.undecided {
    color: var(--_text-muted);
  }

  @media (forced-colors: active) {
    .recommendation {
      border-color: CanvasText;
    }
  }
`,
];
