import { catalogOf, type Catalog } from '../../../src/core/manifest/catalog.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';

type Doc = Record<string, any>;

/** A course with usage, to be given what a test needs. */
export const course = (id: string, enrollments: number | undefined, extra: Doc = {}): Doc => ({
  id,
  title: `Course ${id}`,
  objectives: [],
  impactTags: ['tag'],
  why: { statement: `Why ${id} matters.` },
  ...(enrollments !== undefined && { usage: { enrollments, completions: Math.floor(enrollments / 2) } }),
  ...extra,
});

/** The catalog of a valid manifest holding `courses` (and `pathways`), or an error when it is invalid. */
export function catalogWith(courses: Doc[], pathways: Doc[] = []): Catalog {
  const result = validateManifest({
    version: 1,
    organization: { name: 'Helio Grid' },
    pillars: [{ id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.' }],
    pathways,
    courses,
    impactTags: [{ id: 'tag', label: 'Protects Q3 Renewals', pillar: 'trust', initiative: 'Renewals', targetPeriod: 'Q3' }],
  });
  if (!result.ok) throw new Error(result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return catalogOf(result.manifest);
}
