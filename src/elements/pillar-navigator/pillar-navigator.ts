import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DeliveryController } from '../../core/base/delivery-controller.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import { InteractiveLoader, interactiveModule } from './interactive-loader.js';
import { styles } from './pillar-navigator.styles.js';
import type { LearnerProgress } from './progress.js';
import { renderHeader } from './render-header.js';
import { renderPillars } from './render-pillars.js';
import { missingSelection, PillarSelection } from './selection.js';
import { PathwayTree } from './tree-state.js';
import pillarNavigatorMessages from '../../core/i18n/locales/en/pillar-navigator-labels.js';

/** Screen readers hear the result count once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 400;
const FILTER_PROPERTIES = ['query', 'department', 'heroOnly', 'mandatoryOnly'] as const;
/** A removed attribute reads as "not set" (`undefined` or empty), never as `null`. */
const unsetAsUndefined = { fromAttribute: (value: string | null) => value ?? undefined };
const unsetAsEmpty = { fromAttribute: (value: string | null) => value ?? '' };

/**
 * `<pk-pillar-navigator>`: the catalogue navigated by strategic outcome. The year's hero pathways
 * come first; then the strategic pillars (imperatives by rank, then the others) as tabs; inside a
 * pillar its pathways, grouped by owning department and drawn as converging on the pillar; inside
 * a pathway its courses in order, with impact tags and, when the host gives `progress`, the
 * learner's progress per course and per pathway. Search, department, hero-only and mandatory-only
 * filters narrow the pathways; the result count is announced politely.
 *
 * Keyboard (WAI-ARIA APG): the pillar rail is a tab list with roving tabindex and **automatic
 * activation** (moving focus selects the pillar; panels are cheap because collapsed pathways have
 * no DOM). Up/Down and Left/Right (following the text direction) move, Home/End go to the ends.
 * The pathways are a tree: Up/Down, Home/End, the inward arrow opens or enters, the outward arrow
 * closes or goes to the parent (both swap in right-to-left text), Enter or Space activates, a
 * letter jumps to the next item starting with it. Activating a course fires `pk-course-select`.
 *
 * Opening a pathway (in the tree or on a hero card) fires `pk-pathway-select` and, when an
 * endpoint is configured, is sent to it as a `pathway-opened` learner event.
 *
 * Scale: only the selected pillar is drawn, collapsed pathways have no DOM, and lanes and
 * pathways are drawn 20 pathways and 25 courses at a time ("Show more"); search text is indexed
 * once per manifest, in idle moments after the first render or when the search field is approached.
 * The keyboard model and filtering are a chunk of their own (the first render needs neither): it
 * loads in an idle moment, when focus comes in, or when a filter or a key needs it, and a key
 * pressed or a filter set before it is here is applied when it arrives.
 *
 * ```html
 * <pk-pillar-navigator selected-pillar="client-trust" navigate></pk-pillar-navigator>
 * ```
 *
 * @summary The catalogue navigated by strategic outcome: hero pathways, then pillars as tabs with their pathways converging on them.
 * @since 0.1.0
 *
 * @event pk-pillar-select - The learner chose a pillar (tab or hero card). `detail`: `pillarId`, `pillar`.
 * @event pk-pathway-select - The learner opened a pathway. `detail`: `pathwayId`, `pillarId`, `pathway`, `source` (`tree` or `hero`).
 * @event pk-course-select - The learner chose a course. Cancelable; when not cancelled and `navigate` is set, the page goes to `detail.url`. `detail`: `courseId`, `pathwayId`, `pillarId`, `course`, `url`.
 * @csspart heroes - The hero pathways section.
 * @csspart hero - A hero pathway card (a button).
 * @csspart filters - The filter form.
 * @csspart search - The search field.
 * @csspart department-filter - The department menu.
 * @csspart hero-filter - The "hero pathways only" checkbox.
 * @csspart mandatory-filter - The "mandatory only" checkbox.
 * @csspart clear - "Clear filters" buttons.
 * @csspart status - The polite live region with the result count.
 * @csspart notice - The message about an unknown `selected-pillar` / `selected-pathway`.
 * @csspart tabs - The pillar rail (tab list).
 * @csspart tab - A pillar tab; `tab selected` on the current one, `tab imperative` on imperatives.
 * @csspart panel - The selected pillar's panel.
 * @csspart pillar-title - Its heading.
 * @csspart tree - The pathway tree.
 * @csspart department - A department lane (tree item); an open one is also `expanded` (`::part(department expanded)`).
 * @csspart pathway - A pathway (tree item); also `expanded` when open, `selected` when it is the selected pathway.
 * @csspart flag - A "Hero pathway", "Mandatory" or "Matches your search" label.
 * @csspart progress - A pathway's progress (bar and "3 of 5 done").
 * @csspart progress-bar - The `<progress>` bar.
 * @csspart courses - The course list of an open pathway.
 * @csspart course - A course (tree item).
 * @csspart impact-tag - One impact tag label.
 * @csspart more - A "Show more" item.
 * @csspart target - The pillar the lanes converge on.
 * @csspart no-match - The "no match" message.
 * @csspart part-failed - Says, under the filters, that the keyboard model and filtering could not be loaded.
 * @csspart retry - The "Try again" button of `part-failed`.
 * @cssproperty [--pk-pillar-navigator-rail-width=16rem] - Width of the pillar rail in the wide layout.
 * @cssproperty [--pk-pillar-navigator-line=var(--pk-color-accent)] - Colour of the converging lines.
 * @cssproperty [--pk-pillar-navigator-line-width=2px] - Width of the converging lines.
 * @cssproperty [--pk-pillar-navigator-gap=var(--pk-space)] - Space between the main blocks.
 */
