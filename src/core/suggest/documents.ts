/**
 * The documents the suggestions rank, built from the manifest's own words: a pillar is its title
 * and description, its pathways' titles and descriptions, its impact tags' labels and initiatives,
 * and the text of every course placed on it (the course's pillar, else its first pathway's, else
 * its first impact tag's). An impact tag is its label and initiative and the text of every course
 * that carries it. A course's text is its title, description, objectives and why framing.
 */
import { catalogOf } from '../manifest/catalog.js';
import type { Course, Manifest } from '../manifest/types.js';
import { bagOf, type Bag, type BM25Document } from './bm25.js';
import { termsOf } from './words.js';

export interface SuggestionDocuments {
  readonly pillars: readonly BM25Document[];
  readonly impactTags: readonly BM25Document[];
}

export function courseText(course: Course): string[] {
  const why = course.why;
  return [course.title, course.description ?? '', ...course.objectives, why?.statement ?? '', why?.reframe?.from ?? '', why?.reframe?.to ?? ''];
}

export function suggestionDocuments(manifest: Manifest): SuggestionDocuments {
  const catalog = catalogOf(manifest);
  const courseBags = new Map(manifest.courses.map((course) => [course.id, bagOfTexts(courseText(course))]));
  const document = (id: string, texts: readonly string[], courseIds: readonly string[]): BM25Document => {
    const courses = new Map<string, Bag>();
    for (const courseId of courseIds) {
      const bag = courseBags.get(courseId);
      if (bag) courses.set(courseId, bag);
    }
    return { id, words: merged([bagOfTexts(texts), ...courses.values()]), courses };
  };
  const pillars = manifest.pillars.map((pillar) =>
    document(
      pillar.id,
      [
        pillar.title,
        pillar.description,
        ...catalog.pathwaysOfPillar(pillar.id).flatMap((pathway) => [pathway.title, pathway.description ?? '']),
        ...manifest.impactTags.filter((tag) => tag.pillar === pillar.id).flatMap((tag) => [tag.label, tag.initiative]),
      ],
      manifest.courses.filter((course) => catalog.pillarOfCourse(course.id)?.id === pillar.id).map((course) => course.id),
    ),
  );
  const impactTags = manifest.impactTags.map((tag) =>
    document(
      tag.id,
      [tag.label, tag.initiative],
      manifest.courses.filter((course) => course.impactTags.includes(tag.id)).map((course) => course.id),
    ),
  );
  return { pillars, impactTags };
}

function bagOfTexts(texts: readonly string[]): Bag {
  return bagOf(texts.flatMap((text) => termsOf(text).map(({ term }) => term)));
}

function merged(bags: readonly Bag[]): Bag {
  const counts = new Map<string, number>();
  let length = 0;
  for (const bag of bags) {
    for (const [term, count] of bag.counts) counts.set(term, (counts.get(term) ?? 0) + count);
    length += bag.length;
  }
  return { counts, length };
}
