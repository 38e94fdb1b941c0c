/**
 * The navigator's structure as pure functions of the catalog: pillars in navigation order,
 * departments, and a pillar's pathways grouped by owning department. Per-manifest results are
 * kept in a WeakMap, so they are computed once however often the element renders.
 */
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Pathway, Pillar } from '../../core/manifest/types.js';

interface Navigation {
  pillars: readonly Pillar[];
  departments: readonly string[];
}

const navigations = new WeakMap<Catalog, Navigation>();

function navigationOf(catalog: Catalog): Navigation {
  let navigation = navigations.get(catalog);
  if (!navigation) {
    const { manifest, imperatives } = catalog;
    navigation = {
      pillars: [...imperatives, ...manifest.pillars.filter((pillar) => pillar.imperative === undefined)],
      departments: [...new Set(manifest.pathways.map((pathway) => pathway.department))],
    };
    navigations.set(catalog, navigation);
  }
  return navigation;
}

/** The pillars as the navigation shows them: the imperatives by rank, then the others in manifest order. */
export function pillarsInOrder(catalog: Catalog): readonly Pillar[] {
  return navigationOf(catalog).pillars;
}

/** Every owning department, in the order the manifest first names them. */
export function departmentsOf(catalog: Catalog): readonly string[] {
  return navigationOf(catalog).departments;
}

/** One owning department's pathways within a pillar: a lane converging on the pillar. */
export interface Lane {
  department: string;
  pathways: readonly Pathway[];
}

/** Groups pathways by owning department; lanes and the pathways in them keep manifest order. */
export function lanesOf(pathways: readonly Pathway[]): Lane[] {
  const lanes = new Map<string, Pathway[]>();
  for (const pathway of pathways) {
    const lane = lanes.get(pathway.department);
    if (lane) lane.push(pathway);
    else lanes.set(pathway.department, [pathway]);
  }
  return [...lanes].map(([department, members]) => ({ department, pathways: members }));
}
