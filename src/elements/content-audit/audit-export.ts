/**
 * "Export CSV": the audit's rows as shown (filtered and sorted), downloaded as a CSV file unless
 * the host cancels `pk-audit-export` to handle the file itself.
 */
import type { AuditResult, AuditRow } from '../../core/audit/audit.js';
import { auditCsv } from '../../core/audit/audit-csv.js';
import { emit } from '../../core/base/events/emit.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import { downloadCsv } from './download.js';
import './events/pk-audit-export.js';

export function exportAudit(element: HTMLElement & { readonly renderRoot: Node & ParentNode }, result: AuditResult, rows: readonly AuditRow[], catalog: Catalog): void {
  const csv = auditCsv(result, catalog, rows);
  const filename = `content-audit-${new Date().toISOString().slice(0, 10)}.csv`;
  if (!emit(element, 'pk-audit-export', { csv, filename, rows: rows.length }, { cancelable: true })) return;
  downloadCsv(csv, filename, element.renderRoot);
}
