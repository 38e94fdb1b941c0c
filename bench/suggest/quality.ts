/**
 * How good the placement suggestions are (`src/core/suggest`), measured on the repository's sample
 * manifests by leave-one-out: for each course placed on a pillar, its pillar is hidden — the course
 * is ranked by its title, description and objectives with its own words (title, description,
 * objectives, why) taken out of every pillar and impact tag document — and the rank of its true
 * pillar is noted. Reported: the share of courses whose true pillar is the top suggestion and in
 * the top 2, against two baselines: chance (1 / pillars, 2 / pillars) and always suggesting the most
 * frequent pillars (counted without the course itself, ties broken at random: its expected hits). For impact tags: the share of tagged
 * courses whose top suggested tag is one of their own.
 *
 * Run by bench/lib/suggest.mjs (`node --import tsx bench/suggest/quality.ts`); prints JSON.
 */
import { readFileSync } from 'node:fs';
import { catalogOf } from '../../src/core/manifest/catalog.js';
import type { Manifest } from '../../src/core/manifest/types.js';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { suggestionIndex } from '../../src/core/suggest/index.js';

export const SAMPLES = ['demo/manifest.json', 'test/fixtures/manifests/rich.json'] as const;

export interface Quality {
  manifest: string;
  pillars: number;
  /** Courses placed on a pillar: the ones measured. */
  courses: number;
  top1: number;
  top2: number;
  /** 1 / pillars and 2 / pillars. */
  chance1: number;
  chance2: number;
  /** Suggesting the pillars most courses are on (leaving the course out of the count). */
  frequent1: number;
  frequent2: number;
  /** Courses with at least one impact tag, and the share whose top suggested tag is theirs. */
  taggedCourses: number;
  tagTop1: number;
  impactTags: number;
}

export function suggestionQuality(name: string, manifest: Manifest): Quality {
  const catalog = catalogOf(manifest);
  const index = suggestionIndex(manifest);
  const placed = manifest.courses.flatMap((course) => {
    const pillar = catalog.pillarOfCourse(course.id)?.id;
    return pillar === undefined ? [] : [{ course, pillar }];
  });
  const counts = new Map<string, number>();
  for (const { pillar } of placed) counts.set(pillar, (counts.get(pillar) ?? 0) + 1);
  let top1 = 0;
  let top2 = 0;
  let frequent1 = 0;
  let frequent2 = 0;
  let tagged = 0;
  let tagTop1 = 0;
  const order = manifest.pillars.map((pillar) => pillar.id);
  for (const { course, pillar } of placed) {
    const text = { id: course.id, title: course.title, description: course.description, objectives: course.objectives };
    const suggested = index.forCourse(text, { limit: manifest.pillars.length + manifest.impactTags.length });
    const ranked = suggested.pillars.map((suggestion) => suggestion.id);
    if (ranked[0] === pillar) top1++;
    if (ranked.slice(0, 2).includes(pillar)) top2++;
    // The baseline may not know this course's pillar either: it counts the other courses.
    const others = (id: string) => (counts.get(id) ?? 0) - (id === pillar ? 1 : 0);
    frequent1 += frequentHit(order.map(others), others(pillar), 1);
    frequent2 += frequentHit(order.map(others), others(pillar), 2);
    if (course.impactTags.length > 0) {
      tagged++;
      if (course.impactTags.includes(suggested.impactTags[0]?.id ?? '')) tagTop1++;
    }
  }
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  const pillars = manifest.pillars.length;
  return {
    manifest: name,
    pillars,
    courses: placed.length,
    top1: share(top1, placed.length),
    top2: share(top2, placed.length),
    chance1: 1 / pillars,
    chance2: Math.min(2, pillars) / pillars,
    frequent1: share(frequent1, placed.length),
    frequent2: share(frequent2, placed.length),
    taggedCourses: tagged,
    tagTop1: share(tagTop1, tagged),
    impactTags: manifest.impactTags.length,
  };
}

/**
 * The chance that suggesting the `k` pillars with the most courses hits a pillar with `count`
 * courses, ties broken at random: 1 when fewer than `k` pillars have more or as many, else the
 * share of the tied places left.
 */
function frequentHit(counts: readonly number[], count: number, k: number): number {
  const more = counts.filter((other) => other > count).length;
  const tied = counts.filter((other) => other === count).length;
  return more >= k ? 0 : Math.min(1, (k - more) / tied);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\/bench\//, '/bench/'))) {
  const root = new URL('../../', import.meta.url);
  const results = SAMPLES.map((path) => {
    const validation = validateManifest(readFileSync(new URL(path, root), 'utf8'));
    if (!validation.ok) throw new Error(`${path} is not a valid manifest`);
    return suggestionQuality(path, validation.manifest);
  });
  console.log(JSON.stringify(results));
}
