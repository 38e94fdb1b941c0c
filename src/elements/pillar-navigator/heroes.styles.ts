import { css } from 'lit';

/** The hero pathways: a tinted band of cards above everything else. */
export const heroStyles = css`
  .heroes {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_hero-soft);
  }

  .heroes-title {
    font-size: 1.125em;
  }

  .hero-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.75rem;
  }

  .hero {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    inline-size: 100%;
    block-size: 100%;
    padding: 0.75rem;
    text-align: start;
    border: 1px solid var(--_hero);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    cursor: pointer;
    transition: background-color var(--_motion);
  }

  .hero:hover {
    background: var(--_surface-raised);
  }

  .hero-rank {
    color: var(--_hero);
    font-size: var(--_small);
    font-weight: 600;
  }

  .hero-meta {
    font-size: 0.875em;
  }
`;
