/**
 * The content audit of the seed's implementation protocol: the most-used share of the catalogue
 * (20 % by default), each course flagged for what stops it from saying why it matters. Pure:
 * the element, the command line and any host compute the same result from the same manifest.
 */
import type { Catalog } from '../manifest/catalog.js';
import type { Course, Pillar } from '../manifest/types.js';
import { topShare } from './cut.js';
import { flagsOf, type AuditFlag } from './flags.js';
import { auditOptions, type AuditOptions } from './options.js';

export interface AuditRow {
  /** 1 for the most used; tied courses share a rank. */
  readonly rank: number;
  readonly course: Course;
  /** The usage figure the audit ranks by. */
  readonly usage: number;
  readonly pillar?: Pillar;
  /** Mandatory itself, or part of a mandatory pathway. */
  readonly mandatory: boolean;
  readonly flags: readonly AuditFlag[];
}

export interface AuditResult {
  readonly options: AuditOptions;
  /** The audited courses, most used first. */
  readonly rows: readonly AuditRow[];
  /** Courses with the usage figure, the count the share is taken of. */
  readonly measured: number;
  /** Courses without it, left out of the audit. */
  readonly unmeasured: number;
  /** The least usage inside the cut; undefined when no course was used. */
  readonly cutoff?: number;
}

/** Audits the catalogue's most-used courses; throws `config-invalid` for options out of range. */
export function auditContent(catalog: Catalog, given: Partial<AuditOptions> = {}): AuditResult {
  const options = auditOptions(given);
  const courses = catalog.manifest.courses;
  const usageOf = (course: Course) => course.usage?.[options.by];
  const measured = courses.filter((course) => usageOf(course) !== undefined).length;
  const rows = topShare(courses, usageOf, options.top / 100).map(({ item: course, rank, usage }): AuditRow => {
    const mandatory = course.mandatory === true || catalog.pathwaysWithCourse(course.id).some((pathway) => pathway.mandatory === true);
    return {
      rank,
      course,
      usage,
      pillar: catalog.pillarOfCourse(course.id),
      mandatory,
      flags: flagsOf(course, mandatory, options),
    };
  });
  return { options, rows, measured, unmeasured: courses.length - measured, cutoff: rows.at(-1)?.usage };
}
