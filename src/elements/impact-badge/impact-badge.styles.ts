import { css } from 'lit';

export const styles = css`
  :host {
    --_badge-background: var(--pk-impact-badge-background, var(--_accent-soft));
    --_badge-color: var(--pk-impact-badge-color, var(--_text));
    --_badge-border: var(--pk-impact-badge-border-color, var(--_border));
    --_badge-radius: var(--pk-impact-badge-radius, 999px);
    --_tooltip-background: var(--pk-impact-badge-tooltip-background, var(--_surface-raised));
    --_tooltip-color: var(--pk-impact-badge-tooltip-color, var(--_text));
    --_tooltip-width: var(--pk-impact-badge-tooltip-max-width, 20rem);
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }

  .list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .badge,
  .more {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    max-inline-size: 100%;
    padding-block: 0.2em;
    padding-inline: 0.6em 0.75em;
    border: 1px solid var(--_badge-border);
    border-radius: var(--_badge-radius);
    background: var(--_badge-background);
    color: var(--_badge-color);
    font: inherit;
    font-size: 0.8125em;
    line-height: 1.3;
    text-align: start;
    cursor: help;
  }

  .badge.imperative {
    --_badge-background: var(--pk-impact-badge-background, var(--_hero-soft));
    --_badge-border: var(--pk-impact-badge-border-color, var(--_hero));
  }

  .icon {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    border-radius: 50%;
    background: var(--_accent);
  }

  .imperative .icon {
    background: var(--_hero);
  }

  .more {
    border-style: dashed;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }

  /* The tooltip sits in the top layer (popover) at the coordinates floating-ui computes; those are
     physical, so this box uses physical top/left on purpose. */
  .tooltip {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    margin: 0;
    inline-size: max-content;
    max-inline-size: min(var(--_tooltip-width), calc(100vw - 16px));
    padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_tooltip-background);
    color: var(--_tooltip-color);
    box-shadow: var(--_shadow), 0 4px 16px rgb(0 0 0 / 0.12);
    font-size: 0.875em;
    overflow: visible;
  }

  /* Until floating-ui has placed it, the tooltip would flash at the viewport's corner. */
  .tooltip:not([data-placement]) {
    visibility: hidden;
  }

  .tooltip p {
    margin: 0;
  }

  .tooltip-pillar {
    font-weight: 600;
  }

  .pathways {
    margin-block-start: 0.5em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  /* The compact faces of loading, empty and error: a badge-sized line, not a box. */
  .state {
    display: inline-flex;
    flex-direction: row;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.6em;
    border-radius: var(--_badge-radius);
    font-size: 0.8125em;
  }

  .state-error::before {
    content: '!' / '';
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .badge,
    .more,
    .tooltip {
      border-color: CanvasText;
    }
    .icon {
      background: CanvasText;
    }
  }
`;
