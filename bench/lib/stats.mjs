/**
 * The `q` quantile of a list of numbers (0.5 the median), interpolating between the two nearest
 * values (for an even count the median is the mean of the middle two).
 */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  return quantile(values, 0.5);
}

/** The middle half of a list of numbers: its 25th and 75th percentiles. */
export function quartiles(values) {
  return [quantile(values, 0.25), quantile(values, 0.75)];
}

/** The median of each numeric field over a list of records with the same fields. */
export function medians(records) {
  const keys = Object.keys(records[0] ?? {});
  return Object.fromEntries(keys.map((key) => [key, median(records.map((record) => record[key]))]));
}
