import { css } from 'lit';

export const styles = css`
  :host {
    --_why-background: var(--pk-why-banner-background, var(--_surface-raised));
    --_why-accent: var(--pk-why-banner-accent, var(--_accent));
    --_why-border: var(--pk-why-banner-border-color, var(--_border));
    --_why-lines: var(--pk-why-banner-compact-lines, 3);
  }

  :host([dismissed]) {
    display: inline-block;
  }

  .banner {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.6);
    padding: var(--_space);
    border: 1px solid var(--_why-border);
    border-inline-start: 4px solid var(--_why-accent);
    border-radius: var(--_radius);
    background: var(--_why-background);
  }

  :host([variant='compact']) .banner {
    gap: calc(var(--_space) * 0.35);
    padding: calc(var(--_space) * 0.6) calc(var(--_space) * 0.75);
    font-size: 0.875em;
  }

  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) / 2);
  }

  .heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  :host([variant='compact']) .heading {
    font-size: 0.8125em;
    letter-spacing: 0.02em;
    color: var(--_text-muted);
  }

  .dismiss {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    margin-block: -0.35rem;
    margin-inline-end: -0.35rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text-muted);
    cursor: pointer;
  }

  .dismiss:hover {
    background: var(--_accent-soft);
    color: var(--_text);
  }

  .dismiss svg {
    inline-size: 1rem;
    block-size: 1rem;
  }

  p {
    margin: 0;
  }

  .reframe-from {
    color: var(--_text-muted);
  }

  .reframe-to {
    font-weight: 600;
  }

  .fallback-note {
    font-size: 0.875em;
    font-style: italic;
    color: var(--_text-muted);
  }

  :host([variant='compact']) .statement,
  :host([variant='compact']) .reframe {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_why-lines);
    line-clamp: var(--_why-lines);
    overflow: hidden;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 3) var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  .hero {
    padding-inline: 0.5em;
    border-radius: 999px;
    background: var(--_hero-soft);
    color: var(--_hero);
    font-weight: 600;
  }

  .restore {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    text-decoration: underline;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
    .hero {
      border: 1px solid CanvasText;
    }
  }
`;
