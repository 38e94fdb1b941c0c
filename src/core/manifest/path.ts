/** One step of a JSON path: a property name or an array index. */
export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Longest key a path spells out; a longer one (a hostile document's megabyte key) is cut with "…". */
const MAX_KEY_LENGTH = 80;

/**
 * Formats a JSON path the way authors read it: `pathways[3].pillar`,
 * `metrics.series.retention.aligned[3]`, `["odd key"]`; the document itself is `""`. A key longer
 * than 80 characters is cut short (`["kkkk…"]`), so an issue stays one readable line.
 */
export function formatPath(keys: readonly PathKey[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (key.length > MAX_KEY_LENGTH) path += `[${JSON.stringify(`${key.slice(0, MAX_KEY_LENGTH)}…`)}]`;
    else if (IDENTIFIER.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}
