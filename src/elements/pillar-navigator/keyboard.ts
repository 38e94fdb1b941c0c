/**
 * Keyboard behaviour of the navigator as pure functions, after the WAI-ARIA Authoring Practices:
 * the pillar tab list (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/) and the pathway tree
 * (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/). Horizontal arrows follow the text
 * direction: in right-to-left text, Left Arrow moves forward and opens.
 *
 * Part of the navigator's interactive chunk (`interactive.ts`), loaded by `interactive-loader.ts`.
 */
import type { Direction } from '../../core/i18n/i18n.js';
import type { RenderContext } from './render-context.js';
import { fold } from './search-text.js';
import type { TreeItem } from './tree-model.js';

/**
 * The tab a key moves to in a list of `count` tabs, or `undefined` when the key is not a tab-list
 * key. The rail is vertical, so Up and Down work; Left and Right work too (in text direction),
 * which is what learners used to horizontal tabs try first. Moving wraps around.
 */
export function tabKeyTarget(key: string, index: number, count: number, direction: Direction): number | undefined {
  const { forward, backward } = arrows(direction);
  switch (key) {
    case 'ArrowDown':
    case forward:
      return (index + 1) % count;
    case 'ArrowUp':
    case backward:
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** A tree node in display order, as the keyboard sees it. */
export interface TreeNode {
  key: string;
  /** The key of the node this one is nested in. */
  parent?: string;
  /** `true` open, `false` closed, `undefined` for a leaf. */
  expanded?: boolean;
  /** What type-ahead matches against. */
  label: string;
}

/** The drawn items (in display order) as the keyboard sees them. */
export function treeNodes(items: Iterable<TreeItem>, ctx: Pick<RenderContext, 't' | 'catalog'>): TreeNode[] {
  return Array.from(items, (item) => ({
    key: item.key,
    parent: item.kind === 'lane' ? undefined : item.parent,
    expanded: item.kind === 'lane' || item.kind === 'pathway' ? item.open : undefined,
    label: labelOf(item, ctx),
  }));
}

/** What type-ahead matches an item by: the words it shows first. */
function labelOf(item: TreeItem, { t, catalog }: Pick<RenderContext, 't' | 'catalog'>): string {
  switch (item.kind) {
    case 'lane':
      return item.department;
    case 'pathway':
      return item.pathway.title;
    case 'course':
      return catalog.courses.get(item.courseId)?.title ?? '';
    case 'more':
      return t('pillar-navigator.more', { count: item.hidden });
  }
}

export type TreeAction =
  | { kind: 'focus'; key: string }
  | { kind: 'expand'; key: string }
  | { kind: 'collapse'; key: string }
  | { kind: 'activate'; key: string };

/**
 * What a key does in the tree, given the visible nodes in order and the focused one; `undefined`
 * when the key does nothing (the browser keeps its default). Keys: Up/Down, Home/End, the inward
 * arrow opens a closed node or enters an open one, the outward arrow closes an open node or goes
 * to the parent, Enter and Space activate, a printable character jumps to the next node whose
 * label starts with it.
 */
export function treeKeyAction(
  nodes: readonly TreeNode[],
  activeKey: string,
  key: string,
  direction: Direction,
): TreeAction | undefined {
  const index = nodes.findIndex((node) => node.key === activeKey);
  const node = nodes[index];
  if (!node) return undefined;
  const { forward: inward, backward: outward } = arrows(direction);
  const focus = (target: TreeNode | undefined): TreeAction | undefined =>
    target && target !== node ? { kind: 'focus', key: target.key } : undefined;

  switch (key) {
    case 'ArrowDown':
      return focus(nodes[index + 1]);
    case 'ArrowUp':
      return focus(nodes[index - 1]);
    case 'Home':
      return focus(nodes[0]);
    case 'End':
      return focus(nodes[nodes.length - 1]);
    case inward:
      if (node.expanded === false) return { kind: 'expand', key: node.key };
      return node.expanded && nodes[index + 1]?.parent === node.key ? focus(nodes[index + 1]) : undefined;
    case outward:
      if (node.expanded) return { kind: 'collapse', key: node.key };
      return node.parent === undefined ? undefined : focus(nodes.find((candidate) => candidate.key === node.parent));
    case 'Enter':
    case ' ':
      return { kind: 'activate', key: node.key };
    default:
      return isPrintable(key) ? focus(typeAhead(nodes, index, key)) : undefined;
  }
}

/** The next node after `index` (wrapping) whose label starts with `character`, accents and case ignored. */
function typeAhead(nodes: readonly TreeNode[], index: number, character: string): TreeNode | undefined {
  const wanted = fold(character);
  for (let step = 1; step < nodes.length; step++) {
    const candidate = nodes[(index + step) % nodes.length]!;
    if (fold(candidate.label.trimStart()).startsWith(wanted)) return candidate;
  }
  return undefined;
}

function isPrintable(key: string): boolean {
  return [...key].length === 1 && key.trim() !== '';
}

function arrows(direction: Direction): { forward: string; backward: string } {
  return direction === 'rtl'
    ? { forward: 'ArrowLeft', backward: 'ArrowRight' }
    : { forward: 'ArrowRight', backward: 'ArrowLeft' };
}
