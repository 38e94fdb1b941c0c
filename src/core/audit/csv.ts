/**
 * CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field quoted (with its quotes doubled)
 * when it holds a comma, a quote or a line break. Text that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return that some spreadsheets skip before one) is
 * prefixed with an apostrophe, so a course title cannot smuggle `=HYPERLINK(…)` into the file
 * L&D operations open (OWASP "CSV injection"). Numbers are written as they are, never guarded.
 */

export type CsvCell = string | number | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows (a header first, usually) as one CSV document, each line ending in CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
