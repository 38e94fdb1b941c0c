/** CSV as exports write it: comma, semicolon or tab separated, quoted fields (with newlines and "" inside), CRLF or LF. */
import { InputError } from './input-error.js';

export type Numbered<T> = { row: number; record: T };

/**
 * CSV records; the header is row 0, data rows count from 1. The delimiter is the header's first
 * comma, semicolon or tab outside quotes (a header without one is a one-column file).
 */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<Numbered<string[]>[]> {
  let delimiter: string | undefined;
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let row = 0;
  let batch: Numbered<string[]>[] = [];
  const endRecord = () => {
    delimiter ??= '';
    record.push(field);
    batch.push({ row: row++, record });
    record = [];
    field = '';
    afterQuote = false;
  };
  for await (const chunk of chunks) {
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
      } else if (char === delimiter || (delimiter === undefined && (char === ',' || char === ';' || char === '\t'))) {
        delimiter = char;
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

