/**
 * Words each valibot issue the way a manifest author reads it: a stable code and a plain message
 * without the path (`longer than 200 characters (251)`, `expected a string, got a number`).
 */
import type { BaseIssue } from 'valibot';
import type { ManifestIssue } from '../errors.js';
import { urlProblem } from '../url.js';
import { CURRENCY_PATTERN, ID_PATTERN, isAllowedUrl, isCalendarDate, isDateTime, LANGUAGE_TAG_PATTERN } from './fields.js';
import { MAX_ID_LENGTH } from './limits.js';
import { formatPath, type PathKey } from './path.js';
import { describeFound, plural, quote } from './wording.js';

type Issue = BaseIssue<unknown>;
type Worded = Pick<ManifestIssue, 'code' | 'message'>;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  null: 'null',
  Object: 'an object',
  Array: 'an array',
};

/** The formats of `fields.ts`, recognised by the requirement their issue carries. */
const FORMATS = new Map<unknown, (input: unknown) => Worded>([
  [ID_PATTERN, () => ({ code: 'invalid-id', message: `not a valid id (letters, digits, . _ : - ; at most ${MAX_ID_LENGTH} characters)` })],
  [isAllowedUrl, (input) => ({ code: 'invalid-url', message: urlProblem(String(input)) })],
  [isCalendarDate, (input) => ({ code: 'invalid-date', message: `expected a date as YYYY-MM-DD, got ${quote(String(input))}` })],
  [
    isDateTime,
    (input) => ({ code: 'invalid-date', message: `expected a date and time such as 2026-05-14T09:30:00Z, got ${quote(String(input))}` }),
  ],
  [
    CURRENCY_PATTERN,
    (input) => ({ code: 'invalid-currency', message: `expected a 3-letter currency code (ISO 4217), got ${quote(String(input))}` }),
  ],
  [
    LANGUAGE_TAG_PATTERN,
    (input) => ({ code: 'invalid-language', message: `expected a language tag such as "de" or "pt-BR", got ${quote(String(input))}` }),
  ],
]);

export function toManifestIssue(issue: Issue): ManifestIssue {
  const keys = (issue.path ?? []).map((item) => item.key as PathKey);
  return { path: formatPath(keys), ...word(issue) };
}

function word(issue: Issue): Worded {
  const format = FORMATS.get(issue.requirement);
  if (format) return format(issue.input);
  const { input, requirement } = issue;
  switch (issue.type) {
    case 'max_length':
      return typeof input === 'string'
        ? { code: 'too-long', message: `longer than ${requirement} characters (${input.length})` }
        : { code: 'too-many', message: `more than ${requirement} items (${(input as unknown[]).length})` };
    case 'min_length':
      return typeof input === 'string'
        ? { code: 'empty', message: 'must not be empty' } // text is at least 1 character long
        : { code: 'too-few', message: `at least ${plural(requirement as number, 'item')} required` };
    case 'min_value':
      return { code: 'out-of-range', message: `expected at least ${requirement}, got ${input}` };
    case 'max_value':
      return { code: 'out-of-range', message: `expected at most ${requirement}, got ${input}` };
    case 'integer':
      return { code: 'not-integer', message: `expected an integer, got ${input}` };
    case 'literal':
      // The one literal of the schema is `version: 1`.
      return typeof input === 'number'
        ? { code: 'unsupported-version', message: `unsupported manifest version ${input} (this library reads version 1)` }
        : { code: 'wrong-type', message: `expected a number, got ${describeFound(input)}` };
    case 'picklist':
      return { code: 'not-allowed', message: `expected one of ${alternatives(issue).join(', ')}, got ${found(input)}` };
    default:
      return isMissingKey(issue) ? { code: 'required', message: 'required' } : wrongType(issue);
  }
}

/** `expected a string, got a number`; unions read `a number or null`. */
function wrongType(issue: Issue): Worded {
  const expected = alternatives(issue).map((name) => TYPE_NAMES[name] ?? name);
  return { code: 'wrong-type', message: `expected ${expected.join(' or ')}, got ${describeFound(issue.input)}` };
}

/** What valibot expected, one entry per alternative: `(number | null)` → `number`, `null`. */
function alternatives(issue: Issue): string[] {
  const expected = issue.expected ?? '';
  const list = expected.startsWith('(') && expected.endsWith(')') ? expected.slice(1, -1) : expected;
  return list.split(' | ');
}

function isMissingKey(issue: Issue): boolean {
  const last = issue.path?.[issue.path.length - 1];
  return issue.type === 'object' && last?.origin === 'key';
}

/** A picklist names the value it got when it is a string or a number, else its type. */
function found(input: unknown): string {
  return typeof input === 'string' || typeof input === 'number' ? quote(input) : describeFound(input);
}
