/** JSON tables: an array of objects, or one object per line (NDJSON), read a chunk at a time. */
import type { Numbered } from './csv-records.js';
import { InputError } from './input-error.js';

/** JSON records: the elements of a top-level array, or one object per line; rows count from 1. */
export async function* jsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<Numbered<Record<string, unknown>>[]> {
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
