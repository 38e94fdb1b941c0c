import { html, isServer, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DeliveryController } from '../../core/base/delivery-controller.js';
import { PkElement } from '../../core/base/pk-element.js';
import { LazyPart, type LazyModule } from '../../core/base/lazy-part.js';
import { emit } from '../../core/base/events/emit.js';
import { formatList } from '../../core/i18n/format.js';
import { dismissedEvent, viewOf, type CourseView, type View } from './course-view.js';
import { isDismissed, rememberDismissal } from './dismissal.js';
import './events/pk-why-dismiss.js';
import { styles } from './why-banner.styles.js';
import whyBannerMessages from '../../core/i18n/locales/en/why-banner.js';

export type WhyBannerVariant = 'full' | 'compact';

type Dismissal = 'unknown' | 'shown' | 'dismissed';

const DEFAULT_HEADING_LEVEL = 2;
/** How long an update waits for the stored dismissal, at most, before it shows the placeholder. */
const DISMISSAL_WAIT_MS = 1000;
let sharedDeadline: Promise<void> | undefined;

/** One timer for every banner that starts waiting within the same second (a catalogue page has a thousand). */
function dismissalDeadline(): Promise<void> {
  sharedDeadline ??= new Promise((resolve) =>
    setTimeout(() => {
      sharedDeadline = undefined;
      resolve();
    }, DISMISSAL_WAIT_MS),
  );
  return sharedDeadline;
}

/** The impact badge's parts, exported from inside the banner under the same names. */
const BADGE_PARTS = 'list: badge-list, item: badge-item, badge, icon: badge-icon, label: badge-label, more: badge-more, tooltip, tooltip-text, tooltip-pillar, tooltip-initiative, tooltip-target, pathways';

const closeIcon = svg`<path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" fill="none" />`;

/**
 * Why a course matters: its purpose statement tied to the pillar it serves, the "from → to"
 * reframing when the manifest has one ("Not just avoiding fines, but protecting client trust as a
 * competitive differentiator"), the hero pathways it belongs to, and its impact badges.
 *
 * A course without a `why` falls back to its pillar's description and says so. The learner can
 * hide the banner; that is remembered per learner and course across reloads (the banner then
 * shrinks to a button that brings it back), fires `pk-why-dismiss` and, with an endpoint
 * configured, sends a `why-dismissed` event.
 *
 * The host carries a `dismissed` attribute while the banner is hidden.
 *
 * @summary Why a course matters: its purpose statement, reframing, pillar, hero pathways and impact badges.
 * @since 0.1.0
 * @dependency pk-impact-badge
 *
 * @event pk-why-dismiss - The learner hid the banner; cancelable (the banner then stays). `detail`
 *   has `course`, `pillar` and `learner`.
 * @event pk-pillar-request - From the impact badges inside: the learner asked for a pillar's pathways.
 * @event pk-error - The manifest could not be loaded, the course is not in it, or an event could not be queued.
 *
 * @csspart banner - The banner box.
 * @csspart heading - The heading ("Why … matters").
 * @csspart dismiss - The button that hides the banner.
 * @csspart reframe - The "Not just …, but …" sentence.
 * @csspart reframe-from - Its "not just" half.
 * @csspart reframe-to - Its "but" half.
 * @csspart statement - The purpose statement (or the pillar's description).
 * @csspart fallback-note - The note that says the pillar's description stands in for a missing statement.
 * @csspart facts - The list of the pillar and hero pathways.
 * @csspart pillar - The pillar the course serves.
 * @csspart hero - The hero pathways the course belongs to.
 * @csspart badges - The `<pk-impact-badge>` inside (full variant); its parts are exported as
 *   `badge`, `badge-list`, `badge-item`, `badge-icon`, `badge-label`, `badge-more`, `tooltip`,
 *   `tooltip-text`, `tooltip-pillar`, `tooltip-initiative`, `tooltip-target` and `pathways`.
 * @csspart restore - The button shown after dismissal that brings the banner back.
 * @csspart part-failed - Says, where the badges go, that their code could not be loaded.
 * @csspart retry - The "Try again" button of `part-failed`.
 *
 * @cssproperty [--pk-why-banner-background=var(--pk-color-surface-raised)] - Banner background.
 * @cssproperty [--pk-why-banner-accent=var(--pk-color-accent)] - The stripe along the banner's start edge and the reframe's emphasis.
 * @cssproperty [--pk-why-banner-border-color=var(--pk-color-border)] - Banner border colour.
 * @cssproperty [--pk-why-banner-compact-lines=3] - Lines of text the compact variant shows before it clips.
 */
