/**
 * Lookups over a validated manifest, built once per manifest object: entries by id, what belongs
 * to what, and the year's imperatives. Elements read the manifest through this.
 */
import type { Course, Endorsement, ImpactTag, Manifest, Pathway, Pillar } from './types.js';

export interface Catalog {
  readonly manifest: Manifest;
  readonly pillars: ReadonlyMap<string, Pillar>;
  readonly pathways: ReadonlyMap<string, Pathway>;
  readonly courses: ReadonlyMap<string, Course>;
  readonly impactTags: ReadonlyMap<string, ImpactTag>;
  /** Pillars ranked as the year's imperatives, rank 1 first. */
  readonly imperatives: readonly Pillar[];
  /** The hero pathways of the imperative pillars, in rank order (then manifest order). */
  readonly heroPathways: readonly Pathway[];
  /** Pathways that advance a pillar, in manifest order. */
  pathwaysOfPillar(pillarId: string): readonly Pathway[];
  /** Pathways that include a course, in manifest order. */
  pathwaysWithCourse(courseId: string): readonly Pathway[];
  endorsementsOfCourse(courseId: string): readonly Endorsement[];
  /** The course's own pillar, else its first pathway's, else its first impact tag's. */
  pillarOfCourse(courseId: string): Pillar | undefined;
}

const catalogs = new WeakMap<Manifest, Catalog>();
const NONE: readonly never[] = Object.freeze([]);

export function catalogOf(manifest: Manifest): Catalog {
  let catalog = catalogs.get(manifest);
  if (!catalog) {
    catalog = new ManifestCatalog(manifest);
    catalogs.set(manifest, catalog);
  }
  return catalog;
}

class ManifestCatalog implements Catalog {
  readonly pillars: ReadonlyMap<string, Pillar>;
  readonly pathways: ReadonlyMap<string, Pathway>;
  readonly courses: ReadonlyMap<string, Course>;
  readonly impactTags: ReadonlyMap<string, ImpactTag>;
  readonly imperatives: readonly Pillar[];
  readonly heroPathways: readonly Pathway[];
  private readonly byPillar: ReadonlyMap<string, readonly Pathway[]>;
  private readonly byCourse: ReadonlyMap<string, readonly Pathway[]>;
  private readonly endorsements: ReadonlyMap<string, readonly Endorsement[]>;

  constructor(readonly manifest: Manifest) {
    this.pillars = byId(manifest.pillars);
    this.pathways = byId(manifest.pathways);
    this.courses = byId(manifest.courses);
    this.impactTags = byId(manifest.impactTags);
    this.byPillar = groupBy(manifest.pathways, (pathway) => [pathway.pillar]);
    this.byCourse = groupBy(manifest.pathways, (pathway) => pathway.courses);
    this.endorsements = groupBy(manifest.endorsements ?? [], (endorsement) => [endorsement.course]);
    this.imperatives = manifest.pillars
      .filter((pillar) => pillar.imperative !== undefined)
      .sort((a, b) => a.imperative! - b.imperative!);
    this.heroPathways = this.imperatives.flatMap((pillar) => this.pathwaysOfPillar(pillar.id).filter((pathway) => pathway.hero));
  }

  pathwaysOfPillar(pillarId: string): readonly Pathway[] {
    return this.byPillar.get(pillarId) ?? NONE;
  }

  pathwaysWithCourse(courseId: string): readonly Pathway[] {
    return this.byCourse.get(courseId) ?? NONE;
  }

  endorsementsOfCourse(courseId: string): readonly Endorsement[] {
    return this.endorsements.get(courseId) ?? NONE;
  }

  pillarOfCourse(courseId: string): Pillar | undefined {
    const course = this.courses.get(courseId);
    if (!course) return undefined;
    const [firstTag] = course.impactTags;
    const pillarId =
      course.pillar ??
      this.pathwaysWithCourse(courseId)[0]?.pillar ??
      (firstTag === undefined ? undefined : this.impactTags.get(firstTag)?.pillar);
    return pillarId === undefined ? undefined : this.pillars.get(pillarId);
  }
}

function byId<T extends { id: string }>(entries: readonly T[]): ReadonlyMap<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Groups entries under each key they name; an entry naming a key twice is listed once. */
function groupBy<T>(entries: readonly T[], keysOf: (entry: T) => readonly string[]): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}
