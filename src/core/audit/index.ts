export { auditContent, type AuditResult, type AuditRow } from './audit.js';
export { auditCsv } from './audit-csv.js';
export { csvCell, toCsv, type CsvCell } from './csv.js';
export { topShare, type Ranked } from './cut.js';
export { AUDIT_FLAGS, flagsOf, hasRatings, type AuditFlag } from './flags.js';
export { auditOptions, DEFAULT_AUDIT_OPTIONS, USAGE_METRICS, type AuditOptions, type UsageMetric } from './options.js';
