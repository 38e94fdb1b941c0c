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

const LISTS = ['pillars', 'pathways', 'courses', 'impactTags', 'endorsements'] as const;
const LISTS_WITH_PILLAR = ['pathways', 'courses', 'impactTags', 'endorsements'] as const;
const COHORTS = ['aligned', 'baseline'] as const;

/** Reports `value` at `path` when it is a string naming no entry of `list`. */
type ExpectKnown = (value: unknown, list: string, what: string, path: PathKey[]) => void;

export function checkReferences(document: unknown): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  if (!isRow(document)) return issues;

  const ids = new Map<string, ReadonlyMap<unknown, number>>();
  for (const list of LISTS) ids.set(list, firstIndexes(document[list], 'id', duplicateId([list]), issues));
  const expectKnown: ExpectKnown = (value, list, what, path) => {
    if (typeof value === 'string' && !ids.get(list)!.has(value)) {
      issues.push({ path: formatPath(path), code: 'unknown-reference', message: `unknown ${what} ${quote(value)}` });
    }
  };

  for (const list of LISTS_WITH_PILLAR) {
    forEachRow(document[list], (row, i) => expectKnown(row.pillar, 'pillars', 'pillar', [list, i, 'pillar']));
  }
  forEachRow(document.pathways, (pathway, i) =>
    forEachItem(pathway.courses, (id, j) => expectKnown(id, 'courses', 'course', ['pathways', i, 'courses', j])),
  );
  forEachRow(document.courses, (course, i) =>
    forEachItem(course.impactTags, (id, j) => expectKnown(id, 'impactTags', 'impact tag', ['courses', i, 'impactTags', j])),
  );
  forEachRow(document.endorsements, (endorsement, i) =>
    expectKnown(endorsement.course, 'courses', 'course', ['endorsements', i, 'course']),
  );

  if (isRow(document.team)) checkTeam(document.team, expectKnown, issues);

  firstIndexes(document.pillars, 'imperative', (rank, index, first) => ({
    path: formatPath(['pillars', index, 'imperative']),
    code: 'duplicate-rank',
    message: `rank ${rank as number} is already held by ${formatPath(['pillars', first])}`,
  }), issues);

  checkSeriesLengths(document.metrics, issues);
  return issues;
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
  if (!isRow(metrics) || !Array.isArray(metrics.periods) || !isRow(metrics.series)) return;
  const periods = metrics.periods.length;
  for (const [name, series] of Object.entries(metrics.series)) {
    if (!isRow(series)) continue;
    for (const cohort of COHORTS) {
      const values = series[cohort];
      if (Array.isArray(values) && values.length !== periods) {
        issues.push({
          path: formatPath(['metrics', 'series', name, cohort]),
          code: 'length-mismatch',
          message: `expected ${plural(periods, 'value')} (one per period), got ${values.length}`,
        });
      }
    }
  }
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function forEachItem(list: unknown, visit: (item: unknown, index: number) => void): void {
  if (Array.isArray(list)) list.forEach(visit);
}

function forEachRow(list: unknown, visit: (row: Row, index: number) => void): void {
  forEachItem(list, (item, index) => {
    if (isRow(item)) visit(item, index);
  });
}
