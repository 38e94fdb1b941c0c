/** Bytes to text, strictly: a table exported in another encoding is refused, not read as garbage. */
import { InputError } from './input-error.js';

/**
 * The text of UTF-8 `chunks`, chunk by chunk, without a byte order mark; a byte sequence that is not
 * UTF-8 (or a NUL) is an `InputError`.
 */
export async function* decodeUtf8(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let offset = 0;
  for await (const chunk of chunks) {
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
