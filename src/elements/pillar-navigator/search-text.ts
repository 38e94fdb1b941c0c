/**
 * Filtering pathways: free-text search over titles, objectives and impact tag labels (case- and
 * accent-insensitive), department, hero only, mandatory only. The folded search text of every
 * course and pathway is made once per manifest (its catalog) and kept in a WeakMap, so a keystroke
 * only scans strings. It can be made ahead of need, a slice at a time (`prepareSearch`); a search
 * before then makes only the texts it reads.
 *
 * Part of the interactive chunk (`interactive.ts`), loaded ahead of the first filter by `interactive-loader.ts`.
 */
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Course, Pathway } from '../../core/manifest/types.js';
import { isFiltering, type Filters, type PathwayFilter } from './search.js';

const NON_ASCII = /[^\0-\x7f]/;

/** Lower case without accents or other combining marks: `Énergie` → `energie`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Only text beyond ASCII can hold accents or other marks: most of a catalogue skips the work.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/** The folded words of a query; an empty list matches everything. */
export function termsOf(query: string): string[] {
  return fold(query).split(/\s+/u).filter(Boolean);
}

/** Texts folded between two looks at the clock. */
const SLICE = 100;

/**
 * A catalog's folded search text, made on first use and kept: a course's fields in one string,
 * separated by newlines so a word never spans two of them, and a pathway's title. `prepare` makes
 * all of it ahead of need, a slice at a time; a search before then folds only what it reads (a
 * pathway stops at the first course holding a word).
 */
class SearchText {
  private readonly courses = new Map<string, string>();
  private readonly titles = new Map<string, string>();
  /** Courses, then pathways, gone through by `prepare`. */
  private prepared = 0;

  constructor(private readonly catalog: Catalog) {}

  course(id: string): string {
    let text = this.courses.get(id);
    if (text === undefined) {
      const course = this.catalog.courses.get(id);
      text = course ? fold(fieldsOf(course, this.catalog)) : '';
      this.courses.set(id, text);
    }
    return text;
  }

  title(pathway: Pathway): string {
    let text = this.titles.get(pathway.id);
    if (text === undefined) {
      text = fold(pathway.title);
      this.titles.set(pathway.id, text);
    }
    return text;
  }

  /** Folds what is left a slice at a time while `more()` says so; true once everything is. */
  prepare(more: () => boolean): boolean {
    const { courses, pathways } = this.catalog.manifest;
    const total = courses.length + pathways.length;
    while (this.prepared < total && more()) {
      for (const end = Math.min(total, this.prepared + SLICE); this.prepared < end; this.prepared++) {
        if (this.prepared < courses.length) this.course(courses[this.prepared]!.id);
        else this.title(pathways[this.prepared - courses.length]!);
      }
    }
    return this.prepared === total;
  }
}

/** The course fields a search reads: title, objectives, impact tag labels. */
function fieldsOf(course: Course, catalog: Catalog): string {
  let text = course.title;
  for (const objective of course.objectives) text += `\n${objective}`;
  for (const id of course.impactTags) text += `\n${catalog.impactTags.get(id)?.label ?? ''}`;
  return text;
}

const texts = new WeakMap<Catalog, SearchText>();

function searchTextOf(catalog: Catalog): SearchText {
  let text = texts.get(catalog);
  if (!text) {
    text = new SearchText(catalog);
    texts.set(catalog, text);
  }
  return text;
}

/**
 * Folds the catalog's search text ahead of need, or the next part of it while `more()` says so
 * (checked between slices); true once all of it is.
 */
export function prepareSearch(catalog: Catalog, more: () => boolean = () => true): boolean {
  return searchTextOf(catalog).prepare(more);
}

const containsAll = (text: string, terms: readonly string[]) => terms.every((term) => text.includes(term));

export function compileFilter(catalog: Catalog, filters: Filters): PathwayFilter {
  const terms = termsOf(filters.query);
  const text = terms.length > 0 ? searchTextOf(catalog) : undefined;
  /** Every word in the pathway's title or in one of its courses (not necessarily the same one). */
  const found = (pathway: Pathway, search: SearchText) =>
    terms.every((term) => search.title(pathway).includes(term) || pathway.courses.some((id) => search.course(id).includes(term)));
  return {
    active: isFiltering(filters),
    searching: text !== undefined,
    matches: (pathway) =>
      (filters.department === '' || pathway.department === filters.department) &&
      (!filters.heroOnly || pathway.hero === true) &&
      (!filters.mandatoryOnly || pathway.mandatory === true) &&
      (!text || found(pathway, text)),
    courseMatches: (courseId) => !!text && containsAll(text.course(courseId), terms),
  };
}
