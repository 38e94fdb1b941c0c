/** The statistics the metrics need. Every function returns `null`, never `NaN`, when undefined. */

/** `numerator ÷ denominator`, or `null` when the denominator is 0 (nothing to measure). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The middle value (the mean of the two middle values for an even count); `null` when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Ranks from 1 (smallest) up; tied values share the average of the ranks they span,
 * so `[10, 20, 20, 30]` ranks as `[1, 2.5, 2.5, 4]`.
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let first = 0; first < order.length; ) {
    let last = first;
    while (last + 1 < order.length && order[last + 1]!.value === order[first]!.value) last++;
    const shared = (first + last) / 2 + 1;
    for (let i = first; i <= last; i++) ranks[order[i]!.index] = shared;
    first = last + 1;
  }
  return ranks;
}

/**
 * Pearson's correlation coefficient of paired values (`xs[i]` with `ys[i]`); `null` with fewer than
 * two pairs or when either side does not vary (the coefficient is undefined then).
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new RangeError(`pearson: ${xs.length} x values but ${ys.length} y values`);
  const n = xs.length;
  if (n < 2) return null;
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / n;
  const meanX = mean(xs);
  const meanY = mean(ys);
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  if (varianceX === 0 || varianceY === 0) return null;
  // Rounding can push a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
}

/**
 * Spearman's rank correlation: Pearson's coefficient of the average ranks, which stays exact when
 * values tie (the `1 − 6Σd²/(n(n²−1))` shortcut does not). `null` when undefined (see `pearson`).
 */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  return pearson(averageRanks(xs), averageRanks(ys));
}
