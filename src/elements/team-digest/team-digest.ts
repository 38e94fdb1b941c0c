import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DeliveryController } from '../../core/base/delivery-controller.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import type { LazyPartOptions } from '../../core/base/lazy-part.js';
import { PkError } from '../../core/errors.js';
import { DiscussionMarks } from './discussion-marks.js';
import { DIGEST_SORTS, memberViews, sortMembers, type DigestSort, type MemberView } from './members.js';
import { renderMember, type MemberContext } from './render-member.js';
import { styles } from './team-digest.styles.js';
import { TeamSource } from './team-source.js';
import teamDigestMessages from '../../core/i18n/locales/en/team-digest.js';

const DEFAULT_HEADING_LEVEL = 3;
const DEFAULT_RECENT = 3;

const isCount = (value: number) => Number.isInteger(value) && value >= 0;

/**
 * `<pk-team-digest>` is the manager interlock of the seed's protocol: what each team member is
 * learning **and why** (their pathway, the pillar it advances, the course they are taking and its
 * impact tags), their recent completions with their own takeaway, and for each completion a
 * prompt for the next 1:1 ("Ask Priya how “Data Privacy Essentials” changes the way they work —
 * it advances Client Trust"). The manager marks a prompt as discussed: that is remembered on the
 * device, fires `pk-prompt-discuss` and, with an endpoint configured, sends a `prompt-discussed`
 * event; a team document's `discussed` list brings the marks made on other devices. Members sort
 * by name or by pillar. Remembering and sending the marks, and reading `src`, come in chunks of
 * their own, loaded when the digest first shows a prompt or has a `src`.
 *
 * The team comes from the manifest's `team` section, or from `src`: a URL answering with the same
 * shape (see `TeamSchema` in the manifest's JSON Schema), checked against the manifest. With a
 * collector configured, `src` defaults to `{collector}/v1/teams/{learner}`, the configured
 * learner being the manager:
 * ```json
 * {
 *   "name": "Commercial & Industrial Accounts, North",
 *   "members": [
 *     { "id": "priya.raman", "name": "Priya Raman", "shortName": "Priya", "role": "Key Account Manager",
 *       "pathway": "consultative-energy-sales", "course": "key-account-management",
 *       "completions": [{ "course": "data-privacy-essentials", "date": "2026-04-14",
 *                         "takeaway": "Collect only what the contract needs." }] }
 *   ],
 *   "prompts": [{ "course": "data-privacy-essentials", "text": "Ask {name} how {course} changes how they handle client data — it advances {pillar}." }]
 * }
 * ```
 * Prompt wording is built in (English, German, Arabic; `registerMessages` changes it per locale)
 * and the manifest's `prompts` override it per course, pillar and language; placeholders are
 * `{name}`, `{course}`, `{pillar}`, `{pathway}` and `{impact}`.
 *
 * ```html
 * <pk-team-digest></pk-team-digest>
 * <pk-team-digest src="/api/my-team" sort="pillar" recent="5"></pk-team-digest>
 * ```
 *
 * @summary What each team member is learning and why, their recent completions, and a 1:1 prompt for each, for their manager.
 * @since 0.1.0
 *
 * @event pk-prompt-discuss - The manager marked a prompt as discussed; cancelable (it then stays open). `detail` has `member`, `course`, `pillar`, `promptId`, `prompt` and `learner`.
 * @event pk-error - The manifest or the team could not be loaded, or an event could not be queued.
 *
 * @csspart digest - The element's content box.
 * @csspart title - "What … is learning, and why".
 * @csspart sort - The sort control (a radio group).
 * @csspart members - The list of members.
 * @csspart member - One member's card.
 * @csspart name - The member's name (a heading).
 * @csspart role - The member's role.
 * @csspart learning - What the member is learning and why (a description list).
 * @csspart pathway - Their pathway.
 * @csspart pillar - The pillar it advances.
 * @csspart course - The course they are taking.
 * @csspart impact - Its impact tags, a list.
 * @csspart completions - The list of recent completions.
 * @csspart completion - One completion: the course and when it was completed.
 * @csspart takeaway - The member's takeaway.
 * @csspart prompt - The 1:1 prompt box, with the prompt.
 * @csspart discuss - The "Mark as discussed" button; also `discussed` once marked.
 * @csspart discussed-on - When the prompt was discussed.
 * @csspart no-completions - The note shown for a member without recent completions.
 * @csspart skills - The transferable skills the member built this year, worded for a 1:1 (when the manifest names transferable skills).
 * @csspart part-failed - Says that a part of the digest could not be loaded: the reader of `src` (in place of the team), or what keeps prompts marked as discussed (beside the prompt marked last, else the first).
 * @csspart retry - The "Try again" button of `part-failed`.
 *
 * @cssproperty [--pk-team-digest-card-background=var(--pk-color-surface)] - Background of a member's card.
 * @cssproperty [--pk-team-digest-prompt-background=var(--pk-color-accent-soft)] - Background of a 1:1 prompt.
 * @cssproperty [--pk-team-digest-prompt-accent=var(--pk-color-accent)] - The stripe along a prompt's start edge.
 * @cssproperty [--pk-team-digest-card-min-width=18rem] - Narrowest card before cards stack.
 */
