/**
 * The cell values of a course catalogue as LMSs write them: durations in every usual shape, yes/no
 * flags, counts, descriptions in HTML. Each reader returns the value, `undefined` for an empty
 * cell, or throws an `InputError` saying what it expected (the caller adds the row and column).
 */
import { InputError } from '../tabular/input-error.js';

/** The unit a bare number is read in. */
export type DurationUnit = 'minutes' | 'hours';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const HOURS = String.raw`(?:h|hrs?|hours?|std\.?|stunden?)`;
const MINUTES = String.raw`(?:m|mins?|minutes?|minuten)\.?`;
const UNITS = new RegExp(String.raw`^(?:${NUMBER}\s*${HOURS})?\s*,?\s*(?:${NUMBER}\s*${MINUTES})?$`, 'i');
const CLOCK = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;
const ISO = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const BARE = /^\d+(?:[.,]\d+)?$/;

const decimal = (text: string) => Number(text.replace(',', '.'));

/**
 * Whole minutes from "90", "1.5" (hours when `unit` is hours), "1h 30m", "1 hour 30 minutes", "45 min",
 * "2 Std.", "01:30" (h:mm, or h:mm:ss), "PT1H30M" (ISO 8601, days count 24 hours); rounded to the minute.
 */
export function readDuration(text: string, unit: DurationUnit): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  let minutes: number | undefined;
  if (BARE.test(value)) minutes = decimal(value) * (unit === 'hours' ? 60 : 1);
  else if (CLOCK.test(value)) {
    const [, h, m, s] = CLOCK.exec(value)!;
    minutes = Number(h) * 60 + Number(m) + Number(s ?? 0) / 60;
  } else if (ISO.test(value) && value.length > 2 && !/T$/i.test(value)) {
    const [, d, h, m, s] = ISO.exec(value)!.map((part) => Number(part ?? 0));
    minutes = d! * 24 * 60 + h! * 60 + m! + s! / 60;
  } else {
    const match = UNITS.exec(value);
    if (match && (match[1] !== undefined || match[2] !== undefined)) minutes = decimal(match[1] ?? '0') * 60 + decimal(match[2] ?? '0');
  }
  if (minutes === undefined || !Number.isFinite(minutes)) {
    throw new InputError(`expected a duration (${unit === 'hours' ? 'hours such as 1.5' : 'minutes such as 90'}, "1h 30m", "01:30" or "PT1H30M"), got ${JSON.stringify(value)}`);
  }
  return Math.round(minutes);
}

const TRUE = new Set(['yes', 'y', 'true', '1', 'ja', 'j', 'x', 'required', 'mandatory']);
const FALSE = new Set(['no', 'n', 'false', '0', 'nein', 'optional']);

/** yes/no, true/false, 1/0, Y/N (any case; also ja/nein, required/optional). */
export function readFlag(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return undefined;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new InputError(`expected yes or no (true/false, 1/0, Y/N), got ${JSON.stringify(text.trim())}`);
}

const GROUPED = /^\d{1,3}(?:([,. '\u00a0\u202f])\d{3})(?:\1\d{3})*$/;

/** A whole number of 0 or more: "5200", and with thousands grouped: "5,200", "5.200", "5 200". */
export function readCount(text: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const digits = /^\d+$/.test(value) ? value : GROUPED.test(value) ? value.replace(/\D/g, '') : undefined;
  if (digits !== undefined && Number(digits) <= Number.MAX_SAFE_INTEGER) return Number(digits);
  throw new InputError(`expected a whole number of 0 or more, got ${JSON.stringify(value)}`);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const BLOCK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote)\b[^>]*>/gi;

/**
 * Plain text of a description: an HTML one (as Moodle's course summaries are) loses its tags and
 * its entities are decoded; runs of spaces become one, line breaks between paragraphs are kept.
 */
export function plainText(text: string): string {
  let value = text.replace(/\r\n?/g, '\n');
  if (/<[a-z!/][^>]*>/i.test(value)) {
    value = value
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(BLOCK, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
        if (name[0] === '#') {
          const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        }
        return ENTITIES[name.toLowerCase()] ?? entity;
      });
  }
  return value
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