export class PkPillarNavigator extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = pillarNavigatorMessages;

  /** Sends this element's learner events through the outbox. */
  protected readonly delivery = new DeliveryController(this, this.settings, this.manifestTask, (error) => this.report(error));
  /** The pathway tree's state and keyboard. */
  private readonly tree = new PathwayTree(this, {
    open: (pathway) => this.selection.openPathway(pathway, 'tree'),
    closed: (pathway) => {
      if (this.selectedPathway === pathway.id) this.selectedPathway = undefined;
    },
    choose: (course) => this.selection.chooseCourse(course),
    direction: () => this.settings.direction,
    key: (event, use) => this.interactive.key(event, use),
  });
  /** The selected pillar and pathway, and the learner's choices. */
  private readonly selection = new PillarSelection(this, this.tree, () => this.catalog, this.delivery, (error) => this.report(error));
  /** The keyboard model and filtering, a chunk of their own. */
  private readonly interactive = new InteractiveLoader(this, () => this.catalog, () => this.filters, {
    filterArrived: () => {
      this.requestUpdate();
      this.scheduleAnnouncement(ANNOUNCE_DELAY_MS);
    },
    failed: (error) => {
      this.report(error);
      this.requestUpdate();
    },
  });

  /** The selected pillar's id; reflects the learner's choice (deep links). Setting it fires no event. */
  @property({ attribute: 'selected-pillar', reflect: true, converter: unsetAsUndefined }) selectedPillar?: string;

  /**
   * The open, current pathway's id; reflects the learner's choice (deep links). Setting it opens
   * the pathway in its pillar and fires no event.
   */
  @property({ attribute: 'selected-pathway', reflect: true, converter: unsetAsUndefined }) selectedPathway?: string;

  /** Learner progress: course id → `not-started` | `in-progress` | `done`. Unset shows no progress. */
  @property({ attribute: false }) progress?: LearnerProgress;

  /** Follow the course URL when a course is chosen and `pk-course-select` is not cancelled. */
  @property({ type: Boolean }) navigate = false;

  /** Search text (titles, objectives, impact tag labels; case and accents ignored). */
  @property({ converter: unsetAsEmpty }) query = '';

  /** Show only pathways owned by this department (exactly as written in the manifest). */
  @property({ converter: unsetAsEmpty }) department = '';

  /** Show only pathways marked `hero` in the manifest. */
  @property({ type: Boolean, attribute: 'hero-only' }) heroOnly = false;

  /** Show only pathways marked `mandatory` in the manifest. */
  @property({ type: Boolean, attribute: 'mandatory-only' }) mandatoryOnly = false;

  @state() private announcement = '';

  private announceTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.manifestState.status !== 'ready') return;
    const loaded = changed.has('manifestState');
    this.selection.check(this.manifestState.catalog, loaded || changed.has('selectedPathway'), changed.has('selectedPillar'));
    if (loaded || FILTER_PROPERTIES.some((name) => changed.has(name))) this.scheduleAnnouncement(loaded ? 0 : ANNOUNCE_DELAY_MS);
  }

  protected override isEmpty({ manifest }: ReadyManifest): boolean {
    return manifest.pathways.length === 0;
  }

  protected override emptyMessage(): string {
    return this.settings.t('pillar-navigator.empty');
  }

  private get filters() {
    return { query: this.query, department: this.department, heroOnly: this.heroOnly, mandatoryOnly: this.mandatoryOnly };
  }

  private get catalog() {
    return this.manifestState.status === 'ready' ? this.manifestState.catalog : undefined;
  }

  protected override renderContent({ catalog }: ReadyManifest) {
    const ctx = { t: this.settings.t, catalog, progress: this.progress };
    const { filters, interactive } = this;
    return html`<div class="navigator">
      ${renderHeader(ctx, missingSelection(catalog, this.selectedPillar, this.selectedPathway), filters, this.announcement, interactive.failed, {
        change: (change) => Object.assign(this, change),
        clear: () => this.clearFilters(),
        approach: interactive.now,
        retry: () => this.retry(),
        openHero: (pathway) => {
          // A filter that is not loaded yet may hide it too.
          if (!interactive.filter(catalog, filters)?.matches(pathway)) this.resetFilters();
          this.selection.openHero(catalog, pathway);
        },
      })}
      ${renderPillars(
        ctx,
        this.selection.current(catalog),
        // Undefined while a filter waits for filtering to load: the tabs count all pathways meanwhile.
        interactive.filter(catalog, filters),
        this.tree,
        this.selectedPathway,
        () => (interactive.failed ? null : this.renderLoading()),
        {
          choose: (pillar) => this.selection.choosePillar(pillar),
          keydown: (event, index, pillars) =>
            interactive.key(event, ({ tabKeyTarget }) => {
              const target = tabKeyTarget(event.key, index, pillars.length, this.settings.direction);
              if (target !== undefined) this.selection.choosePillar(pillars[target]!);
              return target !== undefined;
            }),
          clear: () => this.clearFilters(),
        },
      )}
    </div>`;
  }

  // ——— Filters ———

  private resetFilters(): void {
    this.query = '';
    this.department = '';
    this.heroOnly = false;
    this.mandatoryOnly = false;
  }

  /** "Try again" disappears once used, so focus goes to the search field. */
  private retry(): void {
    this.interactive.retry();
    this.requestUpdate();
    void this.focusSearch();
  }

  /** "Clear filters" disappears once used, so focus goes back to the search field. */
  private clearFilters(): void {
    this.resetFilters();
    void this.focusSearch();
  }

  private async focusSearch(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="search"]')?.focus();
  }

  /** The result count, once typing pauses; "showing all" only after filters were cleared. */
  private scheduleAnnouncement(delay: number): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const catalog = this.catalog;
      // Without the chunk nothing was said yet; a filter waiting for it is announced when it arrives.
      const interactive = interactiveModule.value;
      if (catalog && interactive) this.announcement = interactive.announcement(catalog, this.filters, this.settings.t, this.announcement);
    }, delay);
  }
}