export class PkTeamDigest extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = teamDigestMessages;

  /** Sends this element's learner events through the outbox. */
  protected readonly delivery = new DeliveryController(this, this.settings, this.manifestTask, (error) => this.report(error));
  /** The manifest's team, or the one read from `src`. */
  private readonly team = new TeamSource(this, this.partOptions());
  /** The prompts marked as discussed; marking one. */
  private readonly marks = new DiscussionMarks(this, this.delivery, this.partOptions());

  /**
   * A URL answering with the team (the manifest's `team` shape; default: the collector's team of
   * the configured learner); wins over the manifest's `team`.
   */
  @property() src?: string;

  /** `member` (by name, the default) or `pillar`; the sort control changes it. */
  @property() sort: DigestSort = 'member';

  /** How many completions to show per member, newest first. */
  @property({ type: Number }) recent = DEFAULT_RECENT;

  /** The level of each member's name heading, 2 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = DEFAULT_HEADING_LEVEL;

  @state() private announcement = '';

  private views: MemberView[] = [];
  private collator?: Intl.Collator;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { config, locale } = this.settings;
    this.team.use(this.src, config, this.manifestState);
    if (this.collator?.resolvedOptions().locale !== locale) this.collator = new Intl.Collator(locale);
    const team = this.team.state(this.manifestState);
    const value = team.status === 'ready' ? team.value : undefined;
    this.views = this.manifestState.status === 'ready' && value ? this.buildViews(value, this.manifestState) : [];
    this.marks.use(config.learner, value, this.views);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('sort') && !DIGEST_SORTS.includes(this.sort)) {
      this.report(new PkError('config-invalid', `sort="${this.sort}" is not one of ${DIGEST_SORTS.join(', ')}; sorting by member`, { source: this.localName }));
    }
    if (changed.has('recent') && !isCount(this.recent)) {
      this.report(new PkError('config-invalid', `recent="${this.recent}" is not a whole number from 0; showing ${DEFAULT_RECENT}`, { source: this.localName }));
    }
  }

  private buildViews(team: NonNullable<ReadyManifest['manifest']['team']>, { catalog }: ReadyManifest): MemberView[] {
    const { t, locale } = this.settings;
    const recent = isCount(this.recent) ? this.recent : DEFAULT_RECENT;
    const views = memberViews(team, catalog, { recent, locale, builtIn: (withPillar, values) => t(withPillar ? 'team-digest.prompt' : 'team-digest.prompt.no-pillar', values) });
    return sortMembers(views, this.sort === 'pillar' ? 'pillar' : 'member', catalog, this.collator!);
  }

  /** Neither part loads in idle time: discussion with the first prompt drawn, the reader as soon as there is a `src`. */
  private partOptions(): LazyPartOptions {
    return { report: (error) => this.report(error), t: (key) => this.settings.t(key), when: 'shown' };
  }

  protected override isEmpty(): boolean {
    const team = this.team.state(this.manifestState);
    return team.status === 'ready' && (team.value?.members.length ?? 0) === 0;
  }

  protected override emptyMessage(): string {
    return this.settings.t('team-digest.empty');
  }

  protected override renderContent({ catalog }: ReadyManifest): unknown {
    const team = this.team.state(this.manifestState);
    // Only a team from `src` loads here: its reader may still be on its way, or have failed to come.
    if (team.status === 'loading') return this.team.renderLoading(this.renderLoading());
    if (team.status === 'error') return this.renderError(team.error);
    const { t, locale, config } = this.settings;
    let promptIndex = 0;
    const ctx: MemberContext = {
      t,
      locale,
      level: this.level(),
      marks: this.marks,
      discuss: (view, item) => this.marks.mark(view, item, catalog, config.learner),
      nextPrompt: () => promptIndex++,
      manifest: catalog.manifest,
    };
    return html`<div class="digest" part="digest">
      <div class="header">
        <p class="title" part="title">${t('team-digest.title', { team: team.value!.name })}</p>
        ${this.renderSort()}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <ul class="members" part="members">
        ${this.views.map((view) => renderMember(view, ctx))}
      </ul>
    </div>`;
  }

  private renderSort(): unknown {
    return html`<fieldset class="sort" part="sort">
      <legend>${this.settings.t('team-digest.sort')}</legend>
      ${DIGEST_SORTS.map(
        (sort) => html`<label class="sort-option">
          <input type="radio" name="sort" value=${sort} .checked=${this.sort === sort} @change=${() => this.sortBy(sort)} />
          <span>${this.settings.t(`team-digest.sort.${sort}`)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private level(): number {
    const level = Math.floor(this.headingLevel);
    return level >= 2 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
  }

  private sortBy(sort: DigestSort): void {
    this.sort = sort;
    this.announcement = this.settings.t(`team-digest.sorted.${sort}`);
  }
}
