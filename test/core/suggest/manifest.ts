import type { Manifest } from '../../../src/core/manifest/types.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';

type Doc = Record<string, any>;

export const pillar = (id: string, title: string, description: string): Doc => ({ id, title, description });

export const course = (id: string, title: string, extra: Doc = {}): Doc => ({ id, title, objectives: [], impactTags: [], ...extra });

export const tag = (id: string, label: string, pillarId: string, initiative = 'x'): Doc => ({
  id,
  label,
  pillar: pillarId,
  initiative,
  targetPeriod: 'Q3',
});

/** A valid manifest of these parts, or an error naming what is invalid. */
export function manifestOf(pillars: Doc[], courses: Doc[] = [], impactTags: Doc[] = [], pathways: Doc[] = []): Manifest {
  const result = validateManifest({ version: 1, organization: { name: 'Helio Grid' }, pillars, pathways, courses, impactTags });
  if (!result.ok) throw new Error(result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.manifest;
}
