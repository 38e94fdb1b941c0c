/**
 * The navigator's filters, and what an element needs of them before filtering is loaded: whether
 * any filter is set. Filtering itself (the search words, the search text, compiled filters) is
 * `search-text.ts`, a chunk of its own.
 */
import type { Pathway } from '../../core/manifest/types.js';

export interface Filters {
  /** Free text; every word must appear (in any field of the pathway or its courses). */
  query: string;
  /** An owning department, exactly as in the manifest; empty for all. */
  department: string;
  heroOnly: boolean;
  mandatoryOnly: boolean;
}

/**
 * A query has search words (`termsOf`) when it has a character that is neither white space nor a
 * combining mark: folding drops only marks, and white space separates words.
 */
const HAS_WORDS = /[^\s\p{M}]/u;

export function isFiltering(filters: Filters): boolean {
  return HAS_WORDS.test(filters.query) || filters.department !== '' || filters.heroOnly || filters.mandatoryOnly;
}

/** A compiled filter for one manifest: ask it about pathways and courses. */
export interface PathwayFilter {
  readonly active: boolean;
  /** True when the search has words (courses can then match on their own). */
  readonly searching: boolean;
  matches(pathway: Pathway): boolean;
  /** True when the course itself holds every search word. */
  courseMatches(courseId: string): boolean;
}

/** No filter set: every pathway matches, and no course on its own. */
export const NO_FILTER: PathwayFilter = { active: false, searching: false, matches: () => true, courseMatches: () => false };
