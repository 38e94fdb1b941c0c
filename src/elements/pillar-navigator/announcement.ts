import type { Catalog } from '../../core/manifest/catalog.js';
import type { RenderContext } from './render-context.js';
import { compileFilter } from './search-text.js';
import type { Filters } from './search.js';

/**
 * What the status line says once typing pauses: how many pathways match; "showing all" only when
 * filters were cleared after something was said (`previous`).
 */
export function announcement(catalog: Catalog, filters: Filters, t: RenderContext['t'], previous: string): string {
  const { pathways } = catalog.manifest;
  const filter = compileFilter(catalog, filters);
  if (!filter.active) return previous && t('pillar-navigator.results.all', { count: pathways.length });
  const count = pathways.filter(filter.matches).length;
  return count === 0 ? t('pillar-navigator.results.none') : t('pillar-navigator.results', { count });
}
