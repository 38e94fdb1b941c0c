/**
 * What the navigator shows above its pillars: a notice for each selected id the manifest does not
 * have, the year's hero pathways, the filters, the line that says how many pathways match, and,
 * when the keyboard model and filtering could not be loaded, that failure with "Try again".
 */
import { html, nothing } from 'lit';
import type { Pathway } from '../../core/manifest/types.js';
import { departmentsOf } from './navigation.js';
import type { RenderContext } from './render-context.js';
import { renderFilters, type FilterHandlers } from './render-filters.js';
import { renderHeroes } from './render-heroes.js';
import { renderNotices, renderPartFailed } from './render-messages.js';
import { isFiltering, type Filters } from './search.js';
import type { MissingSelection } from './selection.js';

export interface HeaderHandlers extends FilterHandlers {
  openHero(pathway: Pathway): void;
  /** "Try again" after the keyboard model and filtering could not be loaded. */
  retry(): void;
}

/**
 * @param announcement the result count, said politely once typing pauses
 * @param partFailed the keyboard model and filtering could not be loaded
 */
export function renderHeader(ctx: RenderContext, missing: readonly MissingSelection[], filters: Filters, announcement: string, partFailed: boolean, on: HeaderHandlers) {
  const { catalog } = ctx;
  return html`${renderNotices(ctx, missing)} ${renderHeroes(ctx, catalog.heroPathways, on.openHero)}
    ${renderFilters(ctx, filters, departmentsOf(catalog), isFiltering(filters), on)}
    <p class="status" part="status" role="status">${announcement}</p>
    ${partFailed ? renderPartFailed(ctx, on.retry) : nothing}`;
}
