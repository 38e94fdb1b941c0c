import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DeliveryController } from '../../core/base/delivery-controller.js';
import { emit } from '../../core/base/events/emit.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import { PkError } from '../../core/errors.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Pathway, Pillar } from '../../core/manifest/types.js';
import { safeUrl } from '../../core/url.js';
import './events/pk-course-select.js';
import './events/pk-pathway-select.js';
import './events/pk-pillar-select.js';
import type { PathwaySelectSource } from './events/pk-pathway-select.js';
import { InteractiveLoader, interactiveModule } from './interactive-loader.js';
import { departmentsOf, pillarsInOrder } from './navigation.js';
import { styles } from './pillar-navigator.styles.js';
import type { LearnerProgress } from './progress.js';
import type { RenderContext } from './render-context.js';
import { renderFilters } from './render-filters.js';
import { renderHeroes } from './render-heroes.js';
import { renderNoMatch, renderNotices, renderPartFailed } from './render-messages.js';
import { PANEL_ID, renderTabs, tabId } from './render-tabs.js';
import { renderConvergence } from './render-convergence.js';
import { isFiltering, NO_FILTER, type Filters } from './search.js';
import { missingSelection } from './selection.js';
import { pathwayKey, type CourseView } from './tree-model.js';
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
 * @cssproperty --pk-pillar-navigator-rail-width - Width of the pillar rail in the wide layout (default 16rem).
 * @cssproperty --pk-pillar-navigator-line - Colour of the converging lines (default: the accent colour).
 * @cssproperty --pk-pillar-navigator-line-width - Width of the converging lines (default 2px).
 * @cssproperty --pk-pillar-navigator-gap - Space between the main blocks (default: the base spacing).
 */
