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

/** The confidence of every interval the bench gives. */
export const CONFIDENCE = 0.95;

/** P(X ≤ k) for X ~ binomial(n, ½), summed in log space so that no term underflows. */
function binomialHalfAtMost(n, k) {
  let logTerm = -n * Math.LN2;
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i);
    sum += Math.exp(logTerm);
  }
  return sum;
}

/**
 * The median of `values` with its distribution-free confidence interval: the order statistics
 * x(k+1) and x(n−k) of the sorted values, with the largest k for which the median lies between
 * them with at least `confidence` (for a continuous distribution, whatever its shape, the number
 * of values below the median is binomial(n, ½); e.g. the 2nd and 9th of 10 values, 97.9 %).
 * `halfWidth` is the interval's larger side relative to the median (0.05: within ±5 %). Below 6
 * values no interval reaches 95 %: `low`, `high` and `halfWidth` are then undefined.
 */
export function medianInterval(values, confidence = CONFIDENCE) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const value = median(sorted);
  const tail = (1 - confidence) / 2;
  let cut = -1;
  while (cut + 1 < n / 2 && binomialHalfAtMost(n, cut + 1) <= tail) cut++;
  if (cut < 0) return { value, n };
  const low = sorted[cut];
  const high = sorted[n - 1 - cut];
  return { value, low, high, coverage: 1 - 2 * binomialHalfAtMost(n, cut), halfWidth: Math.max(high - value, value - low) / value, n };
}

/**
 * The verdict on a figure that must stay at or under `limit`, from its interval: `pass` when the
 * whole interval is at or under it, `fail` when the whole interval is over it, else `undecided`.
 */
export function decide(interval, limit) {
  if (interval.low === undefined) return 'undecided';
  if (interval.high <= limit) return 'pass';
  if (interval.low > limit) return 'fail';
  return 'undecided';
}

/** Runs repeat until the judged figure's interval is within ±5 % of it (or the most runs are done). */
export const PRECISION = 0.05;

/** Whether an interval from `medianInterval` is precise enough to stop repeating runs. */
export const precise = (interval) => interval.halfWidth !== undefined && interval.halfWidth <= PRECISION;

/**
 * Repeats `run(index)` at least `min` and at most `max` times, until `figure()` (the judged
 * figure's `medianInterval` over the runs so far) is precise. It stops only after an even number
 * of runs unless it reaches `max`, so that the two orders of a pair of sides weigh the same.
 * Returns that last interval.
 */
export async function repeatUntilPrecise({ min, max, run, figure }) {
  let runs = 0;
  while (runs < max) {
    await run(runs);
    runs += 1;
    if (runs >= min && runs % 2 === 0 && precise(figure())) break;
  }
  return figure();
}
