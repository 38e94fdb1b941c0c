import { html, nothing } from 'lit';
import type { Pillar } from '../../core/manifest/types.js';
import type { RenderContext } from './render-context.js';

export interface TabsRender {
  ctx: RenderContext;
  pillars: readonly Pillar[];
  current: Pillar;
  /** Pathways per pillar id: all of them, or those that match the filters. */
  counts: ReadonlyMap<string, number>;
  filtering: boolean;
  on: { choose(pillar: Pillar): void; keydown(event: KeyboardEvent, index: number): void };
}

/** The pillar rail: an APG tab list; only the selected tab is in the tab order and controls the panel. */
export function renderTabs({ ctx, pillars, current, counts, filtering, on }: TabsRender) {
  const { t } = ctx;
  return html`<div class="rail" part="tabs" role="tablist" aria-orientation="vertical" aria-label=${t('pillar-navigator.pillars')}>
    ${pillars.map((pillar, index) => {
      const selected = pillar === current;
      const parts = ['tab', selected ? 'selected' : '', pillar.imperative ? 'imperative' : ''].filter(Boolean).join(' ');
      const count = counts.get(pillar.id) ?? 0;
      return html`<button
        type="button"
        class="tab"
        part=${parts}
        role="tab"
        id=${tabId(index)}
        aria-selected=${selected}
        aria-controls=${selected ? PANEL_ID : nothing}
        tabindex=${selected ? 0 : -1}
        @click=${() => on.choose(pillar)}
        @keydown=${(event: KeyboardEvent) => on.keydown(event, index)}
      >
        <span class="tab-title">${pillar.title}</span>
        <span class="tab-meta">
          ${pillar.imperative ? html`<span class="flag flag-hero">${t('pillar-navigator.imperative', { rank: pillar.imperative })}</span>` : nothing}
          <span>${t(filtering ? 'pillar-navigator.matches' : 'pillar-navigator.pathways', { count })}</span>
        </span>
      </button>`;
    })}
  </div>`;
}

export const PANEL_ID = 'panel';
export const tabId = (index: number) => `tab-${index}`;
