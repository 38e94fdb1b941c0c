/**
 * How messages name things: what was found (`got an array`, `got null`, `got a Date`), quoted
 * values and counts. Values that are not JSON data never reach valibot: `sanitize.ts` replaces each
 * with a symbol labelled with what it was (`standIn`), and that label is what a message shows.
 */

export { quote } from '../quote.js';

/** A stand-in for a value that is not JSON data, labelled for messages (`a Date`, `NaN`). */
export function standIn(label: string): symbol {
  return Symbol(label);
}

export function describeFound(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'symbol':
      return value.description ?? 'a symbol';
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return withArticle(typeof value);
  }
}

export function withArticle(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** `1 item`, `8 values`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
