/**
 * The fields a course catalogue import reads, and which column of an LMS export holds each. A
 * preset lists the column names one LMS's exports use; every preset also accepts the generic names
 * (`id`, `title`, `enrolments`, …), and `--map column=field` names any column. Names match without
 * regard to case and surrounding spaces. Without `--preset`, the preset whose own names cover the
 * most fields of the header (holding an id and a title) is taken.
 */
import { InputError } from '../tabular/input-error.js';
import { parseColumnMap } from '../tabular/table.js';
import type { DurationUnit } from './values.js';

export const CATALOGUE_FIELDS = [
  'id',
  'title',
  'description',
  'provider',
  'duration',
  'duration_hours',
  'url',
  'mandatory',
  'enrolments',
  'completions',
] as const;
export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];
const REQUIRED: readonly CatalogueField[] = ['id', 'title'];

export const PRESETS = ['generic', 'moodle', 'canvas', 'successfactors', 'cornerstone'] as const;
export type Preset = (typeof PRESETS)[number];

type Names = Partial<Record<CatalogueField, readonly string[]>>;

const GENERIC: Names = {
  id: ['id', 'course_id', 'course id', 'course code', 'code'],
  title: ['title', 'name', 'course title', 'course name'],
  description: ['description', 'summary'],
  provider: ['provider', 'vendor'],
  duration: ['duration', 'duration_minutes', 'duration (minutes)', 'minutes'],
  duration_hours: ['duration_hours', 'duration (hours)', 'hours'],
  url: ['url', 'link', 'course url'],
  mandatory: ['mandatory', 'required'],
  enrolments: ['enrolments', 'enrollments', 'enrolled', 'enrolled users', 'registrations'],
  completions: ['completions', 'completed'],
};

/** Each LMS's own column names (see docs/catalogue.md for where they come from). */
const OWN: Readonly<Record<Exclude<Preset, 'generic'>, Names>> = {
  // The course upload/download CSV (admin/tool/uploadcourse) and the report builder's course columns;
  // neither has usage, which comes through the generic names.
  moodle: {
    id: ['shortname', 'course short name'],
    title: ['fullname', 'course full name'],
    description: ['summary', 'course summary'],
  },
  // The SIS / provisioning courses.csv and the Courses API's fields.
  canvas: {
    id: ['course_id', 'sis_course_id', 'canvas_course_id'],
    title: ['long_name', 'name'],
    description: ['public_description'],
    enrolments: ['total_students'],
  },
  // SuccessFactors Learning's item fields (Total Length is in hours).
  successfactors: {
    id: ['item id', 'item_id'],
    title: ['item title', 'title'],
    description: ['item description', 'description'],
    provider: ['source', 'vendor', 'item source'],
    duration_hours: ['total length', 'total_length', 'contact hours'],
    mandatory: ['required'],
    enrolments: ['registrations', 'enrollments'],
    completions: ['completions'],
  },
  // Cornerstone's learning object ("LO") report fields.
  cornerstone: {
    id: ['lo object id', 'lo id', 'training id'],
    title: ['lo title', 'training title'],
    description: ['lo description', 'training description'],
    provider: ['lo provider', 'training provider'],
    duration: ['lo duration', 'training duration'],
    mandatory: ['lo required', 'required'],
    enrolments: ['registrations', 'total registrations'],
    completions: ['completions', 'total completions'],
  },
};

export interface Columns {
  readonly preset: Preset;
  /** True when the preset was chosen from the header rather than given. */
  readonly detected: boolean;
  /** The column each field is read from. */
  readonly fields: ReadonlyMap<CatalogueField, string>;
  /** How a bare number in the duration column is read: hours when the column says so. */
  readonly durationUnit: DurationUnit;
  /** Columns of the file no field reads. */
  readonly ignored: readonly string[];
}

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The columns of `header` to read, by `--preset` (else detected) and `--map`; an `InputError` when id or title has none. */
export function catalogueColumns(header: readonly string[], given: { preset?: Preset; map?: string } = {}): Columns {
  const mapped = given.map ? parseColumnMap(given.map, CATALOGUE_FIELDS) : new Map<string, CatalogueField>();
  for (const column of mapped.keys()) {
    if (!header.some((name) => key(name) === key(column))) {
      throw new InputError(`--map names the column ${JSON.stringify(column)}, which the file does not have (it has ${listed(header)})`, 0);
    }
  }
  const candidates = given.preset ? [given.preset] : PRESETS;
  const resolved = candidates.map((preset) => resolve(header, preset, mapped));
  const usable = resolved.filter((columns) => REQUIRED.every((field) => columns.fields.has(field)));
  const best = usable.sort((a, b) => b.own - a.own || b.fields.size - a.fields.size)[0];
  if (!best) throw missing(header, resolved[0]!, given.preset);
  const fields = new Map(best.fields);
  if (fields.has('duration')) fields.delete('duration_hours');
  const used = new Set(fields.values());
  const durationColumn = fields.get('duration');
  const durationUnit: DurationUnit = fields.has('duration_hours') || (durationColumn !== undefined && saysHours(durationColumn)) ? 'hours' : 'minutes';
  return { preset: best.preset, detected: !given.preset, fields, durationUnit, ignored: header.filter((name) => !used.has(name)) };
}

function resolve(header: readonly string[], preset: Preset, mapped: ReadonlyMap<string, CatalogueField>) {
  const fields = new Map<CatalogueField, string>();
  const taken = new Set<string>();
  for (const [column, field] of mapped) {
    const name = header.find((candidate) => key(candidate) === key(column))!;
    fields.set(field, name);
    taken.add(name);
  }
  let own = 0;
  const names = (field: CatalogueField) => [...(preset === 'generic' ? [] : (OWN[preset][field] ?? [])), ...(GENERIC[field] ?? [])];
  for (const field of CATALOGUE_FIELDS) {
    if (fields.has(field)) continue;
    for (const candidate of names(field)) {
      const name = header.find((column) => !taken.has(column) && key(column) === candidate);
      if (name === undefined) continue;
      fields.set(field, name);
      taken.add(name);
      if (preset === 'generic' || OWN[preset][field]?.includes(candidate)) own++;
      break;
    }
  }
  return { preset, fields, own };
}

function saysHours(column: string): boolean {
  return /\b(?:hours?|hrs?|h|stunden|std)\b/i.test(column);
}

function missing(header: readonly string[], columns: ReturnType<typeof resolve>, preset: Preset | undefined): InputError {
  const absent = REQUIRED.filter((field) => !columns.fields.has(field));
  const expected = absent.map((field) => {
    const names = [...(preset && preset !== 'generic' ? (OWN[preset][field] ?? []) : []), ...(GENERIC[field] ?? [])];
    return `${field} (${names.map((name) => JSON.stringify(name)).join(', ')})`;
  });
  return new InputError(
    `no column for ${expected.join(' or ')}${preset ? ` in the ${preset} preset` : ' in any preset'}; the file has ${listed(header)}. ` +
      `Name the columns with --map, e.g. --map "${header[0] ?? 'Course ID'}=${absent[0]}"`,
    0,
  );
}

function listed(header: readonly string[]): string {
  return header.length ? header.map((name) => JSON.stringify(name)).join(', ') : 'no columns';
}
