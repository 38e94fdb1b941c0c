/**
 * The audit of a manifest's catalogue as the element runs it: its result, or the error its
 * options cause, which the element shows as its error state instead of throwing into the page.
 */
import { auditContent, type AuditResult } from '../../core/audit/audit.js';
import type { AuditOptions } from '../../core/audit/options.js';
import { PkError } from '../../core/errors.js';
import type { Catalog } from '../../core/manifest/catalog.js';

export type Audit = { ok: true; result: AuditResult } | { ok: false; error: PkError };

export function runAudit(catalog: Catalog, options: AuditOptions): Audit {
  try {
    return { ok: true, result: auditContent(catalog, options) };
  } catch (error) {
    if (error instanceof PkError) return { ok: false, error };
    throw error;
  }
}
