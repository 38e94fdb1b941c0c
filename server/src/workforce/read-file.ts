/**
 * Streams an HR export — CSV (comma, semicolon or tab separated, quoted fields, a header row) or
 * JSON (an array of objects, or one object per line) — as checked `WorkforceRow`s, a chunk at a
 * time, so a file of any size is read in bounded memory. Text that is not UTF-8, a missing column
 * or a bad value stops the read with an `InputError` naming the row and the column. The table
 * reading is the library's (`src/core/tabular`), shared with `purpose-kit import catalogue`.
 */
import { createReadStream } from 'node:fs';
import { formatOf, tableRows, type TableFormat } from '../../../src/core/tabular/table.js';
import { checkColumns, columnMap, readRow, type Field, type WorkforceRow } from './fields.js';

export interface ReadOptions {
  /** `--map column=field,…` */
  map?: string;
  /** `csv` or `json`; by default from the file name (`.json`, `.jsonl`, `.ndjson` are JSON). */
  format?: TableFormat;
}

export async function* readWorkforceFile(file: string, options: ReadOptions = {}): AsyncGenerator<WorkforceRow[]> {
  const columns = columnMap(options.map);
  const columnOf = (field: Field) => [...columns].find(([, mapped]) => mapped === field)?.[0] ?? field;
  const bytes = createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>;
  for await (const batch of tableRows(bytes, options.format ?? formatOf(file), (header) => checkColumns(header, columns))) {
    yield batch.map(({ row, cells }) => readRow(valuesOf(cells, columns), row, columnOf));
  }
}

function valuesOf(cells: ReadonlyMap<string, unknown>, columns: Map<string, Field>): Partial<Record<Field, unknown>> {
  const result: Partial<Record<Field, unknown>> = {};
  for (const [name, value] of cells) {
    const field = columns.get(name);
    if (field) result[field] = value;
  }
  return result;
}
