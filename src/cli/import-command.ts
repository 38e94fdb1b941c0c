/**
 * `purpose-kit import catalogue FILE.csv|FILE.json (--into MANIFEST | --organization NAME) [--out FILE]
 * [--preset NAME] [--map COLUMN=FIELD,…] [--format csv|json] [--keep FIELD,…]`: a course catalogue
 * as an LMS exports it, merged into a manifest (`core/catalogue`), then the audit of the result so
 * the user sees what is missing. The manifest goes to `--out` (the report to stdout) or to stdout
 * (the report to stderr, so the JSON can be piped). Nothing is written when anything is wrong.
 */
import { auditContent } from '../core/audit/audit.js';
import { CATALOGUE_FIELDS, PRESETS, type Preset } from '../core/catalogue/columns.js';
import { draftManifest, mergeCatalogue, OWNED_FIELDS, type OwnedField } from '../core/catalogue/merge.js';
import { readCatalogue } from '../core/catalogue/read.js';
import { formatIssue } from '../core/errors.js';
import { catalogOf } from '../core/manifest/catalog.js';
import { validateManifest } from '../core/manifest/validate.js';
import { InputError } from '../core/tabular/input-error.js';
import { formatOf, type TableFormat } from '../core/tabular/table.js';
import { printAuditTable } from './audit-command.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, readInput, usageError, type Command } from './command.js';
import { importReport } from './import-report.js';

interface Invocation {
  file: string;
  into?: string;
  organization?: string;
  out?: string;
  preset?: Preset;
  map?: string;
  format?: TableFormat;
  keep: Set<OwnedField>;
}

