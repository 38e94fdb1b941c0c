/**
 * A table someone exported — CSV (see `csv-records.ts`) or JSON (`json-records.ts`), UTF-8 — as rows
 * of named cells, a batch at a time, so a file of any size is read in bounded memory. Shared by the
 * collector's HR import and the catalogue import; each checks its own columns and values.
 */
import { csvRecords } from './csv-records.js';
import { decodeUtf8 } from './decode.js';
import { InputError } from './input-error.js';
import { jsonRecords } from './json-records.js';

export type TableFormat = 'csv' | 'json';

export interface TableRow {
  /** 1 for the first row after the header (CSV) or the first object (JSON). */
  readonly row: number;
  /** The cells by column name (trimmed), in the file's order: text from CSV, any JSON value from JSON. */
  readonly cells: ReadonlyMap<string, unknown>;
}

/** `json` for `.json`, `.jsonl` and `.ndjson` files, else `csv`. */
export function formatOf(file: string): TableFormat {
  return /\.(json|jsonl|ndjson)$/i.test(file) ? 'json' : 'csv';
}

/**
 * The rows of the table in `bytes`; `header` sees the column names first (the first object's keys
 * in JSON) and may throw. A CSV row with another number of cells than the header is an `InputError`;
 * blank lines are skipped; a file without rows is an `InputError`.
 */
export async function* tableRows(
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  format: TableFormat,
  header: (columns: readonly string[]) => void = () => undefined,
): AsyncGenerator<TableRow[]> {
  const text = decodeUtf8(bytes);
  let columns: string[] | undefined;
  const named = (names: readonly string[], values: readonly unknown[]) => new Map(names.map((name, index) => [name.trim(), values[index]]));
  for await (const batch of format === 'json' ? jsonRecords(text) : csvRecords(text)) {
    const rows: TableRow[] = [];
    for (const { row, record } of batch) {
      if (Array.isArray(record)) {
        if (!columns) {
          header((columns = record.map((name) => name.trim())));
          continue;
        }
        if (record.length === 1 && record[0]!.trim() === '') continue; // a blank line
        if (record.length !== columns.length) throw new InputError(`row ${row}: expected ${columns.length} columns, got ${record.length}`, row);
        rows.push({ row, cells: named(columns, record) });
      } else {
        const names = Object.keys(record);
        if (!columns) header((columns = names.map((name) => name.trim())));
        rows.push({ row, cells: named(names, Object.values(record)) });
      }
    }
    if (rows.length) yield rows;
  }
  if (!columns) throw new InputError('the file has no rows', 0);
}

/**
 * `--map "Employee ID=id,Quarter=period"` as column name → field, for the fields given; a column
 * name with a comma is quoted: `--map '"Duration (h, decimal)"=duration'`. An `InputError` for a
 * pair that is not `column=field` or names an unknown field.
 */
export function parseColumnMap<Field extends string>(map: string, fields: readonly Field[]): Map<string, Field> {
  const columns = new Map<string, Field>();
  for (const pair of map.match(/(?:"[^"]*"|[^,])+/g) ?? ['']) {
    const at = pair.lastIndexOf('=');
    const column = pair.slice(0, at).trim().replace(/^"(.*)"$/s, '$1').trim();
    const field = pair.slice(at + 1).trim();
    if (at < 1 || !column) throw new InputError(`--map: expected column=field, got ${JSON.stringify(pair)}`);
    if (!(fields as readonly string[]).includes(field)) throw new InputError(`--map: unknown field ${JSON.stringify(field)} (fields: ${fields.join(', ')})`);
    columns.set(column, field as Field);
  }
  return columns;
}
