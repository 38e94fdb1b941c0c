/**
 * The pillars and the one selected: the tab rail, and the panel with the pillar's title and
 * description over its pathways converging on it, drawn when filtering is here (or nothing is
 * filtered); meanwhile the loading face, and when no pathway of the pillar matches, how many
 * elsewhere do.
 */
import { html } from 'lit';
import type { Pillar } from '../../core/manifest/types.js';
import { pillarsInOrder } from './navigation.js';
import type { RenderContext } from './render-context.js';
import { renderConvergence } from './render-convergence.js';
import { renderNoMatch } from './render-messages.js';
import { PANEL_ID, renderTabs, tabId } from './render-tabs.js';
import { NO_FILTER, type PathwayFilter } from './search.js';
import type { PathwayTree } from './tree-state.js';

export interface PillarsHandlers {
  choose(pillar: Pillar): void;
  keydown(event: KeyboardEvent, index: number, pillars: readonly Pillar[]): void;
  clear(): void;
}

/**
 * @param filter `undefined` while a filter waits for filtering to load: the tabs count all pathways meanwhile
 * @param waiting what the panel shows meanwhile (drawn only then: the loading face names the host's state)
 */
export function renderPillars(
  ctx: RenderContext,
  current: Pillar,
  filter: PathwayFilter | undefined,
  tree: PathwayTree,
  selectedPathway: string | undefined,
  waiting: () => unknown,
  on: PillarsHandlers,
) {
  const { catalog } = ctx;
  const pillars = pillarsInOrder(catalog);
  const { matches } = filter ?? NO_FILTER;
  const matching = new Map(pillars.map((pillar) => [pillar.id, catalog.pathwaysOfPillar(pillar.id).filter(matches)]));
  const counts = new Map([...matching].map(([id, pathways]) => [id, pathways.length]));
  const lanes = tree.layout(ctx, current.id, matching.get(current.id)!, selectedPathway);
  return html`<div class="layout">
    ${renderTabs({
      ctx,
      pillars,
      current,
      counts,
      filtering: !!filter?.active,
      on: { choose: on.choose, keydown: (event, index) => on.keydown(event, index, pillars) },
    })}
    <section class="panel" part="panel" role="tabpanel" id=${PANEL_ID} aria-labelledby=${tabId(pillars.indexOf(current))} tabindex="0">
      <header class="pillar">
        <h2 class="pillar-title" part="pillar-title">${current.title}</h2>
        <p class="pillar-description">${current.description}</p>
      </header>
      ${!filter
        ? waiting()
        : lanes.length === 0
        ? renderNoMatch(ctx, [...counts.values()].reduce((sum, count) => sum + count, 0), on.clear)
        : renderConvergence({
            ctx,
            pillar: current,
            lanes,
            filter,
            tabStop: tree.tabStop,
            selectedPathway,
            on: { keydown: tree.onKeydown, click: tree.onClick, focusin: tree.onFocusin },
          })}
    </section>
  </div>`;
}