export const importCommand: Command = {
  usage: 'catalogue FILE.csv|FILE.json (--into MANIFEST | --organization NAME) [--out FILE] [--preset NAME] [--map COLUMN=FIELD,…] [--keep FIELD,…]',
  summary: "turn an LMS's course catalogue export into manifest courses, or update them from a newer export",
  help: [
    '  --into MANIFEST       merge into this manifest (organization and pillars at least); courses already in it keep their curation',
    '  --organization NAME   no manifest yet: start a draft for NAME with one placeholder pillar to replace',
    '  --out FILE            write the manifest there (it may be the --into file); without it the manifest goes to stdout, the report to stderr',
    `  --preset NAME         the LMS the export comes from: ${PRESETS.join(', ')} (default: detected from the header)`,
    `  --map COLUMN=FIELD,…  read a column as a field: ${CATALOGUE_FIELDS.join(', ')}`,
    '  --format csv|json     default: from the file name (.json, .jsonl, .ndjson are JSON)',
    `  --keep FIELD,…        on a re-import, keep the manifest's value of these catalogue-owned fields: ${OWNED_FIELDS.join(', ')}`,
    'catalogue-owned (follow the export unless --keep or the cell is empty): title, description, url, provider, duration, mandatory, enrolments, completions;',
    'curation (never touched): pillar, impact tags, why, objectives, pathways, endorsements; courses gone from the export are kept and listed',
    'exit code: 0 imported, 1 the --into manifest is invalid, 2 misuse or a file that cannot be read (the message names the row and column)',
  ],

  async run(args, io) {
    const invocation = parse(args);
    if (typeof invocation === 'string') return usageError(io, 'import', importCommand, invocation);
    const { file, into, out } = invocation;

    let base = invocation.organization === undefined ? undefined : draftManifest(invocation.organization);
    if (into !== undefined) {
      const text = await readInput(io, into);
      if (text === undefined) return EXIT_USAGE;
      const validation = validateManifest(text);
      if (!validation.ok) {
        for (const issue of validation.errors) io.stderr(`error  ${formatIssue(issue)}`);
        io.stderr(`${into}: the manifest to import into has ${validation.errors.length} error(s); fix it first (purpose-kit validate ${into})`);
        return EXIT_PROBLEMS;
      }
      for (const issue of validation.warnings) io.stderr(`warning  ${into}: ${formatIssue(issue)} (it will not be in the output)`);
      base = validation.manifest;
    }

    let bytes: Uint8Array;
    try {
      bytes = await io.readBytes(file);
    } catch (error) {
      io.stderr(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_USAGE;
    }
    let catalogue;
    try {
      catalogue = await readCatalogue([bytes], { format: invocation.format ?? formatOf(file), preset: invocation.preset, map: invocation.map });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`${file}: ${error.message}`);
      io.stderr('nothing was written');
      return EXIT_USAGE;
    }

    const merged = mergeCatalogue(base!, catalogue, invocation.keep);
    const result = validateManifest(merged.manifest);
    if (!result.ok) {
      // The export's values are checked against the manifest's limits as they are read; this is the safety net.
      for (const issue of result.errors) io.stderr(`error  ${formatIssue(issue)}`);
      io.stderr(`${file}: the merged manifest would not be valid; nothing was written`);
      return EXIT_PROBLEMS;
    }
    const json = `${JSON.stringify(merged.manifest, null, 2)}\n`;
    const say = out === undefined ? io.stderr : io.stdout;
    if (out === undefined) io.stdout(json.trimEnd());
    else {
      try {
        await io.writeFile(out, json);
      } catch (error) {
        io.stderr(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
        return EXIT_USAGE;
      }
    }
    for (const line of importReport(file, catalogue, merged, invocation.keep)) say(line);
    if (out !== undefined) say(`wrote ${out}: ${merged.manifest.courses.length} courses`);
    const catalog = catalogOf(result.manifest);
    printAuditTable(say, out ?? 'the manifest', auditContent(catalog));
    const unplaced = result.manifest.courses.filter((course) => !catalog.pillarOfCourse(course.id)).length;
    say(`${unplaced} of ${result.manifest.courses.length} courses are placed nowhere yet (no pillar, pathway or impact tag)`);
    return EXIT_OK;
  },
};

const VALUE_FLAGS = new Set(['--into', '--organization', '--out', '--map', '--preset', '--format', '--keep']);

function parse(args: readonly string[]): Invocation | string {
  const [what, ...rest] = args;
  if (what !== 'catalogue') return what === undefined ? 'missing what to import: catalogue' : `unknown import "${what}": only "catalogue"`;
  const invocation: Partial<Invocation> = { keep: new Set() };
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value.trim() === '') return `${flag} expects a value`;
      const problem = setOption(invocation, flag, value);
      if (problem) return problem;
    } else if (flag.startsWith('-')) return `unknown option ${flag}`;
    else files.push(rest[i]!);
  }
  if (files.length !== 1) return files.length ? 'one FILE at a time' : 'missing FILE (the catalogue export, .csv or .json)';
  if (invocation.into !== undefined && invocation.organization !== undefined) return 'give --into or --organization, not both';
  if (invocation.into === undefined && invocation.organization === undefined) {
    return 'no manifest to import into: give --into MANIFEST (an existing manifest with your organization and pillars) or --organization NAME (a draft with one placeholder pillar to replace)';
  }
  return { ...invocation, file: files[0]! } as Invocation;
}

/** Sets the option `flag` to `value`; a sentence when the value is not one it takes. */
function setOption(invocation: Partial<Invocation>, flag: string, value: string): string | undefined {
  if (flag === '--into') invocation.into = value;
  else if (flag === '--organization') invocation.organization = value.trim();
  else if (flag === '--out') invocation.out = value;
  else if (flag === '--map') invocation.map = value;
  else if (flag === '--preset') {
    const preset = value.trim().toLowerCase();
    if (!(PRESETS as readonly string[]).includes(preset)) return `--preset expects one of ${PRESETS.join(', ')}, got ${value}`;
    invocation.preset = preset as Preset;
  } else if (flag === '--format') {
    if (value !== 'csv' && value !== 'json') return `--format expects csv or json, got ${value}`;
    invocation.format = value;
  } else {
    for (const field of value.split(',').map((name) => name.trim())) {
      if (!(OWNED_FIELDS as readonly string[]).includes(field)) return `--keep expects catalogue-owned fields (${OWNED_FIELDS.join(', ')}), got ${field}`;
      invocation.keep!.add(field as OwnedField);
    }
  }
  return undefined;
}
