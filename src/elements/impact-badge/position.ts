/**
 * The tooltip's geometry, with @floating-ui/dom. Loaded with `import()` the first time a tooltip
 * opens, so a page of badges that nobody hovers never downloads or runs it.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/** Space between the badge and its tooltip, and the least space kept to the viewport's edges. */
const GAP = 8;
const EDGE = 8;

/**
 * Places `floating` above `reference` (below when there is no room) and keeps it there while
 * anything scrolls or resizes. `strategy: 'fixed'` escapes scroll containers; the caller shows
 * `floating` in the top layer, which floating-ui also accounts for. Returns the cleanup.
 */
export function follow(reference: Element, floating: HTMLElement): () => void {
  return autoUpdate(reference, floating, () => void place(reference, floating));
}

async function place(reference: Element, floating: HTMLElement): Promise<void> {
  const { x, y, placement } = await computePosition(reference, floating, {
    strategy: 'fixed',
    placement: 'top',
    middleware: [offset(GAP), flip({ padding: EDGE }), shift({ padding: EDGE })],
  });
  // CSSOM writes, not a style attribute: a strict CSP (no 'unsafe-inline') allows them.
  floating.style.left = `${x}px`;
  floating.style.top = `${y}px`;
  floating.dataset.placement = placement;
}
