/**
 * The three-way merge the studio's conflict view offers: the edits made since `base` (the version
 * the studio loaded) re-applied on top of `theirs` (the version saved meanwhile). A field only one
 * side changed takes that side's value; a field both changed differently is a conflict, resolved
 * by `prefer` (`mine` keeps the studio's edit, `theirs` the saved one) and listed, so the user
 * sees both. Entries of id-keyed lists are matched by id; an entry one side added is kept, in
 * theirs' order with the studio's new entries after.
 */
import { byIds, entriesById, equal, isRecord, type Path } from './json.js';

export interface Conflict {
  readonly path: Path;
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export interface Merge<T> {
  readonly merged: T;
  readonly conflicts: readonly Conflict[];
}

export function rebase<T>(base: T, mine: T, theirs: T, prefer: 'mine' | 'theirs' = 'mine'): Merge<T> {
  const conflicts: Conflict[] = [];
  const merged = merge(base, mine, theirs, [], prefer, conflicts) as T;
  return { merged, conflicts };
}

function merge(base: unknown, mine: unknown, theirs: unknown, path: Path, prefer: 'mine' | 'theirs', conflicts: Conflict[]): unknown {
  if (equal(mine, base)) return theirs;
  if (equal(theirs, base) || equal(mine, theirs)) return mine;
  if (isRecord(mine) && isRecord(theirs) && (base === undefined || isRecord(base))) {
    const old = base ?? {};
    const result: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = merge(old[key], mine[key], theirs[key], [...path, key], prefer, conflicts);
      if (value !== undefined) result[key] = value;
    }
    return result;
  }
  if (byIds(mine, theirs) && (base === undefined || Array.isArray(base))) {
    const [old, ours, others] = [entriesById(base), entriesById(mine), entriesById(theirs)];
    const order = [...others.keys(), ...[...ours.keys()].filter((id) => !others.has(id))];
    const result: unknown[] = [];
    for (const id of order) {
      const value = merge(old.get(id), ours.get(id), others.get(id), [...path, { id }], prefer, conflicts);
      if (value !== undefined) result.push(value);
    }
    return result;
  }
  conflicts.push({ path, base, mine, theirs });
  return prefer === 'mine' ? mine : theirs;
}
