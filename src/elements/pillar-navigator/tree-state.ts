/**
 * The pathway tree's state and keyboard: which lanes are closed, which pathways are open, how much
 * of each long list is drawn, and which item holds the tab stop (roving tabindex). What opening a
 * pathway or choosing a course means (events, delivery, selection) is the host's; the host asks
 * for a layout on every render.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Direction } from '../../core/i18n/i18n.js';
import type { Pathway } from '../../core/manifest/types.js';
import type { KeyUse } from './interactive-loader.js';
import { lanesOf } from './navigation.js';
import type { RenderContext } from './render-context.js';
import { drawnItems, laneKey, treeView, type CourseView, type LaneView, type TreeItem } from './tree-model.js';

export interface TreeActions {
  /** The learner asks to open a pathway; the host opens it with `reveal()` and tells whoever needs to know. */
  open(pathway: Pathway): void;
  /** The learner closed a pathway (it is closed already). */
  closed(pathway: Pathway): void;
  /** The learner chose a course. */
  choose(course: CourseView): void;
  direction(): Direction;
  /** Uses a key with the keyboard model, now or once it is loaded. */
  key(event: KeyboardEvent, use: KeyUse): void;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class PathwayTree {
  private closedLanes: ReadonlySet<string> = new Set();
  private openPathways: ReadonlySet<string> = new Set();
  private shown: ReadonlyMap<string, number> = new Map();
  private activeKey?: string;
  /** The drawn items by key, in display order. */
  private drawn = new Map<string, TreeItem>();
  /** What type-ahead reads the drawn items' words with. */
  private ctx?: RenderContext;

  constructor(
    private readonly host: Host,
    private readonly actions: TreeActions,
  ) {}

  /** Lays out a pillar's pathways in lanes, as drawn now, and remembers the drawn items for the keyboard. */
  layout(ctx: RenderContext, pillarId: string, pathways: readonly Pathway[], selectedPathway: string | undefined): LaneView[] {
    const lanes = treeView(lanesOf(pathways), {
      pillarId,
      closedLanes: this.closedLanes,
      openPathways: this.openPathways,
      shown: this.shown,
      selectedPathway,
    });
    this.drawn = drawnItems(lanes);
    this.ctx = ctx;
    return lanes;
  }

  /** The one item in the tab order: the last one focused while it is drawn, else the first. */
  get tabStop(): string | undefined {
    return this.activeKey !== undefined && this.drawn.has(this.activeKey) ? this.activeKey : this.drawn.keys().next().value;
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
    const key = treeItemOf(event)?.dataset.key;
    if (key === undefined) return;
    this.actions.key(event, ({ treeKeyAction, treeNodes }) => {
      const action = treeKeyAction(treeNodes(this.drawn.values(), this.ctx!), key, event.key, this.actions.direction());
      if (!action) return false;
      // Expand and collapse only come for closed and open items, where activating toggles.
      if (action.kind === 'focus') this.focus(action.key);
      else this.activate(this.drawn.get(action.key)!);
      return true;
    });
  };

  readonly onClick = (event: MouseEvent): void => {
    const key = (event.target as Element).closest('.row')?.closest<HTMLElement>('[role="treeitem"]')?.dataset.key;
    const item = key === undefined ? undefined : this.drawn.get(key);
    if (!item) return;
    this.activeKey = item.key;
    this.activate(item);
  };

  readonly onFocusin = (event: FocusEvent): void => {
    const key = treeItemOf(event)?.dataset.key;
    if (key === undefined || !this.drawn.has(key) || key === this.activeKey) return;
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
