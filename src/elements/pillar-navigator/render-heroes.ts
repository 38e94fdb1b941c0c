import { html, nothing } from 'lit';
import type { Pathway } from '../../core/manifest/types.js';
import type { RenderContext } from './render-context.js';
import { renderPathwayProgress } from './render-progress.js';

/** The year's hero pathways, one card per top imperative, above everything else. */
export function renderHeroes(ctx: RenderContext, heroes: readonly Pathway[], open: (pathway: Pathway) => void) {
  if (heroes.length === 0) return nothing;
  const { t, catalog } = ctx;
  const year = catalog.manifest.organization.fiscalYear;
  return html`<section class="heroes" part="heroes" aria-labelledby="heroes-title">
    <h2 id="heroes-title" class="heroes-title">
      ${year ? t('pillar-navigator.heroes.title-year', { year }) : t('pillar-navigator.heroes.title')}
    </h2>
    <p class="heroes-intro">${t('pillar-navigator.heroes.intro')}</p>
    <ul class="hero-list" role="list">
      ${heroes.map((pathway) => {
        const pillar = catalog.pillars.get(pathway.pillar)!;
        return html`<li>
          <button type="button" class="hero" part="hero" data-pathway=${pathway.id} @click=${() => open(pathway)}>
            <span class="hero-rank">
              ${t('pillar-navigator.imperative', { rank: pillar.imperative! })} · ${pillar.title}
            </span>
            <span class="hero-title">${pathway.title}</span>
            <span class="hero-meta">
              ${pathway.department} · ${t('pillar-navigator.courses', { count: pathway.courses.length })}
            </span>
            ${renderPathwayProgress(ctx, pathway)}
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