export class PkPillarNavigator extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = pillarNavigatorMessages;

  /** Sends this element's learner events through the outbox. */
  protected readonly delivery = new DeliveryController(this, this.settings, this.manifestTask, (error) => this.report(error));

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

  private readonly tree = new PathwayTree(this, {
    open: (pathway) => this.openPathway(pathway, 'tree'),
    closed: (pathway) => {
      if (this.selectedPathway === pathway.id) this.selectedPathway = undefined;
    },
    choose: (course) => this.chooseCourse(course),
    direction: () => this.settings.direction,
    key: (event, use) => this.interactive.key(event, use),
  });
  private readonly interactive = new InteractiveLoader(this, () => this.catalog, {
    arrived: () => {
      if (!isFiltering(this.filters)) return;
      this.requestUpdate();
      this.scheduleAnnouncement(ANNOUNCE_DELAY_MS);
    },
    failed: (error) => {
      this.report(error);
      this.requestUpdate();
    },
  });
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** One error per unknown id, so that each is reported once. */
  private notFound = new Map<string, PkError>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.manifestState.status !== 'ready') return;
    const { catalog } = this.manifestState;
    const loaded = changed.has('manifestState');
    this.followSelection(catalog, loaded || changed.has('selectedPathway'), changed.has('selectedPillar'));
    this.reportMissing(catalog);
    if (loaded || FILTER_PROPERTIES.some((name) => changed.has(name))) this.scheduleAnnouncement(loaded ? 0 : ANNOUNCE_DELAY_MS);
  }

  /**
   * Keeps pillar and pathway consistent: a pathway selected from code opens, in its own pillar and
   * lane; a pillar selected from code drops a selected pathway of another pillar.
   */
  private followSelection(catalog: Catalog, pathwayChanged: boolean, pillarChanged: boolean): void {
    const pathway = this.selectedPathway === undefined ? undefined : catalog.pathways.get(this.selectedPathway);
    if (!pathway) return;
    if (pathwayChanged) {
      this.selectedPillar = pathway.pillar;
      this.tree.reveal(pathway);
    } else if (pillarChanged && this.selectedPillar !== pathway.pillar) {
      this.selectedPathway = undefined;
    }
  }

  private reportMissing(catalog: Catalog): void {
    for (const { kind, id } of missingSelection(catalog, this.selectedPillar, this.selectedPathway)) {
      const key = `${kind}:${id}`;
      let error = this.notFound.get(key);
      if (!error) {
        error = new PkError('not-found', `selected-${kind} "${id}" is not a ${kind} id in the pathway manifest`, { source: this.localName });
        this.notFound.set(key, error);
      }
      this.report(error);
    }
  }

  protected override isEmpty({ manifest }: ReadyManifest): boolean {
    return manifest.pathways.length === 0;
  }

  protected override emptyMessage(): string {
    return this.settings.t('pillar-navigator.empty');
  }

  private get filters(): Filters {
    return { query: this.query, department: this.department, heroOnly: this.heroOnly, mandatoryOnly: this.mandatoryOnly };
  }

  private get catalog(): Catalog | undefined {
    return this.manifestState.status === 'ready' ? this.manifestState.catalog : undefined;
  }

  private currentPillar(catalog: Catalog): Pillar {
    return (this.selectedPillar === undefined ? undefined : catalog.pillars.get(this.selectedPillar)) ?? pillarsInOrder(catalog)[0]!;
  }

  protected override renderContent({ catalog }: ReadyManifest) {
    const ctx: RenderContext = { t: (key, params) => this.settings.t(key, params), catalog, progress: this.progress };
    // Undefined while a filter waits for filtering to load: the tabs count all pathways meanwhile.
    const filter = this.interactive.filter(catalog, this.filters);
    const pillars = pillarsInOrder(catalog);
    const current = this.currentPillar(catalog);
    const { matches } = filter ?? NO_FILTER;
    const matching = new Map(pillars.map((pillar) => [pillar.id, catalog.pathwaysOfPillar(pillar.id).filter(matches)]));
    const counts = new Map([...matching].map(([id, pathways]) => [id, pathways.length]));
    const lanes = this.tree.layout(ctx, current.id, matching.get(current.id)!, this.selectedPathway);
    return html`<div class="navigator">
      ${renderNotices(ctx, missingSelection(catalog, this.selectedPillar, this.selectedPathway))}
      ${renderHeroes(ctx, catalog.heroPathways, (pathway) => this.openHero(catalog, pathway))}
      ${renderFilters(ctx, this.filters, departmentsOf(catalog), isFiltering(this.filters), {
        change: (filters) => Object.assign(this, filters),
        clear: () => this.clearFilters(),
        approach: this.interactive.now,
      })}
      <p class="status" part="status" role="status">${this.announcement}</p>
      ${this.interactive.failed ? renderPartFailed(ctx, () => this.retry()) : nothing}
      <div class="layout">
        ${renderTabs({
          ctx,
          pillars,
          current,
          counts,
          filtering: !!filter?.active,
          on: { choose: (pillar) => this.choosePillar(pillar), keydown: (event, index) => this.onTabKeydown(event, index, pillars) },
        })}
        <section class="panel" part="panel" role="tabpanel" id=${PANEL_ID} aria-labelledby=${tabId(pillars.indexOf(current))} tabindex="0">
          <header class="pillar">
            <h2 class="pillar-title" part="pillar-title">${current.title}</h2>
            <p class="pillar-description">${current.description}</p>
          </header>
          ${!filter
            ? this.interactive.failed
              ? nothing
              : this.renderLoading()
            : lanes.length === 0
            ? renderNoMatch(ctx, [...counts.values()].reduce((sum, count) => sum + count, 0), () => this.clearFilters())
            : renderConvergence({
                ctx,
                pillar: current,
                lanes,
                filter,
                tabStop: this.tree.tabStop,
                selectedPathway: this.selectedPathway,
                on: { keydown: this.tree.onKeydown, click: this.tree.onClick, focusin: this.tree.onFocusin },
              })}
        </section>
      </div>
    </div>`;
  }

  // ——— What the learner does ———

  private onTabKeydown(event: KeyboardEvent, index: number, pillars: readonly Pillar[]): void {
    this.interactive.key(event, ({ tabKeyTarget }) => {
      const target = tabKeyTarget(event.key, index, pillars.length, this.settings.direction);
      if (target !== undefined) this.choosePillar(pillars[target]!);
      return target !== undefined;
    });
  }

  /** The learner chose a pillar tab: select it and move focus to it. */
  private choosePillar(pillar: Pillar): void {
    const catalog = this.catalog;
    if (!catalog) return;
    this.selectPillar(catalog, pillar);
    void this.focusAfterUpdate(`#${tabId(pillarsInOrder(catalog).indexOf(pillar))}`);
  }

  /** Selects a pillar for the learner, firing `pk-pillar-select` when the selection changes. */
  private selectPillar(catalog: Catalog, pillar: Pillar): void {
    if (this.currentPillar(catalog) === pillar) return;
    this.selectedPillar = pillar.id;
    emit(this, 'pk-pillar-select', { pillarId: pillar.id, pillar });
  }

  /** The learner opened a pathway: it becomes the selected pathway, and the host and the endpoint hear of it. */
  private openPathway(pathway: Pathway, source: PathwaySelectSource): void {
    const pillar = this.catalog?.pillars.get(pathway.pillar);
    if (!pillar) return;
    this.tree.reveal(pathway);
    this.selectedPathway = pathway.id;
    emit(this, 'pk-pathway-select', { pathwayId: pathway.id, pillarId: pillar.id, pathway, source });
    const display = { pathwayTitle: pathway.title, pillarTitle: pillar.title };
    // A failure to queue is already reported (console and pk-error); opening the pathway goes on.
    this.delivery.deliver({ type: 'pathway-opened', pathwayId: pathway.id, pillarId: pillar.id, display }).catch(() => undefined);
  }

  /** A hero card opens its pathway in its pillar, clearing filters that would hide it, and focuses it. */
  private openHero(catalog: Catalog, pathway: Pathway): void {
    // A filter that is not loaded yet may hide it too.
    if (!this.interactive.filter(catalog, this.filters)?.matches(pathway)) this.resetFilters();
    this.selectPillar(catalog, catalog.pillars.get(pathway.pillar)!);
    this.openPathway(pathway, 'hero');
    this.tree.focus(pathwayKey(pathway.id));
  }

  /** Fires the cancelable `pk-course-select`; with `navigate`, follows the course URL unless cancelled. */
  private chooseCourse(view: CourseView): void {
    const course = this.catalog?.courses.get(view.courseId);
    if (!course) return;
    const url = course.url === undefined ? undefined : safeUrl(course.url);
    const detail = { courseId: course.id, pathwayId: view.pathway.id, pillarId: view.pathway.pillar, course, url };
    const proceed = emit(this, 'pk-course-select', detail, { cancelable: true });
    if (proceed && this.navigate && url) window.location.assign(url);
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
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
    void this.focusAfterUpdate('[part~="search"]');
  }

  /** "Clear filters" disappears once used, so focus goes back to the search field. */
  private clearFilters(): void {
    this.resetFilters();
    void this.focusAfterUpdate('[part~="search"]');
  }

  /** The result count, once typing pauses; "showing all" only after filters were cleared. */
  private scheduleAnnouncement(delay: number): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const catalog = this.catalog;
      // Without the chunk nothing was said yet; a filter waiting for it is announced when it arrives.
      const interactive = interactiveModule.value;
      if (catalog && interactive) {
        this.announcement = interactive.announcement(catalog, this.filters, (key, params) => this.settings.t(key, params), this.announcement);
      }
    }, delay);
  }
}
