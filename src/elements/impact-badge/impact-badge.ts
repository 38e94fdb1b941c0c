import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import { emit } from '../../core/base/events/emit.js';
import { PkError } from '../../core/errors.js';
import { formatDate } from '../../core/i18n/format.js';
import type { MessageKey } from '../../core/i18n/i18n.js';
import type { ImpactTag, Pillar } from '../../core/manifest/types.js';
import { Anchoring } from './anchoring.js';
import './events/pk-pillar-request.js';
import { styles } from './impact-badge.styles.js';
import impactBadgeMessages from '../../core/i18n/locales/en/impact-badge.js';

/** What the element shows: tags, or why it cannot (an unknown id, no id at all). */
type View =
  | { kind: 'tags'; tags: readonly ImpactTag[]; single: boolean }
  | { kind: 'problem'; error: PkError; key: MessageKey; id: string };

const DEFAULT_MAX = 3;
/** How long the pointer may take to cross from a badge to its tooltip before the tooltip closes. */
const HOVER_GRACE_MS = 150;
const TOOLTIP_ID = 'tooltip';

/**
 * An impact tag on a course card: "Enables Automation for Q3 Efficiency Goals". Hovering or
 * focusing a badge opens a tooltip (WAI-ARIA APG tooltip pattern) saying which pillar and
 * initiative it advances and by when, with a button asking for that pillar's pathways. Escape
 * closes the tooltip; on touch screens a tap toggles it.
 *
 * `tag="ID"` shows one tag; `course="ID"` shows a course's tags, the first `max` of them, then a
 * "+N more" button that reveals the rest. Nothing is positioned, and no listener is added beyond
 * the badges' own, until a tooltip opens; the positioning code (floating-ui) loads on first open.
 *
 * @summary The impact tags of a course as badges, each with a tooltip naming the pillar, initiative and target it serves.
 * @since 0.1.0
 *
 * @event pk-pillar-request - The learner asked for the pathways of the tag's pillar; `detail` has
 *   `pillar`, `tag` and `course`.
 * @event pk-error - The manifest could not be loaded, or the tag or course is not in it.
 *
 * @csspart list - The list of a course's badges.
 * @csspart item - One badge with its tooltip.
 * @csspart badge - The badge button.
 * @csspart icon - The dot before the label.
 * @csspart label - The tag's label.
 * @csspart more - The "+N more" / "Show fewer" button.
 * @csspart tooltip - The tooltip box.
 * @csspart tooltip-text - The tooltip's description (what the badge's `aria-describedby` names).
 * @csspart tooltip-pillar - The line naming the pillar.
 * @csspart tooltip-initiative - The line naming the initiative.
 * @csspart tooltip-target - The line with the target period and due date.
 * @csspart pathways - The button asking for the pillar's pathways.
 *
 * @cssproperty [--pk-impact-badge-background=var(--pk-color-accent-soft)] - Badge background (imperative pillars use the hero colours).
 * @cssproperty [--pk-impact-badge-color=var(--pk-color-text)] - Badge text colour.
 * @cssproperty [--pk-impact-badge-border-color=var(--pk-color-border)] - Badge border colour.
 * @cssproperty [--pk-impact-badge-radius=999px] - Badge corner radius.
 * @cssproperty [--pk-impact-badge-tooltip-background=var(--pk-color-surface-raised)] - Tooltip background.
 * @cssproperty [--pk-impact-badge-tooltip-color=var(--pk-color-text)] - Tooltip text colour.
 * @cssproperty [--pk-impact-badge-tooltip-max-width=20rem] - Widest the tooltip gets.
 */
