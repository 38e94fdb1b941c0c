/**
 * `purpose-kit audit FILE [--csv | --json] [--by METRIC] [--top PERCENT]`: the content audit of
 * `<pk-content-audit>` from the command line. The most-used courses of a manifest (20 % by
 * enrollments unless told otherwise), each with what to fix: a table on stdout, or the element's
 * CSV, or JSON.
 */
import { auditContent, type AuditResult, type AuditRow } from '../core/audit/audit.js';
import { auditCsv } from '../core/audit/audit-csv.js';
import { DEFAULT_AUDIT_OPTIONS, USAGE_METRICS, type UsageMetric } from '../core/audit/options.js';
import { formatIssue } from '../core/errors.js';
import { catalogOf, type Catalog } from '../core/manifest/catalog.js';
import { validateManifest } from '../core/manifest/validate.js';
import { plural } from '../core/manifest/wording.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, readInput, usageError, type Command } from './command.js';
import { textTable } from './text-table.js';

type Output = 'table' | 'csv' | 'json';

interface Invocation {
  file: string;
  output: Output;
  by: UsageMetric;
  top: number;
}

export const auditCommand: Command = {
  usage: 'FILE [--csv | --json] [--by METRIC] [--top PERCENT]',
  summary: 'list the most-used courses and what each lacks (why framing, impact tags, ratings)',
  help: [
    '  --csv            print CSV (the same file <pk-content-audit> exports)',
    '  --json           print the audit as JSON: { file, by, top, …, rows }',
    `  --by METRIC      rank by ${USAGE_METRICS.join(', ')} (default ${DEFAULT_AUDIT_OPTIONS.by})`,
    `  --top PERCENT    audit this share of the courses, above 0 up to 100 (default ${DEFAULT_AUDIT_OPTIONS.top})`,
    'flags: no-why, no-impact-tag, mandatory-without-purpose, weak-relevance, weak-clarity (average below 3.5 from 5 ratings or more)',
    'exit code: 0 nothing to fix, 1 courses to fix or an invalid manifest, 2 misuse or unreadable file',
  ],

  async run(args, io) {
    const invocation = parse(args);
    if (typeof invocation === 'string') return usageError(io, 'audit', auditCommand, invocation);
    const { file, output } = invocation;

    const text = await readInput(io, file);
    if (text === undefined) return EXIT_USAGE;
    const validation = validateManifest(text);
    if (!validation.ok) {
      if (output === 'json') {
        io.stdout(JSON.stringify({ file, valid: false, errors: validation.errors, warnings: validation.warnings }, null, 2));
      } else {
        for (const issue of validation.errors) io.stderr(`error  ${formatIssue(issue)}`);
        io.stderr(`${file}: ${plural(validation.errors.length, 'error')}; the manifest must be valid to audit it (see purpose-kit validate)`);
      }
      return EXIT_PROBLEMS;
    }
    if (output !== 'json') for (const issue of validation.warnings) io.stderr(`warning  ${formatIssue(issue)}`);

    const catalog = catalogOf(validation.manifest);
    const result = auditContent(catalog, { by: invocation.by, top: invocation.top });
    if (output === 'csv') io.stdout(auditCsv(result, catalog).trimEnd());
    else if (output === 'json') io.stdout(JSON.stringify({ file, ...auditJson(result, catalog), warnings: validation.warnings }, null, 2));
    else printAuditTable(io.stdout, file, result);
    return result.rows.some((row) => row.flags.length > 0) ? EXIT_PROBLEMS : EXIT_OK;
  },
};

function parse(args: readonly string[]): Invocation | string {
  const invocation: Partial<Invocation> = { output: 'table', by: DEFAULT_AUDIT_OPTIONS.by, top: DEFAULT_AUDIT_OPTIONS.top };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--csv' || flag === '--json') {
      const output = flag.slice(2) as Output;
      if (invocation.output !== 'table' && invocation.output !== output) return '--csv and --json cannot be combined';
      invocation.output = output;
    } else if (flag === '--by') {
      const metric = value();
      if (!USAGE_METRICS.includes(metric as UsageMetric)) return `--by expects one of ${USAGE_METRICS.join(', ')}, got ${metric ?? 'nothing'}`;
      invocation.by = metric as UsageMetric;
    } else if (flag === '--top') {
      const text = value();
      const percent = Number(text);
      if (text === undefined || text.trim() === '' || !(percent > 0 && percent <= 100)) return `--top expects a percentage above 0 up to 100, got ${text ?? 'nothing'}`;
      invocation.top = percent;
    } else if (flag.startsWith('-')) {
      return `unknown option ${flag}`;
    } else {
      files.push(args[i]!);
    }
  }
  if (files.length !== 1) return files.length ? 'one FILE at a time' : 'missing FILE';
  return { ...invocation, file: files[0]! } as Invocation;
}

/** The audit as a text table and a summary line naming `file`. */
export function printAuditTable(print: (line: string) => void, file: string, result: AuditResult): void {
  const { by, top } = result.options;
  const header = ['rank', by, 'course', 'title', 'flags'];
  const rows = result.rows.map((row) => [String(row.rank), String(row.usage), row.course.id, row.course.title, row.flags.join(', ') || '-']);
  if (rows.length > 0) for (const line of textTable(header, rows, [0, 1])) print(line);
  const flagged = result.rows.filter((row) => row.flags.length > 0).length;
  const scope =
    result.cutoff === undefined
      ? `no course has ${by} figures`
      : `${result.rows.length} of ${plural(result.measured, 'course')} (${by} ${result.cutoff} or more)`;
  print(`${file}: top ${top}% by ${by}, ${scope}; ${flagged} to fix`);
}

/** The audit as plain data: ids and titles rather than the manifest's objects. */
function auditJson(result: AuditResult, catalog: Catalog) {
  const { by, top, weakBelow, minRatings } = result.options;
  return {
    by,
    top,
    weakBelow,
    minRatings,
    measured: result.measured,
    unmeasured: result.unmeasured,
    cutoff: result.cutoff ?? null,
    rows: result.rows.map((row: AuditRow) => ({
      rank: row.rank,
      course: row.course.id,
      title: row.course.title,
      provider: row.course.provider ?? null,
      pillar: row.pillar?.id ?? null,
      usage: row.usage,
      mandatory: row.mandatory,
      why: row.course.why !== undefined,
      impactTags: row.course.impactTags.map((id) => ({ id, label: catalog.impactTags.get(id)!.label })),
      ratings: row.course.ratings ?? null,
      flags: row.flags,
    })),
  };
}