export class PkWhyBanner extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = whyBannerMessages;

  /** Sends this element's learner events through the outbox. */
  protected readonly delivery = new DeliveryController(this, this.settings, this.manifestTask, (error) => this.report(error));

  /**
   * The definition of the `<pk-impact-badge>` a full banner shows. The class defines nothing:
   * `define.ts` sets this, and the first banner that shows badges loads it (a page of compact
   * banners never downloads the badge). Unset, the banner leaves defining the badge to the host.
   */
  static badgeDefinition: LazyModule<unknown> | undefined;

  /** The id of the course to explain. */
  @property() course?: string;

  /** `full` (statement, reframing, pillar, hero pathways, badges) or `compact` (for course cards). */
  @property({ reflect: true }) variant: WhyBannerVariant = 'full';

  /** The level of the banner's heading, 2 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = DEFAULT_HEADING_LEVEL;

  @state() private dismissal: Dismissal = 'unknown';

  private view?: View;
  /** Learner and course the dismissal state was read for. */
  private dismissalFor?: string;
  /** The read of the stored dismissal in progress. */
  private dismissalRead?: Promise<void>;
  /** The banner has a shadow root before its first render: the server drew it (declarative shadow DOM). */
  private readonly drawnByServer = this.shadowRoot !== null;
  /** Which button gets focus once the banner has hidden or come back. */
  private focusAfterUpdate?: 'restore' | 'dismiss';
  private readonly badge =
    PkWhyBanner.badgeDefinition &&
    new LazyPart(this, PkWhyBanner.badgeDefinition, { report: (error) => this.report(error), t: (key) => this.settings.t(key), when: 'shown' });

  /** Shows the banner again and forgets the learner's dismissal. */
  async restore(): Promise<void> {
    if (!this.course) return;
    this.dismissal = 'shown';
    await rememberDismissal(this.settings.config.learner, this.course, false);
  }

  /**
   * An update waits for the stored dismissal (a local read of a few milliseconds, at most
   * DISMISSAL_WAIT_MS) so the banner draws once, in its final state: no placeholder to build and
   * replace, no layout shift. A slower read shows the placeholder first.
   */
  protected override async scheduleUpdate(): Promise<void> {
    this.readDismissal();
    if (this.dismissal === 'unknown' && this.dismissalRead) {
      await Promise.race([this.dismissalRead, dismissalDeadline()]);
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('manifestState') || changed.has('course')) {
      this.view = this.manifestState.status === 'ready' ? viewOf(this.manifestState.catalog, this.course, this.localName) : undefined;
    }
    this.readDismissal();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.view?.kind === 'problem') this.report(this.view.error);
    this.toggleAttribute('dismissed', this.dismissal === 'dismissed');
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(`[part~="${this.focusAfterUpdate}"]`)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  /** Reads the stored dismissal whenever the learner or the course changes. */
  private readDismissal(): void {
    const { course } = this;
    const learner = this.settings.config.learner;
    const key = JSON.stringify([learner, course]);
    if (!course || key === this.dismissalFor) return;
    this.dismissalFor = key;
    // The server cannot read this browser's storage: it draws the banner shown, and a banner it drew
    // hydrates shown before a stored dismissal hides it (docs/ssr.md).
    this.dismissal = isServer || (this.drawnByServer && !this.hasUpdated) ? 'shown' : 'unknown';
    if (isServer) return;
    this.dismissalRead = isDismissed(learner, course).then((dismissed) => {
      if (key === this.dismissalFor) this.dismissal = dismissed ? 'dismissed' : 'shown';
    });
  }

  protected override isEmpty(): boolean {
    return this.view?.kind === 'course' && !this.view.course.why && !this.view.pillar;
  }

  protected override emptyMessage(): string {
    return this.settings.t('why-banner.none');
  }

  protected override renderContent(): unknown {
    const view = this.view!;
    if (view.kind === 'problem') return this.renderError(view.error);
    // Whether the learner hid it is a local IndexedDB read of a few milliseconds: the loading
    // state stays empty rather than flash a spinner and a sentence (a thousand times on a
    // catalogue page).
    if (this.dismissal === 'unknown') {
      this.face = 'loading';
      return html`<div class="state state-loading" part="state"></div>`;
    }
    if (this.dismissal === 'dismissed') {
      return html`<button type="button" class="restore" part="restore" @click=${this.onRestore}>${this.settings.t('why-banner.restore')}</button>`;
    }
    const compact = this.variant === 'compact';
    const { course } = view;
    return html`<div class="banner" part="banner">
      <div class="header">
        <div class="heading" part="heading" role="heading" aria-level=${this.level()}>
          ${compact ? this.settings.t('why-banner.heading-compact') : this.settings.t('why-banner.heading', { course: course.title })}
        </div>
        <button type="button" class="dismiss" part="dismiss" aria-label=${this.settings.t('why-banner.dismiss')} @click=${this.onDismiss}>
          <svg viewBox="0 0 16 16" aria-hidden="true">${closeIcon}</svg>
        </button>
      </div>
      ${this.renderWhy(view, compact)} ${this.renderFacts(view, compact)}
      ${!compact && course.impactTags.length > 0 ? this.renderBadges(course.id) : nothing}
    </div>`;
  }

  /** The course's impact badges; the tag is drawn at once and comes alive when its definition has loaded. */
  private renderBadges(course: string): unknown {
    const badges = html`<pk-impact-badge
      part="badges"
      exportparts=${BADGE_PARTS}
      course=${course}
      .manifest=${this.settings.config.manifest}
      .theme=${this.settings.config.theme}
    ></pk-impact-badge>`;
    return this.badge ? this.badge.render(() => badges, badges) : badges;
  }

  /** The reframing and statement, or the pillar's description (named as such) when there is no `why`. */
  private renderWhy({ course, pillar }: CourseView, compact: boolean): unknown {
    const { why } = course;
    if (!why) {
      if (!pillar) return nothing;
      return html`<p class="fallback-note" part="fallback-note">${this.settings.t('why-banner.fallback', { pillar: pillar.title })}</p>
        <p class="statement" part="statement" dir="auto">${pillar.description}</p>`;
    }
    const reframe = why.reframe
      ? html`<p class="reframe" part="reframe">
          <span class="reframe-from" part="reframe-from">${this.settings.t('why-banner.reframe-from', { from: why.reframe.from })}</span>
          <span class="reframe-to" part="reframe-to">${this.settings.t('why-banner.reframe-to', { to: why.reframe.to })}</span>
        </p>`
      : nothing;
    // A card has room for one of the two: the reframing says it shortest.
    if (compact && why.reframe) return reframe;
    return html`${reframe}<p class="statement" part="statement" dir="auto">${why.statement}</p>`;
  }

  private renderFacts({ pillar, heroes }: CourseView, compact: boolean): unknown {
    if (!pillar && heroes.length === 0) return nothing;
    const pillarText = !pillar
      ? undefined
      : pillar.imperative === undefined
        ? this.settings.t('why-banner.pillar', { pillar: pillar.title })
        : this.settings.t('why-banner.pillar-imperative', { pillar: pillar.title, rank: pillar.imperative });
    const heroText = compact
      ? this.settings.t('why-banner.hero-compact')
      : this.settings.t('why-banner.hero', { count: heroes.length, pathways: formatList(this.settings.locale, heroes.map(({ title }) => title)) });
    return html`<ul class="facts" part="facts">
      ${pillarText ? html`<li class="pillar" part="pillar">${pillarText}</li>` : nothing}
      ${heroes.length > 0 ? html`<li class="hero" part="hero">${heroText}</li>` : nothing}
    </ul>`;
  }

  private level(): number {
    const level = Math.floor(this.headingLevel);
    return level >= 2 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
  }

  private onDismiss(): void {
    const view = this.view;
    if (view?.kind !== 'course') return;
    const { course, pillar } = view;
    const learner = this.settings.config.learner;
    const detail = { course: course.id, ...(pillar ? { pillar: pillar.id } : {}), ...(learner ? { learner } : {}) };
    if (!emit(this, 'pk-why-dismiss', detail, { cancelable: true })) return;
    this.dismissal = 'dismissed';
    this.focusAfterUpdate = 'restore';
    void rememberDismissal(learner, course.id, true);
    this.delivery.deliver(dismissedEvent(view)).catch(() => {
      // deliver() has already reported the failure (console and pk-error); the dismissal stands.
    });
  }

  private onRestore(): void {
    this.focusAfterUpdate = 'dismiss';
    void this.restore();
  }
}

