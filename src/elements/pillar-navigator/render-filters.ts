import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { RenderContext } from './render-context.js';
import type { Filters } from './search.js';

export interface FilterHandlers {
  change(filters: Partial<Filters>): void;
  clear(): void;
  /** The learner is about to search (the field got focus, or the pointer came over it). */
  approach(): void;
}

/** Search, department, hero only and mandatory only; "Clear filters" while any is set. */
export function renderFilters({ t }: RenderContext, filters: Filters, departments: readonly string[], active: boolean, on: FilterHandlers) {
  const checked = (event: Event) => (event.target as HTMLInputElement).checked;
  return html`<form class="filters" part="filters" role="search" aria-label=${t('pillar-navigator.filters')} @submit=${(event: Event) => event.preventDefault()}>
    <label class="field field-search">
      <span class="field-label">${t('pillar-navigator.search')}</span>
      <input
        type="search"
        part="search"
        autocomplete="off"
        placeholder=${t('pillar-navigator.search.placeholder')}
        .value=${live(filters.query)}
        @focus=${on.approach}
        @pointerenter=${on.approach}
        @input=${(event: Event) => on.change({ query: (event.target as HTMLInputElement).value })}
      />
    </label>
    <label class="field">
      <span class="field-label">${t('pillar-navigator.department')}</span>
      <select part="department-filter" @change=${(event: Event) => on.change({ department: (event.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${filters.department === ''}>${t('pillar-navigator.department.all')}</option>
        ${departments.map((department) => html`<option .value=${department} ?selected=${department === filters.department}>${department}</option>`)}
      </select>
    </label>
    <label class="check">
      <input type="checkbox" part="hero-filter" .checked=${live(filters.heroOnly)} @change=${(event: Event) => on.change({ heroOnly: checked(event) })} />
      ${t('pillar-navigator.hero-only')}
    </label>
    <label class="check">
      <input type="checkbox" part="mandatory-filter" .checked=${live(filters.mandatoryOnly)} @change=${(event: Event) => on.change({ mandatoryOnly: checked(event) })} />
      ${t('pillar-navigator.mandatory-only')}
    </label>
    ${active ? html`<button type="button" class="clear" part="clear" @click=${on.clear}>${t('pillar-navigator.clear')}</button>` : nothing}
  </form>`;
}
