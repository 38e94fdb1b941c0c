/**
 * A catalogue export merged into a manifest. The export owns what the LMS knows about a course:
 * its title, description, url, provider, duration, mandatory flag and usage (enrolments and
 * completions). Everything else is curation and is never touched: the pillar, impact tags, why
 * framing, objectives, xAPI id, ratings, active learners, and the pathways and endorsements that
 * name the course. A re-import updates the catalogue-owned fields from the export, except those
 * listed in `keep` and those the export leaves empty; courses that are no longer in the export are
 * kept (and reported), so curation is never dropped.
 */
import type { Course, Manifest } from '../manifest/types.js';
import type { Catalogue, CatalogueCourse } from './read.js';

export const OWNED_FIELDS = ['title', 'description', 'url', 'provider', 'durationMinutes', 'mandatory', 'enrollments', 'completions'] as const;
export type OwnedField = (typeof OWNED_FIELDS)[number];

export interface Merged {
  readonly manifest: Manifest;
  /** Courses new to the manifest, in the export's order. */
  readonly added: readonly string[];
  /** Courses the export changed, and how many courses had each field changed. */
  readonly updated: readonly string[];
  readonly changes: ReadonlyMap<OwnedField, number>;
  readonly unchanged: number;
  /** Courses of the manifest that the export no longer has: kept as they are. */
  readonly missing: readonly string[];
}

const USAGE_FIELDS = new Set<OwnedField>(['enrollments', 'completions']);

export function mergeCatalogue(base: Manifest, catalogue: Catalogue, keep: ReadonlySet<OwnedField> = new Set()): Merged {
  const exported = new Map(catalogue.courses.map((course) => [course.id, course]));
  const changes = new Map<OwnedField, number>();
  const updated: string[] = [];
  let unchanged = 0;
  const courses = base.courses.map((course) => {
    const source = exported.get(course.id);
    if (!source) return course;
    const { course: merged, changed } = update(course, source, keep);
    for (const field of changed) changes.set(field, (changes.get(field) ?? 0) + 1);
    if (changed.length) updated.push(course.id);
    else unchanged++;
    return merged;
  });
  const known = new Set(base.courses.map((course) => course.id));
  const added = catalogue.courses.filter((course) => !known.has(course.id));
  return {
    manifest: { ...base, courses: [...courses, ...added.map(newCourse)] },
    added: added.map((course) => course.id),
    updated,
    changes,
    unchanged,
    missing: base.courses.filter((course) => !exported.has(course.id)).map((course) => course.id),
  };
}

function update(course: Course, source: CatalogueCourse, keep: ReadonlySet<OwnedField>): { course: Course; changed: OwnedField[] } {
  const changed: OwnedField[] = [];
  const next: Record<string, unknown> = { ...course };
  const usage: Record<string, number | undefined> = { ...course.usage };
  for (const field of OWNED_FIELDS) {
    const value = source[field];
    if (value === undefined || keep.has(field)) continue;
    const target = USAGE_FIELDS.has(field) ? usage : next;
    if (target[field] === value) continue;
    target[field] = value;
    changed.push(field);
  }
  if (changed.some((field) => USAGE_FIELDS.has(field))) next.usage = usage;
  return { course: next as Course, changed };
}

/** A course placed nowhere yet: no pillar, pathway, impact tag or why. Keys in the schema's order. */
function newCourse(source: CatalogueCourse): Course {
  const { enrollments, completions } = source;
  const course: Course = {
    id: source.id,
    title: source.title,
    ...(source.description !== undefined && { description: source.description }),
    ...(source.url !== undefined && { url: source.url }),
    ...(source.provider !== undefined && { provider: source.provider }),
    ...(source.durationMinutes !== undefined && { durationMinutes: source.durationMinutes }),
    objectives: [],
    impactTags: [],
    ...(source.mandatory !== undefined && { mandatory: source.mandatory }),
  };
  if (enrollments !== undefined || completions !== undefined) {
    course.usage = { ...(enrollments !== undefined && { enrollments }), ...(completions !== undefined && { completions }) };
  }
  return course;
}

/** A manifest to import into when there is none yet: the organisation and one placeholder pillar. */
export function draftManifest(organization: string): Manifest {
  return {
    version: 1,
    organization: { name: organization },
    pillars: [
      {
        id: 'placeholder',
        title: 'Placeholder — replace with your strategic pillars',
        description:
          'Made by purpose-kit import catalogue because a manifest needs at least one pillar. Replace it with your strategic pillars; no course is placed on it.',
      },
    ],
    pathways: [],
    courses: [],
    impactTags: [],
  };
}
