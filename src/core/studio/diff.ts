/**
 * What changed between two versions of a manifest, one entry per changed field: which entry
 * (a course, a pathway, …, by id), which field, the value before and after. An entry added or
 * removed as a whole is one change; a group of fields added or removed (a why framing) is one
 * change per field. Lists of plain values (objectives, a course's impact tags, a
 * pathway's courses) are one field each.
 */
import { byIds, entriesById, equal, isRecord, type Path } from './json.js';

export interface Change {
  readonly path: Path;
  /** `undefined` when the field (or entry) is new. */
  readonly before: unknown;
  /** `undefined` when the field (or entry) was removed. */
  readonly after: unknown;
}

export function diffManifests(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  walk(before, after, [], changes);
  return changes;
}

function walk(before: unknown, after: unknown, path: Path, changes: Change[]): void {
  if (equal(before, after)) return;
  // A field group added or removed (a why framing) is listed field by field too.
  if ((isRecord(before) || before === undefined) && (isRecord(after) || after === undefined)) {
    const [old, next]: Record<string, unknown>[] = [before ?? {}, after ?? {}];
    for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) walk(old[key], next[key], [...path, key], changes);
    return;
  }
  if (byIds(before, after)) {
    const old = entriesById(before);
    const next = entriesById(after);
    for (const id of new Set([...old.keys(), ...next.keys()])) {
      const [a, b] = [old.get(id), next.get(id)];
      // An entry added or removed is one change; an entry in both is compared field by field.
      if (a && b) walk(a, b, [...path, { id }], changes);
      else changes.push({ path: [...path, { id }], before: a, after: b });
    }
    return;
  }
  changes.push({ path, before, after });
}
