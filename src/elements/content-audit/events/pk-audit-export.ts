/**
 * Detail of `pk-audit-export`: the user asked for the audit as CSV. Cancel it to handle the file
 * yourself (send it to a server, say); otherwise the browser downloads it.
 */
export interface PkAuditExportDetail {
  /** The CSV document: the rows shown, in the order shown. */
  csv: string;
  /** The name the download gets, e.g. `content-audit-2026-06-30.csv`. */
  filename: string;
  /** How many courses it lists. */
  rows: number;
}

export type PkAuditExportEvent = CustomEvent<PkAuditExportDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-audit-export': PkAuditExportEvent;
  }
}
