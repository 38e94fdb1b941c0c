import { css } from 'lit';

/**
 * The pathway tree drawn as department lanes converging on the pillar: side by side over an SVG
 * funnel when the tree has room (from 40rem) and two to four lanes, else stacked along one trunk
 * line that ends at the pillar.
 */
export const convergenceStyles = css`
  .converge {
    container: pk-converge / inline-size;
    display: flex;
    flex-direction: column;
  }

  /* Stacked: one trunk line along the inline start, each lane branching into it. */
  .lanes {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    margin-inline-start: 0.5rem;
    padding-block-end: 0.75rem;
    padding-inline-start: 1.25rem;
    border-inline-start: var(--_line-width) solid var(--_line);
  }

  .lane {
    position: relative;
    display: flex;
    flex-direction: column;
  }

  .lane::before {
    content: '';
    position: absolute;
    inset-block-start: 1.125rem;
    inset-inline-start: -1.25rem;
    inline-size: 1.25rem;
    border-block-start: var(--_line-width) solid var(--_line);
  }

  .funnel {
    display: none;
  }

  .funnel path {
    fill: none;
    stroke: var(--_line);
    stroke-width: var(--_line-width);
    vector-effect: non-scaling-stroke;
  }

  .target {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: var(--_line-width) solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_accent-soft);
    font-weight: 600;
  }

  .target-mark {
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--_line);
  }

  /* Side by side: equal columns whose centres the funnel's curves start from. */
  @container pk-converge (min-width: 40rem) {
    .columns .lanes {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      margin: 0;
      padding: 0;
      border: 0;
    }

    .columns .lane::before {
      display: none;
    }

    /* A line from the end of each lane down to the funnel. */
    .columns .lane::after {
      content: '';
      flex: 1 0 0.75rem;
      align-self: center;
      border-inline-start: var(--_line-width) solid var(--_line);
    }

    .columns .funnel {
      display: block;
      inline-size: 100%;
      block-size: 3rem;
    }

    .columns .target {
      align-self: center;
    }
  }

  /* The tree. */

  .row {
    cursor: pointer;
  }

  [role='treeitem'] {
    outline: none;
  }

  [role='treeitem']:focus-visible > .row,
  .row[role='treeitem']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }

  .lane-head {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    padding: 0.375rem 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-raised);
    font-weight: 600;
  }

  .count {
    margin-inline-start: auto;
    font-size: var(--_small);
    font-weight: normal;
  }

  /* A chevron from two physical borders: the rotation alone turns it for right-to-left text. */
  .twisty {
    flex: none;
    align-self: center;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--_motion);
  }

  [dir='rtl'] .twisty {
    transform: rotate(135deg);
  }

  [aria-expanded='true'] > .row > .twisty {
    transform: rotate(45deg);
  }

  .pathways {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding-block-start: 0.375rem;
  }

  .pathway-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  .pathway.hero-pathway > .pathway-head {
    border-inline-start: 4px solid var(--_hero);
  }

  .pathway.selected > .pathway-head {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }

  .pathway-title {
    flex: 1 1 10rem;
  }

  .pathway-meta,
  .pathway-description {
    flex-basis: 100%;
    padding-inline-start: 1rem;
  }

  .pathway-description {
    padding-block: 0.375rem;
    font-size: 0.875em;
  }

  .progress {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  progress {
    appearance: none;
    inline-size: 5rem;
    block-size: 0.5rem;
    border: 0;
    border-radius: 999px;
    background: var(--_border);
    overflow: hidden;
  }

  progress::-webkit-progress-bar {
    background: var(--_border);
  }

  progress::-webkit-progress-value {
    background: var(--_success);
  }

  progress::-moz-progress-bar {
    background: var(--_success);
  }

  .courses {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin-inline-start: 0.75rem;
    padding-block: 0.25rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 1px dashed var(--_border);
  }

  .course {
    display: grid;
    grid-template-columns: 1.5rem minmax(0, 1fr);
    gap: 0.125rem 0.5rem;
    padding: 0.375rem 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    transition: background-color var(--_motion);
  }

  .course:hover,
  .more:hover {
    background: var(--_surface-raised);
  }

  .course-position {
    grid-row: span 2;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .course-meta {
    grid-column: 2;
  }

  .tags {
    display: contents;
  }

  .tag {
    padding: 0 0.375rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent-soft);
    color: var(--_text);
  }

  .course-status::before {
    content: '';
    display: inline-block;
    inline-size: 0.625em;
    block-size: 0.625em;
    margin-inline-end: 0.25rem;
    border: 2px solid currentColor;
    border-radius: 50%;
    vertical-align: -0.05em;
  }

  .status-in-progress .course-status {
    color: var(--_accent);
  }

  .status-in-progress .course-status::before {
    background: linear-gradient(to top, currentColor 50%, transparent 50%);
  }

  .status-done .course-status {
    color: var(--_success);
  }

  .status-done .course-status::before {
    background: currentColor;
  }

  .more {
    padding: 0.375rem 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    color: var(--_accent);
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .pathway.selected > .pathway-head {
      border-color: Highlight;
    }

    .lanes,
    .lane::before,
    .columns .lane::after,
    .target {
      border-color: CanvasText;
    }

    .funnel path {
      stroke: CanvasText;
    }

    .target-mark,
    .status-done .course-status::before {
      forced-color-adjust: none;
      background: CanvasText;
    }

    .status-in-progress .course-status::before {
      forced-color-adjust: none;
      background: linear-gradient(to top, CanvasText 50%, transparent 50%);
    }

    progress {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: Canvas;
    }

    progress::-webkit-progress-value {
      background: Highlight;
    }
  }
`;
