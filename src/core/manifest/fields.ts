/**
 * The field types a manifest is made of (text, id, URL, date, counts, lists), as valibot schemas.
 * The predicates they check are exported so `messages.ts` can word each failure.
 */
import * as v from 'valibot';
import { isAllowedUrlField } from './url-shapes.js';
import { MAX_ID_LENGTH, MAX_LANGUAGE_TAG_LENGTH, MAX_URL_LENGTH } from './limits.js';

export const ID_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,${MAX_ID_LENGTH - 1}}$`);
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** A BCP 47 language tag: a 2–3 letter language, then optional subtags (`de`, `pt-BR`, `zh-Hant-TW`). */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for an http:, https:, mailto: or relative URL (the one allowlist of `core/url.ts`). */
export function isAllowedUrl(value: string): boolean {
  return isAllowedUrlField(value);
}

/** True for `YYYY-MM-DD` naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** True for an RFC 3339 date and time (`2026-05-14T09:30:00Z`) naming a real moment. */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  return match !== null && isCalendarDate(match[1]!) && !Number.isNaN(Date.parse(value));
}

/** `schema` with a description, for the JSON Schema and editors' hints. */
export const described = <TSchema extends v.GenericSchema>(schema: TSchema, description: string) =>
  v.pipe(schema, v.description(description));

/** Text of 1 to `max` UTF-16 code units, kept exactly as written. */
export const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

/** An identifier, unique within its list. */
export const id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN),
  v.description(`Letters, digits, . _ : - (starting with a letter or digit), at most ${MAX_ID_LENGTH} characters; unique within its list.`),
);

/** The id of an entry in another list of the manifest; the validator checks that it exists. */
export const reference = (what: string, list: string) =>
  v.pipe(v.string(), v.regex(ID_PATTERN), v.description(`The id of ${what} in \`${list}\` (checked by the validator).`));

export const url = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH),
  v.check(isAllowedUrl),
  v.description('An http:, https: or mailto: URL, or a URL relative to the page. Any other scheme (javascript:, data:, …) is refused by the validator.'),
);

export const date = v.pipe(
  v.string(),
  v.check(isCalendarDate),
  v.metadata({ format: 'date' }),
  v.description('A calendar date, YYYY-MM-DD.'),
);

export const dateTime = v.pipe(
  v.string(),
  v.check(isDateTime),
  v.metadata({ format: 'date-time' }),
  v.description('A date and time with its offset (RFC 3339), e.g. 2026-05-14T09:30:00Z.'),
);

export const currency = v.pipe(v.string(), v.regex(CURRENCY_PATTERN), v.description('An ISO 4217 currency code, e.g. "EUR".'));

export const languageTag = v.pipe(
  v.string(),
  v.maxLength(MAX_LANGUAGE_TAG_LENGTH),
  v.regex(LANGUAGE_TAG_PATTERN),
  v.description('A BCP 47 language tag, e.g. "de" or "pt-BR"; matched by its language ("de-CH" reads "de").'),
);

/** A whole number from 0 up. */
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A number from 0 up. */
export const nonNegative = v.pipe(v.number(), v.minValue(0));

export const integerIn = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const numberIn = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));

/** A list of at most `max` items. */
export const list = <TItem extends v.GenericSchema>(item: TItem, max: number) =>
  v.pipe(v.array(item), v.maxLength(max));

/** A list of 1 to `max` items. */
export const nonEmptyList = <TItem extends v.GenericSchema>(item: TItem, max: number) =>
  v.pipe(v.array(item), v.minLength(1), v.maxLength(max));
