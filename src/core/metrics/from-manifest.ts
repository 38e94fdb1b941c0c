import type { Manifest, Metrics } from '../manifest/types.js';
import type { DividendData, SkillCatalogue } from './types.js';

/**
 * The chart's data from a manifest's `metrics` section. Without `periods`, periods are numbered
 * from 1 as far as the longest series reaches.
 */
export function dividendData(metrics: Metrics): DividendData {
  const series = metrics.series ?? {};
  const lengths = Object.values(series).flatMap((cohorts) => (cohorts ? [cohorts.aligned.length, cohorts.baseline.length] : []));
  const lens = metrics.sustainability;
  if (lens) lengths.push(lens.futureProof?.organization.length ?? 0, lens.breadth?.organization.length ?? 0, lens.wellbeing?.length ?? 0, lens.retention?.aligned.length ?? 0);
  const periods = metrics.periods ?? Array.from({ length: Math.max(0, ...lengths) }, (_, i) => String(i + 1));
  const data: DividendData = metrics.cost ? { periods, series, cost: metrics.cost } : { periods, series };
  if (lens) data.sustainability = lens;
  return data;
}

/** What the Human Sustainability metrics read of a manifest: each course's skills, and which are transferable. */
export function skillCatalogue(manifest: Pick<Manifest, 'courses' | 'skills'>): SkillCatalogue {
  return {
    courses: manifest.courses.map((course) => ({ id: course.id, skills: course.skills ?? [] })),
    transferable: (manifest.skills ?? []).flatMap((skill) => (skill.transferable ? [skill.id] : [])),
  };
}
