/**
 * Ten courses with usage figures (and one without): the top 20 % by enrollments are `privacy`
 * (mandatory through its pathway, no why, weak relevance) and `excel` (no impact tag, weak
 * clarity); by completions `markup` joins them in a tie.
 */
type Doc = Record<string, any>;

const course = (id: string, title: string, enrollments: number, completions: number, extra: Doc = {}): Doc => ({
  id,
  title,
  pillar: 'energy',
  objectives: [],
  impactTags: ['grid'],
  why: { statement: `Why ${title} matters.` },
  usage: { enrollments, completions },
  ratings: { relevance: 4.4, clarity: 4.2, count: 30 },
  ...extra,
});

export function auditManifest(): Doc {
  return {
    version: 1,
    organization: { name: 'Helio Grid' },
    pillars: [
      { id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.', imperative: 1 },
      { id: 'energy', title: 'Sustainable Energy', description: 'Lead the transition.' },
    ],
    pathways: [{ id: 'compliance', title: 'Compliance', pillar: 'trust', department: 'Legal', courses: ['privacy'], mandatory: true }],
    courses: [
      course('privacy', 'Data Privacy Essentials', 4000, 3000, {
        pillar: undefined,
        url: 'https://lms.example.com/privacy',
        provider: 'Ostara',
        why: undefined,
        ratings: { relevance: 3.1, clarity: 4.2, count: 900 },
      }),
      course('excel', 'Excel for Finance', 1800, 1000, { impactTags: [], ratings: { relevance: 3.6, clarity: 2.9, count: 600 } }),
      course('markup', '<b>Bold</b> course', 300, 1000),
      ...Array.from({ length: 7 }, (_, index) => course(`c${index}`, `Course ${index}`, 100 + index, 50)),
      { id: 'new', title: 'Brand new', objectives: [], impactTags: [] },
    ],
    impactTags: [{ id: 'grid', label: 'Speeds Up Grid Connections', pillar: 'energy', initiative: 'Grid', targetPeriod: 'Q2' }],
  };
}

/** The manifest with only some of its courses (and no pathway, which needs `privacy`). */
export function withCourses(pick: (courses: Doc[]) => Doc[]): Doc {
  const manifest = auditManifest();
  return { ...manifest, pathways: [], courses: pick(manifest.courses) };
}
