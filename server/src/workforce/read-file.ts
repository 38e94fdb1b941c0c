/**
 * Streams an HR export — CSV (comma, semicolon or tab separated, quoted fields, a header row) or
 * JSON (an array of objects, or one object per line) — as checked `WorkforceRow`s, a chunk at a
 * time, so a file of any size is read in bounded memory. Text that is not UTF-8, a missing column
 * or a bad value stops the read with an `InputError` naming the row and the column.
 */
import { createReadStream } from 'node:fs';
import { checkColumns, columnMap, InputError, readRow, type Field, type WorkforceRow } from './fields.js';

export interface ReadOptions {
  /** `--map column=field,…` */
  map?: string;
  /** `csv` or `json`; by default from the file name (`.json`, `.jsonl`, `.ndjson` are JSON). */
  format?: 'csv' | 'json';
}

export async function* readWorkforceFile(file: string, options: ReadOptions = {}): AsyncGenerator<WorkforceRow[]> {
  const columns = columnMap(options.map);
  const format = options.format ?? (/\.(json|jsonl|ndjson)$/i.test(file) ? 'json' : 'csv');
  const records = format === 'json' ? jsonRecords(decode(file)) : csvRecords(decode(file));
  let header: string[] | undefined;
  const columnOf = (field: Field) => [...columns].find(([, mapped]) => mapped === field)?.[0] ?? field;
  for await (const batch of records) {
    const rows: WorkforceRow[] = [];
    for (const { row, record } of batch) {
      if (Array.isArray(record)) {
        if (!header) {
          header = record.map((name) => name.trim());
          checkColumns(header, columns);
          continue;
        }
        if (record.length === 1 && record[0]!.trim() === '') continue; // a blank line
        if (record.length !== header.length) throw new InputError(`row ${row}: expected ${header.length} columns, got ${record.length}`, row);
        rows.push(readRow(valuesOf(header, record, columns), row, columnOf));
      } else {
        if (!header) checkColumns((header = Object.keys(record)), columns);
        rows.push(readRow(valuesOf(Object.keys(record), Object.values(record), columns), row, columnOf));
      }
    }
    if (rows.length) yield rows;
  }
  if (!header) throw new InputError('the file has no rows', 0);
}

function valuesOf(names: readonly string[], values: readonly unknown[], columns: Map<string, Field>): Partial<Record<Field, unknown>> {
  const result: Partial<Record<Field, unknown>> = {};
  names.forEach((name, index) => {
    const field = columns.get(name.trim());
    if (field) result[field] = values[index];
  });
  return result;
}

/** The file's text, chunk by chunk; a byte sequence that is not UTF-8 (or a NUL) is an `InputError`. */
async function* decode(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let offset = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new InputError(`not UTF-8 text (an invalid byte sequence within bytes ${offset}–${offset + chunk.length}); save the export as UTF-8 CSV or JSON`);
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) throw new InputError(`not a text file (a NUL character near byte ${offset + nul}); expected UTF-8 CSV or JSON`);
    offset += chunk.length;
    yield text;
  }
  try {
    yield decoder.decode();
  } catch {
    throw new InputError('not UTF-8 text (the file ends inside a character)');
  }
}

type Numbered<T> = { row: number; record: T };

/** CSV records; the header is row 0, data rows count from 1. The delimiter is the header's first comma, semicolon or tab. */
async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<Numbered<string[]>[]> {
  let delimiter: string | undefined;
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let row = 0;
  let batch: Numbered<string[]>[] = [];
  const endRecord = () => {
    record.push(field);
    batch.push({ row: row++, record });
    record = [];
    field = '';
    afterQuote = false;
  };
  for await (const chunk of chunks) {
    delimiter ??= /[,;\t]/.exec(chunk)?.[0];
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i]!;
      if (quoted) {
        if (char === '"') {
          quoted = false;
          afterQuote = true;
        } else field += char;
      } else if (char === '"') {
        if (afterQuote) field += '"'; // "" inside quotes
        else if (field !== '') throw new InputError(`row ${row}: a quote inside an unquoted field`, row);
        quoted = true;
        afterQuote = false;
      } else if (char === delimiter) {
        record.push(field);
        field = '';
        afterQuote = false;
      } else if (char === '\n') endRecord();
      else if (char !== '\r') {
        if (afterQuote) throw new InputError(`row ${row}: text after a closing quote`, row);
        field += char;
      }
    }
    if (batch.length) yield batch;
    batch = [];
  }
  if (quoted) throw new InputError(`row ${row}: a quoted field is never closed`, row);
  if (field !== '' || record.length) endRecord();
  if (batch.length) yield batch;
}

/** JSON records: the elements of a top-level array, or one object per line; rows count from 1. */
async function* jsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<Numbered<Record<string, unknown>>[]> {
  let mode: 'array' | 'lines' | undefined;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let text = '';
  let row = 1;
  let ended = false;
  let batch: Numbered<Record<string, unknown>>[] = [];
  const take = () => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(`row ${row}: not valid JSON (${(error as Error).message})`, row);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError(`row ${row}: expected an object`, row);
    batch.push({ row: row++, record: value as Record<string, unknown> });
    text = '';
  };
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i]!;
      if (inString) {
        text += char;
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (char === ' ' || char === '\n' || char === '\r' || char === '\t') {
        if (depth > 0) text += char;
        continue;
      }
      if (ended) throw new InputError(`row ${row}: text after the end of the array`, row);
      if (!mode) {
        if (char !== '[' && char !== '{') throw new InputError('not JSON: expected an array of objects ([…]) or one object per line', 0);
        mode = char === '[' ? 'array' : 'lines';
        if (mode === 'array') continue;
      }
      if (depth === 0) {
        if (mode === 'array' && char === ']') ended = true;
        else if (mode === 'array' && char === ',' && row > 1) continue;
        else if (char !== '{') throw new InputError(`row ${row}: expected an object, found ${JSON.stringify(char)}`, row);
        else {
          depth = 1;
          text = '{';
        }
        continue;
      }
      text += char;
      if (char === '"') inString = true;
      else if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        if (--depth === 0) take();
      }
    }
    if (batch.length) yield batch;
    batch = [];
  }
  if (depth > 0 || inString) throw new InputError(`row ${row}: the file ends inside an object`, row);
  if (mode === 'array' && !ended) throw new InputError('the file ends before the array is closed', row);
  if (batch.length) yield batch;
}
