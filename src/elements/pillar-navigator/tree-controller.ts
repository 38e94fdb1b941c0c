/**
 * The pathway tree's state and keyboard: which lanes are closed, which pathways are open, how much
 * of each long list is drawn, and which item holds the tab stop (roving tabindex). What opening a
 * pathway or choosing a course means (events, delivery, selection) is the host's; the host asks
 * for a layout on every render.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Direction } from '../../core/i18n/i18n.js';
import type { Pathway } from '../../core/manifest/types.js';
import { treeKeyAction, type TreeNode } from './keyboard.js';
import { lanesOf } from './navigation.js';
import { flattenTree, laneKey, treeView, type CourseView, type LaneView, type TreeItem } from './tree.js';

export interface TreeActions {
  /** The learner asks to open a pathway; the host opens it with `reveal()` and tells whoever needs to know. */
  open(pathway: Pathway): void;
  /** The learner closed a pathway (it is closed already). */
  closed(pathway: Pathway): void;
  /** The learner chose a course. */
  choose(course: CourseView): void;
  direction(): Direction;
  /** What type-ahead matches an item by. */
  labelOf(item: TreeItem): string;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class PathwayTree {
  private closedLanes: ReadonlySet<string> = new Set();
  private openPathways: ReadonlySet<string> = new Set();
  private shown: ReadonlyMap<string, number> = new Map();
  private activeKey?: string;
  private drawn: { nodes: TreeNode[]; items: Map<string, TreeItem> } = { nodes: [], items: new Map() };

  constructor(
    private readonly host: Host,
    private readonly actions: TreeActions,
  ) {}

  /** Lays out a pillar's pathways in lanes, as drawn now, and remembers the drawn items for the keyboard. */
  layout(pillarId: string, pathways: readonly Pathway[], selectedPathway: string | undefined): LaneView[] {
    const lanes = treeView(lanesOf(pathways), {
      pillarId,
      closedLanes: this.closedLanes,
      openPathways: this.openPathways,
      shown: this.shown,
      selectedPathway,
    });
    this.drawn = flattenTree(lanes, (item) => this.actions.labelOf(item));
    return lanes;
  }

  /** The one item in the tab order: the last one focused while it is drawn, else the first. */
  get tabStop(): string | undefined {
    return this.activeKey !== undefined && this.drawn.items.has(this.activeKey) ? this.activeKey : this.drawn.nodes[0]?.key;
  }

  /** Opens a pathway and its lane, so that it is drawn. */
  reveal(pathway: Pathway): void {
    this.openPathways = new Set(this.openPathways).add(pathway.id);
    this.closedLanes = without(this.closedLanes, laneKey(pathway.pillar, pathway.department));
    this.host.requestUpdate();
  }

  /** Moves focus to an item once it is drawn. */
  focus(key: string): void {
    this.activeKey = key;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.host.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
    });
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = treeItemOf(event)?.dataset.key;
    if (key === undefined) return;
    const action = treeKeyAction(this.drawn.nodes, key, event.key, this.actions.direction());
    if (!action) return;
    event.preventDefault();
    // Expand and collapse only come for closed and open items, where activating toggles.
    if (action.kind === 'focus') this.focus(action.key);
    else this.activate(this.drawn.items.get(action.key)!);
  };

  readonly onClick = (event: MouseEvent): void => {
    const key = (event.target as Element).closest('.row')?.closest<HTMLElement>('[role="treeitem"]')?.dataset.key;
    const item = key === undefined ? undefined : this.drawn.items.get(key);
    if (!item) return;
    this.activeKey = item.key;
    this.activate(item);
  };

  readonly onFocusin = (event: FocusEvent): void => {
    const key = treeItemOf(event)?.dataset.key;
    if (key === undefined || !this.drawn.items.has(key) || key === this.activeKey) return;
    this.activeKey = key;
    this.host.requestUpdate();
  };

  /** What Enter, Space or a click does on an item. */
  private activate(item: TreeItem): void {
    switch (item.kind) {
      case 'lane':
        this.closedLanes = item.open ? new Set(this.closedLanes).add(item.key) : without(this.closedLanes, item.key);
        this.host.requestUpdate();
        break;
      case 'pathway':
        if (item.open) {
          this.openPathways = without(this.openPathways, item.pathway.id);
          this.host.requestUpdate();
          this.actions.closed(item.pathway);
        } else {
          this.actions.open(item.pathway);
        }
        break;
      case 'course':
        this.actions.choose(item);
        break;
      case 'more':
        this.shown = new Map(this.shown).set(item.parent, item.reveal);
        this.focus(item.next);
    }
  }
}

function treeItemOf(event: Event): HTMLElement | undefined {
  return (event.target as Element).closest<HTMLElement>('[role="treeitem"]') ?? undefined;
}

function without<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  if (!set.has(value)) return set;
  const copy = new Set(set);
  copy.delete(value);
  return copy;
}
