/** The audit table's columns and its filters, as pure data over audit rows. */
import type { AuditRow } from '../../core/audit/audit.js';
import { AUDIT_FLAGS, type AuditFlag } from '../../core/audit/flags.js';
import type { Column } from '../../core/base/table/sortable-table.js';

export type AuditColumn = 'rank' | 'course' | 'pillar' | 'usage' | 'relevance' | 'clarity' | 'flags';

/** `all` audited courses, `any` flag, `none`, or one flag. */
export type FlagFilter = 'all' | 'any' | 'none' | AuditFlag;

export const FLAG_FILTERS: readonly FlagFilter[] = ['all', 'any', 'none', ...AUDIT_FLAGS];

export function auditColumns(label: (column: AuditColumn) => string): Column<AuditRow, AuditColumn>[] {
  const column = (key: AuditColumn, sortValue: Column<AuditRow, AuditColumn>['sortValue'], extra: Partial<Column<AuditRow, AuditColumn>> = {}) => ({
    key,
    label: label(key),
    sortValue,
    ...extra,
  });
  return [
    column('rank', (row) => row.rank, { numeric: true }),
    column('course', (row) => row.course.title),
    column('pillar', (row) => row.pillar?.title),
    column('usage', (row) => row.usage, { numeric: true, first: 'descending' }),
    column('relevance', (row) => row.course.ratings?.relevance, { numeric: true }),
    column('clarity', (row) => row.course.ratings?.clarity, { numeric: true }),
    column('flags', (row) => row.flags.length, { first: 'descending' }),
  ];
}

/** The rows that pass both filters; `pillar` is a pillar id, or '' for every pillar. */
export function filterRows(rows: readonly AuditRow[], flag: FlagFilter, pillar: string): AuditRow[] {
  return rows.filter((row) => {
    if (pillar !== '' && row.pillar?.id !== pillar) return false;
    switch (flag) {
      case 'all':
        return true;
      case 'any':
        return row.flags.length > 0;
      case 'none':
        return row.flags.length === 0;
      default:
        return row.flags.includes(flag);
    }
  });
}
