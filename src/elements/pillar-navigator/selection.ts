import type { Catalog } from '../../core/manifest/catalog.js';

/** A `selected-pillar` or `selected-pathway` the manifest does not have. */
export interface MissingSelection {
  kind: 'pillar' | 'pathway';
  id: string;
}

export function missingSelection(catalog: Catalog, pillarId: string | undefined, pathwayId: string | undefined): MissingSelection[] {
  const missing: MissingSelection[] = [];
  if (pillarId !== undefined && !catalog.pillars.has(pillarId)) missing.push({ kind: 'pillar', id: pillarId });
  if (pathwayId !== undefined && !catalog.pathways.has(pathwayId)) missing.push({ kind: 'pathway', id: pathwayId });
  return missing;
}
