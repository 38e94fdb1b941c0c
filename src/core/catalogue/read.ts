/**
 * A course catalogue as an LMS exports it (CSV or JSON, see `../tabular/table.ts`) read into
 * checked courses: every value within the manifest's limits, every problem an `InputError` naming
 * the row and the column, ids unique.
 */
import { isAllowedUrl } from '../manifest/fields.js';
import * as limit from '../manifest/limits.js';
import { InputError } from '../tabular/input-error.js';
import { tableRows, type TableFormat, type TableRow } from '../tabular/table.js';
import { catalogueColumns, type CatalogueField, type Columns, type Preset } from './columns.js';
import { plainText, readCount, readDuration, readFlag } from './values.js';

/** One course of the export, with only the fields it gives. */
export interface CatalogueCourse {
  /** The data row it came from (1 for the first after the header). */
  readonly row: number;
  /** The manifest id: the export's id, with characters an id cannot hold replaced by "-". */
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly provider?: string;
  readonly durationMinutes?: number;
  readonly url?: string;
  readonly mandatory?: boolean;
  readonly enrollments?: number;
  readonly completions?: number;
}

export interface Catalogue {
  readonly columns: Columns;
  readonly courses: readonly CatalogueCourse[];
  /** Export ids changed to fit the manifest's id rule: [as exported, as imported]. */
  readonly renamed: readonly (readonly [string, string])[];
  /** Ids of courses whose description was cut to the manifest's paragraph limit. */
  readonly shortened: readonly string[];
}

export interface CatalogueOptions {
  format: TableFormat;
  preset?: Preset;
  map?: string;
}

/**
 * The courses of the export. The columns are resolved once the whole table is read: a CSV file's
 * header, or every key any JSON object has (exports leave out empty fields).
 */
export async function readCatalogue(bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: CatalogueOptions): Promise<Catalogue> {
  const names = new Set<string>();
  const rows: TableRow[] = [];
  for await (const batch of tableRows(bytes, options.format, (header) => header.forEach((name) => names.add(name)))) {
    for (const row of batch) {
      rows.push(row);
      if (options.format === 'json') for (const name of row.cells.keys()) names.add(name);
    }
  }
  const columns = catalogueColumns([...names], options);
  const courses: CatalogueCourse[] = [];
  const renamed: [string, string][] = [];
  const shortened: string[] = [];
  const rowOfId = new Map<string, number>();
  for (const { row, cells } of rows) {
    const cell = new Cell(row, cells, columns);
    const exported = cell.required('id');
    const id = manifestId(exported);
    if (id === undefined) cell.fail('id', `cannot be made a manifest id (letters, digits, . _ : -): ${JSON.stringify(exported)}`);
    if (id !== exported) renamed.push([exported, id!]);
    const earlier = rowOfId.get(id!);
    if (earlier !== undefined) cell.fail('id', `${JSON.stringify(exported)} is already the id of row ${earlier}`);
    rowOfId.set(id!, row);
    const description = cell.read('description', (text) => plainText(text) || undefined);
    if (description !== undefined && description.length > limit.MAX_PARAGRAPH_LENGTH) shortened.push(id!);
    courses.push(
      withoutUndefined({
        row,
        id: id!,
        title: cell.text('title', limit.MAX_COURSE_TITLE_LENGTH, true)!,
        description: description && shorten(description, limit.MAX_PARAGRAPH_LENGTH),
        provider: cell.text('provider', limit.MAX_NAME_LENGTH),
        durationMinutes: cell.read(columns.fields.has('duration') ? 'duration' : 'duration_hours', (text) => {
          const minutes = readDuration(text, columns.durationUnit);
          if (minutes !== undefined && minutes > limit.MAX_DURATION_MINUTES) throw new InputError(`${minutes} minutes is more than the manifest allows (${limit.MAX_DURATION_MINUTES})`);
          return minutes;
        }),
        url: cell.read('url', (text) => {
          const url = text.trim() || undefined;
          if (url !== undefined && (url.length > limit.MAX_URL_LENGTH || !isAllowedUrl(url))) {
            throw new InputError(`expected an http:, https: or mailto: URL (or a relative one), at most ${limit.MAX_URL_LENGTH} characters, got ${JSON.stringify(url.slice(0, 80))}`);
          }
          return url;
        }),
        mandatory: cell.read('mandatory', readFlag),
        enrollments: cell.read('enrolments', readCount),
        completions: cell.read('completions', readCount),
      }),
    );
  }
  return { columns, courses, renamed, shortened };
}

/** The cells of one row, read by field, each problem naming the row and the column. */
class Cell {
  constructor(
    readonly row: number,
    readonly cells: ReadonlyMap<string, unknown>,
    readonly columns: Columns,
  ) {}

  fail(field: CatalogueField, message: string): never {
    const column = this.columns.fields.get(field) ?? field;
    throw new InputError(`row ${this.row}, column ${JSON.stringify(column)}: ${message}`, this.row, column);
  }

  /** The cell's value through `read`, `undefined` when the file has no such column. */
  read<T>(field: CatalogueField, read: (text: string) => T | undefined): T | undefined {
    const column = this.columns.fields.get(field);
    if (column === undefined) return undefined;
    const value = this.cells.get(column);
    if (value !== undefined && value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      this.fail(field, `expected text, got ${JSON.stringify(value).slice(0, 80)}`);
    }
    try {
      return read(value === undefined || value === null ? '' : String(value));
    } catch (error) {
      if (error instanceof InputError) this.fail(field, error.message);
      throw error;
    }
  }

  text(field: CatalogueField, max: number, required = false): string | undefined {
    return this.read(field, (raw) => {
      const text = raw.replace(/\s+/g, ' ').trim();
      if (text === '' && required) throw new InputError('is empty');
      if (text.length > max) throw new InputError(`longer than ${max} characters (${text.length})`);
      return text || undefined;
    });
  }

  required(field: CatalogueField): string {
    return this.read(field, (raw) => raw.trim() || this.fail(field, 'is empty'))!;
  }
}

/** `text` itself when it is a valid id; else with each run of other characters made "-". */
function manifestId(text: string): string | undefined {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, limit.MAX_ID_LENGTH);
  return id === '' ? undefined : id;
}

/** At most `max` characters, cut at a word boundary, ending with "…". */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
