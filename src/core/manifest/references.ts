/**
 * The rules no schema language expresses: ids unique within each list (and team members unique
 * within the team), references that resolve, each imperative rank held once, and cohort series
 * with one value per period. It runs on the sanitized document even when the schema found
 * errors, so one pass reports everything; values of the wrong type are skipped here (the schema
 * reports those).
 */
import type { ManifestIssue } from '../errors.js';
import { formatPath, type PathKey } from './path.js';
import { plural, quote } from './wording.js';

type Row = Readonly<Record<string, unknown>>;

const LISTS = ['pillars', 'pathways', 'courses', 'impactTags', 'skills', 'endorsements'] as const;
const COHORTS = ['aligned', 'baseline'] as const;

/** `field` of each row of `list` holds the id of an entry of `target` or, with `each`, a list of them. */
interface Reference {
  readonly list: string;
  readonly field: string;
  readonly target: string;
  readonly what: string;
  readonly each?: boolean;
}

/** The references between the lists, in the order their issues are reported. */
const REFERENCES: readonly Reference[] = [
  ...['pathways', 'courses', 'impactTags', 'endorsements'].map((list) => ({ list, field: 'pillar', target: 'pillars', what: 'pillar' })),
  { list: 'pathways', field: 'courses', target: 'courses', what: 'course', each: true },
  { list: 'courses', field: 'impactTags', target: 'impactTags', what: 'impact tag', each: true },
  { list: 'courses', field: 'skills', target: 'skills', what: 'skill', each: true },
  { list: 'endorsements', field: 'course', target: 'courses', what: 'course' },
];

/** Reports `value` at `path` when it is a string naming no entry of `list`. */
type ExpectKnown = (value: unknown, list: string, what: string, path: PathKey[]) => void;

export function checkReferences(document: unknown): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  if (!isRow(document)) return issues;

  const ids = new Map<string, ReadonlyMap<unknown, number>>();
  for (const list of LISTS) ids.set(list, firstIndexes(document[list], 'id', duplicateId([list]), issues));
  for (const reference of REFERENCES) checkReference(document, reference, ids.get(reference.target)!, issues);
  const expectKnown: ExpectKnown = (value, list, what, path) => {
    if (isUnknown(value, ids.get(list)!)) issues.push(unknownReference(value, what, path));
  };
  if (isRow(document.team)) checkTeam(document.team, expectKnown, issues);

  firstIndexes(document.pillars, 'imperative', (rank, index, first) => ({
    path: formatPath(['pillars', index, 'imperative']),
    code: 'duplicate-rank',
    message: `rank ${rank as number} is already held by ${formatPath(['pillars', first])}`,
  }), issues);

  checkSeriesLengths(document.metrics, issues);
  return issues;
}

/**
 * Every id a reference holds. The manifest's largest lists go through here: plain loops, and a
 * path made only for an issue.
 */
function checkReference(document: Row, { list, field, what, each }: Reference, known: ReadonlyMap<unknown, number>, issues: ManifestIssue[]): void {
  const rows = document[list];
  if (!Array.isArray(rows)) return;
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (!isRow(row)) continue;
    const value = row[field];
    if (!each) {
      if (isUnknown(value, known)) issues.push(unknownReference(value, what, [list, i, field]));
    } else if (Array.isArray(value)) {
      for (let j = 0; j < value.length; j++) {
        const id: unknown = value[j];
        if (isUnknown(id, known)) issues.push(unknownReference(id, what, [list, i, field, j]));
      }
    }
  }
}

function isUnknown(value: unknown, known: ReadonlyMap<unknown, number>): value is string {
  return typeof value === 'string' && !known.has(value);
}

function unknownReference(id: string, what: string, path: readonly PathKey[]): ManifestIssue {
  return { path: formatPath(path), code: 'unknown-reference', message: `unknown ${what} ${quote(id)}` };
}

/** Members unique within the team; their pathway, course and completions, and prompt templates, resolve. */
function checkTeam(team: Row, expectKnown: ExpectKnown, issues: ManifestIssue[]): void {
  firstIndexes(team.members, 'id', duplicateId(['team', 'members']), issues);
  forEachRow(team.members, (member, i) => {
    const at = ['team', 'members', i];
    expectKnown(member.pathway, 'pathways', 'pathway', [...at, 'pathway']);
    expectKnown(member.course, 'courses', 'course', [...at, 'course']);
    forEachRow(member.completions, (completion, j) =>
      expectKnown(completion.course, 'courses', 'course', [...at, 'completions', j, 'course']),
    );
  });
  forEachRow(team.prompts, (prompt, i) => {
    expectKnown(prompt.course, 'courses', 'course', ['team', 'prompts', i, 'course']);
    expectKnown(prompt.pillar, 'pillars', 'pillar', ['team', 'prompts', i, 'pillar']);
  });
}

/** Words a repeated id, pointing at the entry of `list` that holds it first. */
function duplicateId(list: readonly PathKey[]) {
  return (id: unknown, index: number, first: number): ManifestIssue => ({
    path: formatPath([...list, index, 'id']),
    code: 'duplicate-id',
    message: `duplicate id ${quote(id as string)} (first used at ${formatPath([...list, first])})`,
  });
}

/**
 * Maps each value of `row[key]` (a string or a number) to the index of the first row holding it,
 * and reports every later row that holds it again.
 */
function firstIndexes(
  list: unknown,
  key: string,
  repeated: (value: unknown, index: number, first: number) => ManifestIssue,
  issues: ManifestIssue[],
): ReadonlyMap<unknown, number> {
  const first = new Map<unknown, number>();
  forEachRow(list, (row, index) => {
    const value = row[key];
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const held = first.get(value);
    if (held === undefined) first.set(value, index);
    else issues.push(repeated(value, index, held));
  });
  return first;
}

function checkSeriesLengths(metrics: unknown, issues: ManifestIssue[]): void {
  if (!isRow(metrics) || !Array.isArray(metrics.periods)) return;
  const periods = metrics.periods.length;
  const expect = (values: unknown, path: PathKey[]) => {
    if (Array.isArray(values) && values.length !== periods) {
      issues.push({ path: formatPath(path), code: 'length-mismatch', message: `expected ${plural(periods, 'value')} (one per period), got ${values.length}` });
    }
  };
  const cohorts = (series: unknown, path: PathKey[]) => {
    if (isRow(series)) for (const cohort of COHORTS) expect(series[cohort], [...path, cohort]);
  };
  if (isRow(metrics.series)) for (const [name, series] of Object.entries(metrics.series)) cohorts(series, ['metrics', 'series', name]);
  const lens = metrics.sustainability;
  if (!isRow(lens)) return;
  const at: PathKey[] = ['metrics', 'sustainability'];
  for (const name of ['futureProof', 'breadth']) {
    const byTeam = lens[name];
    if (!isRow(byTeam)) continue;
    expect(byTeam.organization, [...at, name, 'organization']);
    forEachRow(byTeam.teams, (team, i) => expect(team.values, [...at, name, 'teams', i, 'values']));
  }
  expect(lens.wellbeing, [...at, 'wellbeing']);
  cohorts(lens.retention, [...at, 'retention']);
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function forEachRow(list: unknown, visit: (row: Row, index: number) => void): void {
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (isRow(item)) visit(item, index);
  }
}
