/**
 * The manifest as a tree the studio compares and merges: plain JSON, where a list of objects that
 * each have an `id` (pillars, pathways, courses, impact tags, endorsements) is keyed by that id, so
 * a change to one course is found (and merged) by which course it is, not where it stands.
 */

/** A step of a studio path: a property name, or `{ id }` for the entry of an id-keyed list. */
export type Step = string | { readonly id: string };
export type Path = readonly Step[];

type Json = unknown;

export function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty list whose entries are all objects with a string `id`. */
export function isIdList(value: Json): value is Record<string, Json>[] {
  return Array.isArray(value) && value.length > 0 && value.every((entry) => isRecord(entry) && typeof entry.id === 'string');
}

/** True for two lists that can be matched by id: both id-keyed, or one id-keyed and the other empty. */
export function byIds(a: Json, b: Json): boolean {
  const idOrEmpty = (value: Json) => isIdList(value) || (Array.isArray(value) && value.length === 0);
  return Array.isArray(a) && Array.isArray(b) && idOrEmpty(a) && idOrEmpty(b) && (isIdList(a) || isIdList(b));
}

export function equal(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => equal(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    return keys.length === Object.keys(b).filter((key) => b[key] !== undefined).length && keys.every((key) => equal(a[key], b[key]));
  }
  return false;
}

/** The entries of an id-keyed list (or nothing) by id. */
export function entriesById(value: Json): Map<string, Record<string, Json>> {
  return new Map(isIdList(value) ? value.map((entry) => [entry.id as string, entry]) : []);
}

/** A path written the way the studio's lists show it: `courses[grid-101].why.statement`. */
export function pathText(path: Path): string {
  return path.map((step, i) => (typeof step === 'string' ? (i === 0 ? step : `.${step}`) : `[${step.id}]`)).join('');
}
