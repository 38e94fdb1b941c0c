/** What `purpose-kit import catalogue` tells the user it did: columns read, courses added, updated and kept. */
import type { Catalogue } from '../core/catalogue/read.js';
import type { Merged, OwnedField } from '../core/catalogue/merge.js';
import { plural } from '../core/manifest/wording.js';

const SHOWN = 10;

/** At most ten ids, then how many more. */
const some = (ids: readonly string[]) => ids.slice(0, SHOWN).join(', ') + (ids.length > SHOWN ? `, … (${ids.length - SHOWN} more)` : '');

export function importReport(file: string, catalogue: Catalogue, merged: Merged, keep: ReadonlySet<OwnedField>): string[] {
  const { columns } = catalogue;
  const lines = [
    `${file}: ${plural(catalogue.courses.length, 'course')} read with the ${columns.preset} preset${columns.detected ? ' (detected from the header)' : ''}`,
    `  columns: ${[...columns.fields].map(([field, column]) => `${JSON.stringify(column)} → ${field}`).join(', ')}` +
      (columns.durationUnit === 'hours' ? ' (bare numbers in the duration are hours)' : ''),
  ];
  if (columns.ignored.length) lines.push(`  ignored columns: ${columns.ignored.map((name) => JSON.stringify(name)).join(', ')}`);
  if (catalogue.renamed.length) {
    const [from, to] = catalogue.renamed[0]!;
    lines.push(`  ${plural(catalogue.renamed.length, 'id')} changed to fit manifest ids (letters, digits, . _ : -), e.g. ${JSON.stringify(from)} → ${JSON.stringify(to)}`);
  }
  if (catalogue.shortened.length) lines.push(`  ${plural(catalogue.shortened.length, 'description')} cut to the manifest's 2,000 characters: ${some(catalogue.shortened)}`);
  lines.push(`added ${plural(merged.added.length, 'course')}, placed nowhere yet (no pillar, pathway, impact tag or why)${merged.added.length ? `: ${some(merged.added)}` : ''}`);
  if (merged.updated.length) {
    const fields = [...merged.changes].map(([field, count]) => `${field} ${count}`).join(', ');
    lines.push(`updated ${plural(merged.updated.length, 'course')} from the export (${fields}); their curation is kept`);
  }
  if (keep.size) lines.push(`  kept the manifest's ${[...keep].join(', ')} (--keep)`);
  if (merged.unchanged) lines.push(`${plural(merged.unchanged, 'course')} unchanged`);
  if (merged.missing.length) {
    lines.push(
      `kept ${plural(merged.missing.length, 'course')} that the export no longer has, with their curation: ${some(merged.missing)} ` +
        '(remove them from the manifest if they were retired)',
    );
  }
  return lines;
}
