/** One step of a JSON path: a property name or an array index. */
export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a JSON path the way authors read it: `pathways[3].pillar`,
 * `metrics.series.retention.aligned[3]`, `["odd key"]`; the document itself is `""`.
 */
export function formatPath(keys: readonly PathKey[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}
