/**
 * Finds the first syntax error in a JSON text, for a message an author can act on. Engines differ
 * (V8 gives no position for an unexpected token; Firefox words everything its own way), so the
 * validator runs this small scanner after `JSON.parse` has failed. It is iterative: a text of a
 * million `[` cannot overflow the stack.
 */
export interface JsonSyntaxError {
  /** Index of the offending character in the text (UTF-16 code units). */
  readonly offset: number;
  readonly reason: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'next';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9A-Fa-f]{4}/y;
const ESCAPES = '"\\/bfnrt';
const LITERALS = ['true', 'false', 'null'];

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    i = skipWhitespace(text, i);
    if (i === text.length) {
      return expect === 'next' && open.length === 0 ? undefined : { offset: i, reason: 'unexpected end of input' };
    }
    const ch = text[i];
    const closer = open[open.length - 1] === '{' ? '}' : ']';
    if ((expect === 'value-or-close' || expect === 'key-or-close' || expect === 'next') && ch === closer && open.length) {
      open.pop();
      i++;
      expect = 'next';
    } else if (expect === 'value' || expect === 'value-or-close') {
      if (ch === '{' || ch === '[') {
        open.push(ch);
        i++;
        expect = ch === '{' ? 'key-or-close' : 'value-or-close';
      } else {
        const end = scalarEnd(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'next';
      }
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (ch !== '"') return { offset: i, reason: 'expected a property name in double quotes' };
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (ch !== ':') return { offset: i, reason: 'expected ":" after a property name' };
      i++;
      expect = 'value';
    } else if (open.length === 0) {
      return { offset: i, reason: 'unexpected text after the JSON value' };
    } else if (ch === ',') {
      i++;
      expect = closer === '}' ? 'key' : 'value';
    } else {
      return {
        offset: i,
        reason: closer === '}' ? 'expected "," or "}" after a property value' : 'expected "," or "]" after a list item',
      };
    }
  }
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  for (let ch = text[i]; ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t'; ch = text[++i]);
  return i;
}

/** The index after the string, number or literal at `start`, or the error found there. */
function scalarEnd(text: string, start: number): number | JsonSyntaxError {
  if (text[start] === '"') return stringEnd(text, start);
  for (const literal of LITERALS) if (text.startsWith(literal, start)) return start + literal.length;
  NUMBER.lastIndex = start;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  const found = String.fromCodePoint(text.codePointAt(start)!);
  return { offset: start, reason: `expected a value, got ${JSON.stringify(found)}` };
}

function stringEnd(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, reason: 'unescaped control character (such as a line break) in a string' };
    if (code === 0x5c) {
      const escape = text[i + 1] ?? '';
      HEX4.lastIndex = i + 2;
      const valid = escape === 'u' ? HEX4.test(text) : escape !== '' && ESCAPES.includes(escape);
      if (!valid) return { offset: i, reason: 'invalid escape in a string' };
      i += escape === 'u' ? 5 : 1;
    }
  }
  return { offset: start, reason: 'unterminated string' };
}
