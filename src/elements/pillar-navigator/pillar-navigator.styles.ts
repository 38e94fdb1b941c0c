import { css } from 'lit';
import { filterStyles } from './filters.styles.js';
import { heroStyles } from './heroes.styles.js';
import { convergenceStyles } from './convergence.styles.js';

/**
 * The navigator's frame: its tokens, shared text styles, and the two layouts by container width,
 * stacked (narrow) or rail + content (from 48rem).
 */
const frame = css`
  :host {
    --_rail-width: var(--pk-pillar-navigator-rail-width, 16rem);
    --_line: var(--pk-pillar-navigator-line, var(--_accent));
    --_line-width: var(--pk-pillar-navigator-line-width, 2px);
    --_gap: var(--pk-pillar-navigator-gap, var(--_space));
    --_small: 0.8125em;
  }

  .navigator {
    container: pk-navigator / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  h2,
  p {
    margin: 0;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  .heroes-intro,
  .hero-meta,
  .pillar-description,
  .pathway-description,
  .count,
  .status,
  .tab-meta,
  .pathway-meta,
  .course-meta,
  .course-position {
    color: var(--_text-muted);
  }

  .hero-title,
  .pathway-title,
  .pillar-title {
    font-weight: 600;
  }

  .tab-meta,
  .pathway-meta,
  .course-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: var(--_small);
    font-weight: normal;
  }

  .flag {
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    white-space: nowrap;
  }

  .flag-hero {
    color: var(--_hero);
    background: var(--_hero-soft);
  }

  .flag-mandatory {
    color: var(--_warning);
  }

  .flag-match,
  .matches {
    color: var(--_accent);
  }

  .notice {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-soft);
  }

  .status {
    font-size: 0.875em;
  }

  .layout {
    display: grid;
    gap: var(--_gap);
  }

  @container pk-navigator (min-width: 48rem) {
    .layout {
      grid-template-columns: var(--_rail-width) minmax(0, 1fr);
      align-items: start;
    }
  }

  .rail {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }

  .tab {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    padding: 0.5rem 0.75rem;
    text-align: start;
    border: 0;
    border-inline-start: 3px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    cursor: pointer;
    transition: background-color var(--_motion);
  }

  .tab:hover {
    background: var(--_surface-raised);
  }

  .tab[aria-selected='true'] {
    border-inline-start-color: var(--_accent);
    background: var(--_accent-soft);
    font-weight: 600;
  }

  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-inline-size: 0;
  }

  .pillar {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .pillar-title {
    font-size: 1.25em;
  }

  .no-match {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-color: Highlight;
    }
  }
`;

/** Styles of <pk-pillar-navigator>. */
export const styles = [frame, heroStyles, filterStyles, convergenceStyles];
