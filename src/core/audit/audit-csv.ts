/**
 * The audit as CSV, the same from the element's export and from `purpose-kit audit --csv`.
 * Column names and flag codes are stable English identifiers, so a spreadsheet or a script built
 * on them keeps working whatever language the page speaks.
 */
import type { Catalog } from '../manifest/catalog.js';
import type { AuditResult, AuditRow } from './audit.js';
import { toCsv } from './csv.js';

/** Between the values of one cell that holds a list (impact tags, flags). */
const LIST_SEPARATOR = '; ';

/** `rows` of the audit (all of them unless given, e.g. filtered), one line each after a header. */
export function auditCsv(result: AuditResult, catalog: Catalog, rows: readonly AuditRow[] = result.rows): string {
  const header = ['rank', 'course', 'title', 'provider', 'pillar', result.options.by, 'mandatory', 'why', 'impactTags', 'relevance', 'clarity', 'ratings', 'flags'];
  return toCsv([
    header,
    ...rows.map(({ rank, course, usage, pillar, mandatory, flags }) => [
      rank,
      course.id,
      course.title,
      course.provider,
      pillar?.title,
      usage,
      mandatory ? 'yes' : 'no',
      course.why ? 'yes' : 'no',
      course.impactTags.map((id) => catalog.impactTags.get(id)?.label ?? id).join(LIST_SEPARATOR),
      course.ratings?.relevance,
      course.ratings?.clarity,
      course.ratings?.count,
      flags.join(LIST_SEPARATOR),
    ]),
  ]);
}
