import { css } from 'lit';

/**
 * The content audit's flags ("No why framing", …) as pills, in `<pk-content-audit>` and the
 * studio's course list: `.flags` (a list) of `.flag` items, coloured by the element's
 * `--_flag-color` and `--_flag-background`.
 */
export const flagStyles = css`
  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .flag {
    padding-inline: 0.5em;
    border-radius: 999px;
    background: var(--_flag-background);
    color: var(--_flag-color);
    font-size: 0.8125em;
    font-weight: 600;
  }
`;
