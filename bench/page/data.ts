/** The data every scenario reads, made the same way on every run. */
import type { Manifest } from '../../src/core/manifest/types.js';
import { generateManifest } from '../generate-manifest.js';
import sample from '../../demo/manifest.json';

/** Scenarios 1–4: the large catalogue, with why framings for the catalogue page's banners. */
const LARGE = { pillars: 12, pathways: 600, courses: 10_000, why: true } as const;

/** Scenario 6: 260 weekly points of the four metrics, both cohorts, on a small catalogue. */
const CHART = { pillars: 3, pathways: 6, courses: 30, metricPeriods: 260 } as const;

export function largeManifest(): Manifest {
  return generateManifest(LARGE);
}

export function chartManifest(): Manifest {
  return generateManifest(CHART);
}

/** The sample manifest of the demo (Aurelis Energy & Infrastructure), as a fresh object. */
export function sampleManifest(): Manifest {
  return structuredClone(sample) as Manifest;
}
