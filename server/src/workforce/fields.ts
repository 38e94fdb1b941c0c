/**
 * The HR export's fields: one row per person and period. Each field has a default column name, which
 * `--map column=field,…` can change; `readRow` turns one row's text values into a `WorkforceRow`,
 * or a problem naming the row and the column. The CLI and the `/v1/workforce` routes use the same
 * checks, so a file the CLI accepts is a file the collector stores.
 */
import { InputError } from '../../../src/core/tabular/input-error.js';
import { parseColumnMap } from '../../../src/core/tabular/table.js';

export { InputError };

export const FIELDS = ['id', 'period', 'team', 'manager', 'hire_date', 'exit_date', 'internal_moves', 'connection', 'learning_hours', 'aligned'] as const;
export type Field = (typeof FIELDS)[number];
export const REQUIRED: readonly Field[] = ['id', 'period', 'hire_date'];

/** Rows per request to `POST /v1/workforce/imports/{id}/rows`; the CLI stages this many at a time. */
export const ROWS_PER_REQUEST = 5000;

/** One person in one period, as the file gives it (the id still raw). */
export interface WorkforceRow {
  id: string;
  /** `YYYY-Qn` or `YYYY-MM`. */
  period: string;
  team: string | null;
  manager: string | null;
  hired: string;
  exited: string | null;
  internalMoves: number;
  connection: number | null;
  learningHours: number | null;
  /** An explicit cohort; `null`: the collector decides from its events (see cohort.ts). */
  aligned: boolean | null;
}

/** Column name → field, from the defaults and `--map "Employee ID=id,Quarter=period"`. */
export function columnMap(map: string | undefined): Map<string, Field> {
  const columns = new Map<string, Field>(FIELDS.map((field) => [field, field]));
  if (!map) return columns;
  for (const [column, field] of parseColumnMap(map, FIELDS)) {
    for (const [name, mapped] of columns) if (mapped === field && name === field) columns.delete(name);
    columns.set(column, field);
  }
  return columns;
}

/** Checks that the columns present cover every required field; returns the fields found. */
export function checkColumns(present: readonly string[], columns: Map<string, Field>): void {
  const found = new Set(present.flatMap((name) => (columns.has(name) ? [columns.get(name)!] : [])));
  const missing = REQUIRED.filter((field) => !found.has(field));
  if (missing.length) {
    const named = missing.map((field) => [...columns].find(([, mapped]) => mapped === field)?.[0] ?? field);
    throw new InputError(`missing column${missing.length > 1 ? 's' : ''} ${named.map((name) => JSON.stringify(name)).join(', ')} (the file has ${present.map((name) => JSON.stringify(name)).join(', ')})`, 0);
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^(\d{4})-(?:Q([1-4])|(0[1-9]|1[0-2]))$/;

export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  return date.getUTCMonth() === +match[2]! - 1 && date.getUTCDate() === +match[3]!;
}

/** The first and last day of a period label (`2025-Q3`, `2025-07`); undefined when it is not one. */
export function periodRange(period: string): { start: string; end: string } | undefined {
  const match = PERIOD.exec(period);
  if (!match) return undefined;
  const year = +match[1]!;
  const first = match[2] ? (+match[2] - 1) * 3 : +match[3]! - 1;
  const months = match[2] ? 3 : 1;
  const day = (time: number) => new Date(time).toISOString().slice(0, 10);
  return { start: day(Date.UTC(year, first, 1)), end: day(Date.UTC(year, first + months, 0)) };
}

type Raw = Record<string, unknown>;

/** One row (values by field) checked and typed; throws an `InputError` naming `row` and the column. */
export function readRow(values: Partial<Record<Field, unknown>>, row: number, columnOf: (field: Field) => string): WorkforceRow {
  const fail = (field: Field, message: string): never => {
    throw new InputError(`row ${row}, column ${JSON.stringify(columnOf(field))}: ${message}`, row, columnOf(field));
  };
  const text = (field: Field): string | null => {
    const value = values[field];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') fail(field, `expected text, got ${JSON.stringify(value)}`);
    const trimmed = String(value).trim();
    if (trimmed.length > 200) fail(field, 'longer than 200 characters');
    return trimmed === '' ? null : trimmed;
  };
  const required = (field: Field) => text(field) ?? fail(field, 'is empty');
  const date = (field: Field, value: string | null) => {
    if (value !== null && !isDate(value)) fail(field, `expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return value;
  };
  const number = (field: Field, min: number, max: number, whole = false) => {
    const value = text(field);
    if (value === null) return null;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < min || parsed > max || (whole && !Number.isInteger(parsed))) {
      fail(field, `expected ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(value)}`);
    }
    return parsed;
  };
  const period = required('period');
  if (!periodRange(period)) fail('period', `expected a quarter (2025-Q3) or a month (2025-07), got ${JSON.stringify(period)}`);
  const hired = date('hire_date', required('hire_date'))!;
  const exited = date('exit_date', text('exit_date'));
  if (exited !== null && exited < hired) fail('exit_date', `${exited} is before the hire date ${hired}`);
  const aligned = text('aligned');
  if (aligned !== null && !/^(true|false|yes|no|1|0)$/i.test(aligned)) fail('aligned', `expected true or false (or empty), got ${JSON.stringify(aligned)}`);
  return {
    id: required('id'),
    period,
    team: text('team'),
    manager: text('manager'),
    hired,
    exited,
    internalMoves: number('internal_moves', 0, 100, true) ?? 0,
    connection: number('connection', -1000, 1000),
    learningHours: number('learning_hours', 0, 100_000),
    aligned: aligned === null ? null : /^(true|yes|1)$/i.test(aligned),
  };
}

/** A row the CLI already read, as JSON it sends; the server checks it again with `readRow`. */
export function rowValues(row: WorkforceRow): Raw {
  return {
    id: row.id,
    period: row.period,
    team: row.team,
    manager: row.manager,
    hire_date: row.hired,
    exit_date: row.exited,
    internal_moves: row.internalMoves,
    connection: row.connection,
    learning_hours: row.learningHours,
    aligned: row.aligned,
  };
}
