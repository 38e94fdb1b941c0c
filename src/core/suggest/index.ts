/**
 * Suggestions for placing a course: the pillars and existing impact tags ranked by how well the
 * course's title, description and objectives match them, each with the words that matched. A small
 * BM25 model over the manifest's own words (`documents.ts`, `bm25.ts`, `words.ts`), pure and
 * dependency-free, so it runs in the browser as well as on the command line.
 */
import type { Manifest } from '../manifest/types.js';
import { scoreAll, type BM25Document } from './bm25.js';
import { suggestionDocuments } from './documents.js';
import { termsOf } from './words.js';

export interface Suggestion {
  /** The pillar's or impact tag's id. */
  id: string;
  kind: 'pillar' | 'impactTag';
  /** The BM25 score, above 0; comparable only within one course's list of one kind. */
  score: number;
  /** The course's words that matched, as written there (lower-case), most telling first. */
  matched: string[];
}

export interface CourseSuggestions {
  pillars: Suggestion[];
  impactTags: Suggestion[];
}

export interface CourseText {
  /** A course of the manifest: its own words are left out of the pillars and tags it is placed on. */
  id?: string;
  title: string;
  description?: string;
  objectives?: readonly string[];
}

export interface SuggestionIndex {
  /** Best first (ties in manifest order), at most `limit` (3) of each kind, scores above 0 only. */
  forCourse(course: CourseText, options?: { limit?: number }): CourseSuggestions;
}

export const DEFAULT_SUGGESTION_LIMIT = 3;

export function suggestionIndex(manifest: Manifest): SuggestionIndex {
  const documents = suggestionDocuments(manifest);
  return {
    forCourse(course, options = {}) {
      const limit = options.limit ?? DEFAULT_SUGGESTION_LIMIT;
      const words = new Map<string, string>();
      for (const text of [course.title, course.description ?? '', ...(course.objectives ?? [])]) {
        for (const { term, word } of termsOf(text)) if (!words.has(term)) words.set(term, word);
      }
      const rank = (list: readonly BM25Document[], kind: Suggestion['kind']): Suggestion[] =>
        scoreAll(list, new Set(words.keys()), course.id)
          .sort((a, b) => b.score - a.score || a.index - b.index)
          .slice(0, Math.max(0, limit))
          .map(({ index, score, contributions }) => ({
            id: list[index]!.id,
            kind,
            score,
            matched: [...contributions].sort((a, b) => b[1] - a[1]).map(([term]) => words.get(term)!),
          }));
      return { pillars: rank(documents.pillars, 'pillar'), impactTags: rank(documents.impactTags, 'impactTag') };
    },
  };
}
