/**
 * Filtering pathways: free-text search over titles, objectives and impact tag labels (case- and
 * accent-insensitive), department, hero only, mandatory only. The search text of every course and
 * pathway is built once per manifest (its catalog) and kept in a WeakMap, so a keystroke only scans strings.
 */
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Pathway } from '../../core/manifest/types.js';

export interface Filters {
  /** Free text; every word must appear (in any field of the pathway or its courses). */
  query: string;
  /** An owning department, exactly as in the manifest; empty for all. */
  department: string;
  heroOnly: boolean;
  mandatoryOnly: boolean;
}

/** Lower case without accents or other combining marks: `Énergie` → `energie`. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The folded words of a query; an empty list matches everything. */
export function termsOf(query: string): string[] {
  return fold(query).split(/\s+/u).filter(Boolean);
}

export function isFiltering(filters: Filters): boolean {
  return termsOf(filters.query).length > 0 || filters.department !== '' || filters.heroOnly || filters.mandatoryOnly;
}

/** Folded search text by id; fields are separated by newlines so a word never spans two of them. */
interface SearchIndex {
  courses: ReadonlyMap<string, string>;
  pathways: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<Catalog, SearchIndex>();

function searchIndexOf(catalog: Catalog): SearchIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const { manifest } = catalog;
    const courses = new Map<string, string>();
    for (const course of manifest.courses) {
      const labels = course.impactTags.map((id) => catalog.impactTags.get(id)?.label ?? '');
      courses.set(course.id, fold([course.title, ...course.objectives, ...labels].join('\n')));
    }
    const pathways = new Map<string, string>();
    for (const pathway of manifest.pathways) {
      pathways.set(pathway.id, [fold(pathway.title), ...pathway.courses.map((id) => courses.get(id) ?? '')].join('\n'));
    }
    index = { courses, pathways };
    indexes.set(catalog, index);
  }
  return index;
}

const containsAll = (text: string, terms: readonly string[]) => terms.every((term) => text.includes(term));

/** A compiled filter for one manifest: ask it about pathways and courses. */
export interface PathwayFilter {
  readonly active: boolean;
  /** True when the search has words (courses can then match on their own). */
  readonly searching: boolean;
  matches(pathway: Pathway): boolean;
  /** True when the course itself holds every search word. */
  courseMatches(courseId: string): boolean;
}

export function compileFilter(catalog: Catalog, filters: Filters): PathwayFilter {
  const terms = termsOf(filters.query);
  const index = terms.length > 0 ? searchIndexOf(catalog) : undefined;
  return {
    active: isFiltering(filters),
    searching: index !== undefined,
    matches: (pathway) =>
      (filters.department === '' || pathway.department === filters.department) &&
      (!filters.heroOnly || pathway.hero === true) &&
      (!filters.mandatoryOnly || pathway.mandatory === true) &&
      (!index || containsAll(index.pathways.get(pathway.id) ?? '', terms)),
    courseMatches: (courseId) => !!index && containsAll(index.courses.get(courseId) ?? '', terms),
  };
}
