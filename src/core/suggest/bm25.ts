/**
 * Okapi BM25 over a handful of documents (one per pillar, or one per impact tag). A document is its
 * own words plus the words of the courses placed on it, kept apart so one course's words can be
 * left out for one query: term counts, document lengths, document frequencies and the average
 * length are then all computed without them, as if the course had never been placed.
 *
 *   score(d, q) = Σ over distinct terms t of q:  idf(t) · tf(t,d) · (k1 + 1) / (tf(t,d) + k1 · (1 − b + b · |d| / avgdl))
 *   idf(t)      = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))
 *
 * with k1 = 1.2 and b = 0.75; this idf is never negative, so a shared term always adds to the score.
 */
export const K1 = 1.2;
export const B = 0.75;

export interface Bag {
  readonly counts: ReadonlyMap<string, number>;
  readonly length: number;
}

export interface BM25Document {
  readonly id: string;
  /** Everything the document holds, its own words and its courses'. */
  readonly words: Bag;
  /** What each placed course adds, by course id. */
  readonly courses: ReadonlyMap<string, Bag>;
}

export interface Scored {
  /** The document's position in the list given. */
  readonly index: number;
  readonly score: number;
  /** Each matched query term and what it added to the score. */
  readonly contributions: ReadonlyMap<string, number>;
}

export function bagOf(terms: Iterable<string>): Bag {
  const counts = new Map<string, number>();
  let length = 0;
  for (const term of terms) {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    length += 1;
  }
  return { counts, length };
}

/**
 * The documents that share a term with the query, each with its score; `without` names a course
 * whose words are left out. In the order of the documents, unsorted.
 */
export function scoreAll(documents: readonly BM25Document[], query: ReadonlySet<string>, without?: string): Scored[] {
  const views = documents.map((document) => {
    const left = without === undefined ? undefined : document.courses.get(without);
    const tf = (term: string) => (document.words.counts.get(term) ?? 0) - (left?.counts.get(term) ?? 0);
    return { tf, length: document.words.length - (left?.length ?? 0) };
  });
  const total = views.reduce((sum, view) => sum + view.length, 0);
  if (total === 0) return [];
  const averageLength = total / views.length;
  const idf = new Map<string, number>();
  for (const term of query) {
    const df = views.filter((view) => view.tf(term) > 0).length;
    if (df > 0) idf.set(term, Math.log(1 + (views.length - df + 0.5) / (df + 0.5)));
  }
  const scored: Scored[] = [];
  views.forEach((view, index) => {
    const contributions = new Map<string, number>();
    let score = 0;
    for (const [term, weight] of idf) {
      const tf = view.tf(term);
      if (tf === 0) continue;
      const part = (weight * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * view.length) / averageLength));
      contributions.set(term, part);
      score += part;
    }
    if (score > 0) scored.push({ index, score, contributions });
  });
  return scored;
}
