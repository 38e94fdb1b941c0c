import { css } from 'lit';

export const styles = css`
  .dividend {
    --_aligned: var(--pk-dividend-chart-aligned-color, var(--_accent));
    --_baseline: var(--pk-dividend-chart-baseline-color, var(--_text-muted));
    --_gain: var(--pk-dividend-chart-gain-color, var(--_success));
    --_loss: var(--pk-dividend-chart-loss-color, var(--_danger));
    --_grid: var(--pk-dividend-chart-grid-color, var(--_border));
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }

  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
  }

  .toggle {
    font: inherit;
    font-size: 0.875em;
    padding: 0.375em 0.875em;
    min-block-size: 2.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    cursor: pointer;
    transition: background-color var(--_motion), color var(--_motion);
  }

  .toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .caveat,
  .basis,
  .definition,
  .notice {
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .caveat {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_hero);
    font-style: italic;
  }

  .headlines {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: calc(var(--_space) / 2);
    margin: 0;
  }

  .headline {
    display: flex;
    flex-direction: column-reverse;
    justify-content: flex-end;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .headline dt {
    color: var(--_text-muted);
    font-size: 0.8125em;
  }

  .headline dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .figure.ahead {
    color: var(--_gain);
  }

  .figure.behind {
    color: var(--_loss);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }

  .swatch {
    display: inline-block;
    inline-size: 1.5em;
    block-size: 0;
    border-block-start: 3px solid var(--_aligned);
  }

  .swatch.baseline {
    border-block-start: 2px dashed var(--_baseline);
  }

  .swatch.gap {
    block-size: 0.875em;
    border: 0;
    background: var(--_gain);
    opacity: 0.35;
  }

  /* The canvas cannot read custom properties: the chart reads these spans' computed colours. */
  .palette {
    display: none;
    transition-duration: var(--_motion);
  }

  .palette .aligned {
    color: var(--_aligned);
  }
  .palette .baseline {
    color: var(--_baseline);
  }
  .palette .gain {
    color: var(--_gain);
  }
  .palette .loss {
    color: var(--_loss);
  }
  .palette .text {
    color: var(--_text-muted);
  }
  .palette .grid {
    color: var(--_grid);
  }

  .scroll {
    overflow-x: auto;
  }

  .scroll:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .panels {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  @container (min-width: 40rem) {
    .panels.all {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .panel {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-inline-size: 0;
    margin: 0;
  }

  .caption {
    display: flex;
    flex-direction: column;
  }

  .metric-name {
    font-weight: 600;
  }

  .plot {
    position: relative;
    inline-size: 100%;
    block-size: var(--pk-dividend-chart-height, 16rem);
  }

  .table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .table th,
  .table td {
    padding: 0.375em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: end;
    overflow-wrap: normal;
  }

  .table td {
    white-space: nowrap;
  }

  @container (max-width: 26rem) {
    .table {
      font-size: 0.8125em;
    }
    .table th,
    .table td {
      padding-inline: 0.25em;
    }
  }

  .table th:first-child {
    text-align: start;
  }

  .table thead th {
    color: var(--_text-muted);
    font-weight: 600;
  }

  .table tbody th {
    font-weight: normal;
  }

  @media (forced-colors: active) {
    .dividend {
      --_aligned: Highlight;
      --_baseline: CanvasText;
      --_gain: Highlight;
      --_loss: Mark;
      --_grid: GrayText;
    }
    .palette,
    .swatch {
      forced-color-adjust: none;
    }
    .toggle[aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