export class PkImpactBadge extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = impactBadgeMessages;

  /** The id of one impact tag to show. */
  @property() tag?: string;

  /** The id of a course whose impact tags to show (used when `tag` is not set). */
  @property() course?: string;

  /** How many of a course's tags show before the "+N more" button. */
  @property({ type: Number }) max = DEFAULT_MAX;

  @state() private openTag?: string;
  @state() private expanded = false;

  private view?: View;
  private readonly anchoring = new Anchoring();
  /** Aborts the document listeners that exist only while a tooltip is open. */
  private openListeners?: AbortController;
  private hovered = false;
  private closeTimer?: ReturnType<typeof setTimeout>;
  private restoringFocus = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hide();
    this.detachTooltip();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('course')) this.expanded = false;
    if (changed.has('manifestState') || changed.has('tag') || changed.has('course')) {
      this.view = this.manifestState.status === 'ready' ? this.resolve(this.manifestState) : undefined;
      this.openTag = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.view?.kind === 'problem') this.report(this.view.error);
    if (changed.has('openTag')) {
      if (this.openTag) this.attachTooltip();
      else this.detachTooltip();
    }
  }

  private resolve({ catalog }: ReadyManifest): View {
    if (this.tag) {
      const tag = catalog.impactTags.get(this.tag);
      return tag
        ? { kind: 'tags', tags: [tag], single: true }
        : this.problem('impact-badge.unknown-tag', this.tag, `impact tag "${this.tag}" is not in the pathway manifest`);
    }
    if (this.course) {
      const course = catalog.courses.get(this.course);
      if (!course) {
        return this.problem('impact-badge.unknown-course', this.course, `course "${this.course}" is not in the pathway manifest`);
      }
      const tags = [...new Set(course.impactTags)].map((id) => catalog.impactTags.get(id)!);
      return { kind: 'tags', tags, single: false };
    }
    return {
      kind: 'problem',
      key: 'impact-badge.no-id',
      id: '',
      error: new PkError('config-invalid', '<pk-impact-badge> needs a tag="…" or course="…" attribute', { source: this.localName }),
    };
  }

  private problem(key: MessageKey, id: string, message: string): View {
    return { kind: 'problem', key, id, error: new PkError('not-found', message, { source: this.localName }) };
  }

  protected override isEmpty(): boolean {
    return this.view?.kind === 'tags' && this.view.tags.length === 0;
  }

  protected override emptyMessage(): string {
    return this.settings.t('impact-badge.none');
  }

  protected override renderContent(ready: ReadyManifest): unknown {
    const view = this.view!;
    if (view.kind === 'problem') return this.renderProblem(this.settings.t(view.key, { id: view.id }));
    if (view.single) {
      return html`<span
        class="item"
        part="item"
        @pointerover=${this.onPointerOver}
        @pointerout=${this.onPointerOut}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @click=${this.onClick}
        >${this.renderBadge(view.tags[0]!, ready)}</span
      >`;
    }
    const max = Number.isFinite(this.max) ? Math.max(1, Math.floor(this.max)) : DEFAULT_MAX;
    const hidden = Math.max(0, view.tags.length - max);
    const shown = this.expanded ? view.tags : view.tags.slice(0, max);
    // The badges' and tooltips' pointer, focus and click events are handled here, one set of
    // listeners for the list rather than one per badge (a catalogue page draws thousands).
    return html`<ul
      class="list"
      part="list"
      id="list"
      aria-label=${this.settings.t('impact-badge.list')}
      @pointerover=${this.onPointerOver}
      @pointerout=${this.onPointerOut}
      @focusin=${this.onFocusIn}
      @focusout=${this.onFocusOut}
      @click=${this.onClick}
    >
      ${shown.map((tag) => html`<li class="item" part="item">${this.renderBadge(tag, ready)}</li>`)}
      ${hidden > 0
        ? html`<li class="item">
            <button type="button" class="more" part="more" aria-expanded=${this.expanded} aria-controls="list" @click=${this.toggleMore}>
              ${this.expanded ? this.settings.t('impact-badge.fewer') : this.settings.t('impact-badge.more', { count: hidden })}
            </button>
          </li>`
        : nothing}
    </ul>`;
  }

  /** A badge-sized error line instead of the base's box: a card may hold many badges. */
  protected override renderError(error: PkError): unknown {
    return this.renderProblem(this.settings.t(`error.${error.code}`));
  }

  private renderProblem(text: string): unknown {
    this.face = 'error';
    return html`<span class="state state-error" part="state">${text}</span>`;
  }

  private renderBadge(tag: ImpactTag, { catalog }: ReadyManifest): unknown {
    const open = this.openTag === tag.id;
    const imperative = catalog.pillars.get(tag.pillar)?.imperative !== undefined;
    return html`<button
        type="button"
        class=${imperative ? 'badge imperative' : 'badge'}
        part="badge"
        data-tag=${tag.id}
        aria-describedby=${open ? TOOLTIP_ID : nothing}
      >
        <span class="icon" part="icon" aria-hidden="true"></span><span part="label" dir="auto">${tag.label}</span>
      </button>
      ${open ? this.renderTooltip(tag, catalog.pillars.get(tag.pillar)!) : nothing}`;
  }

  private renderTooltip(tag: ImpactTag, pillar: Pillar): unknown {
    const advances =
      pillar.imperative === undefined
        ? this.settings.t('impact-badge.advances', { pillar: pillar.title })
        : this.settings.t('impact-badge.advances-imperative', { pillar: pillar.title, rank: pillar.imperative });
    const target = tag.due
      ? this.settings.t('impact-badge.target-due', { period: tag.targetPeriod, date: formatDate(this.settings.locale, tag.due) })
      : this.settings.t('impact-badge.target', { period: tag.targetPeriod });
    return html`<div
      class="tooltip"
      part="tooltip"
      popover="manual"
    >
      <div id=${TOOLTIP_ID} role="tooltip" part="tooltip-text">
        <p class="tooltip-pillar" part="tooltip-pillar">${advances}</p>
        <p part="tooltip-initiative">${this.settings.t('impact-badge.initiative', { initiative: tag.initiative })}</p>
        <p part="tooltip-target">${target}</p>
      </div>
      <button type="button" class="pathways" part="pathways" @click=${this.onPathwaysClick}>
        ${this.settings.t('impact-badge.pathways', { pillar: pillar.title })}
      </button>
    </div>`;
  }

  /** The open badge's item: its button and its tooltip. */
  private openItem(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.tooltip')?.parentElement ?? null;
  }

  private show(id: string): void {
    clearTimeout(this.closeTimer);
    this.openTag = id;
  }

  private hide(): void {
    clearTimeout(this.closeTimer);
    this.hovered = false;
    this.openTag = undefined;
  }

  private attachTooltip(): void {
    const item = this.openItem();
    const tooltip = item?.querySelector<HTMLElement>('.tooltip');
    const badge = item?.querySelector<HTMLElement>('.badge');
    if (!tooltip || !badge) return;
    if (!tooltip.matches(':popover-open')) tooltip.showPopover?.();
    this.openListeners?.abort();
    this.openListeners = new AbortController();
    const options = { capture: true, signal: this.openListeners.signal };
    document.addEventListener('keydown', this.onDocumentKeydown, options);
    document.addEventListener('pointerdown', this.onDocumentPointerdown, options);
    void this.anchoring.attach(badge, tooltip);
  }

  private detachTooltip(): void {
    this.openListeners?.abort();
    this.openListeners = undefined;
    this.anchoring.detach();
  }

  /** True while focus is on the open badge or inside its tooltip. */
  private focusInside(): boolean {
    const active = this.shadowRoot?.activeElement;
    return !!active && !!this.openItem()?.contains(active);
  }

  /** Moves focus from the closing tooltip back to its badge without reopening it. */
  private returnFocus(): void {
    if (!this.focusInside()) return;
    this.restoringFocus = true;
    this.openItem()?.querySelector<HTMLElement>('.badge')?.focus();
    this.restoringFocus = false;
  }

  /**
   * The badge or the tooltip `target` is in, else null: the pointer and focus are followed in and
   * out of these zones (what `pointerenter`/`pointerleave` on each would tell, from one listener).
   */
  private zoneOf(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? target.closest<HTMLElement>('.badge, .tooltip') : null;
  }

  /** The zone a mouse pointer event crosses into or out of, or null when it stays inside one or is not a mouse. */
  private crossedZone(event: PointerEvent): HTMLElement | null {
    if (event.pointerType !== 'mouse') return null;
    const zone = this.zoneOf(event.target);
    return zone && zone !== this.zoneOf(event.relatedTarget) ? zone : null;
  }

  private onPointerOver(event: PointerEvent): void {
    const zone = this.crossedZone(event);
    if (!zone) return;
    this.hovered = true;
    const id = zone.dataset.tag;
    if (id) this.show(id);
    else clearTimeout(this.closeTimer);
  }

  private onPointerOut(event: PointerEvent): void {
    if (!this.crossedZone(event)) return;
    this.hovered = false;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (!this.hovered && !this.focusInside()) this.hide();
    }, HOVER_GRACE_MS);
  }

  /** Keyboard focus opens the tooltip; a click or tap focuses without it (the click decides). */
  private onFocusIn(event: FocusEvent): void {
    const badge = event.target as HTMLElement;
    if (!this.restoringFocus && badge.matches('.badge:focus-visible')) this.show(badge.dataset.tag!);
  }

  private onFocusOut(event: FocusEvent): void {
    if (!this.zoneOf(event.target)) return;
    const next = event.relatedTarget;
    if (next instanceof Node && this.openItem()?.contains(next)) return;
    if (!this.hovered) this.hide();
  }

  /** A mouse click keeps the hover tooltip open; a tap or Enter/Space toggles it. */
  private onClick(event: MouseEvent): void {
    const id = (event.target as Element).closest<HTMLElement>('.badge')?.dataset.tag;
    if (!id) return;
    const pointer = (event as Partial<PointerEvent>).pointerType;
    if (pointer !== 'mouse' && this.openTag === id) this.hide();
    else this.show(id);
  }

  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    this.returnFocus();
    this.hide();
  };

  private readonly onDocumentPointerdown = (event: PointerEvent): void => {
    const item = this.openItem();
    if (item && !event.composedPath().includes(item)) this.hide();
  };

  private onPathwaysClick(): void {
    const tag = this.view?.kind === 'tags' ? this.view.tags.find(({ id }) => id === this.openTag) : undefined;
    if (!tag) return;
    emit(this, 'pk-pillar-request', { pillar: tag.pillar, tag: tag.id, ...(this.course ? { course: this.course } : {}) });
    this.returnFocus();
    this.hide();
  }

  private toggleMore(): void {
    this.expanded = !this.expanded;
    this.hide();
  }
}
