/** How a message quotes a value it names: as JSON, cut short when long (`"energy"`, `"aaaa…"`). */

const MAX_QUOTED_LENGTH = 80;

export function quote(value: string | number): string {
  const text = typeof value === 'string' && value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
  return JSON.stringify(text);
}
