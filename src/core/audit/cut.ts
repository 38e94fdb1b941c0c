/**
 * The "top 20 %" cut: the most-used share of a list, by a usage figure. Ties never split: every
 * item used as much as the last one inside the cut is in too, so the cut may hold more than the
 * share. The cut holds at least one item (a catalogue of three still has a most-used course), and
 * never an item with no use at all.
 */

export interface Ranked<T> {
  readonly item: T;
  /** 1 for the most used; tied items share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly usage: number;
}

/**
 * The items inside the cut, most used first (tied items in their original order). `usageOf`
 * returns `undefined` for an item without a figure: it is left out of the count the share is taken
 * of. `share` is a fraction from 0 (exclusive) to 1.
 */
export function topShare<T>(items: readonly T[], usageOf: (item: T) => number | undefined, share: number): Ranked<T>[] {
  const measured: { item: T; usage: number }[] = [];
  for (const item of items) {
    const usage = usageOf(item);
    if (usage !== undefined) measured.push({ item, usage });
  }
  // Array.prototype.sort is stable: tied items keep their manifest order.
  measured.sort((a, b) => b.usage - a.usage);
  const size = Math.max(1, Math.ceil(measured.length * share));
  const cutoff = measured[size - 1]?.usage;
  const ranked: Ranked<T>[] = [];
  for (const [index, entry] of measured.entries()) {
    if (cutoff === undefined || entry.usage < cutoff || entry.usage === 0) break;
    const tiedWithPrevious = index > 0 && measured[index - 1]!.usage === entry.usage;
    ranked.push({ ...entry, rank: tiedWithPrevious ? ranked[index - 1]!.rank : index + 1 });
  }
  return ranked;
}
