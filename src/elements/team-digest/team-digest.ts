import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emit } from '../../core/base/events/emit.js';
import { LazyPart, type LazyPartOptions } from '../../core/base/lazy-part.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import type { RemoteDocument, RemoteState } from '../../core/base/remote-document.js';
import { collectorUrl } from '../../core/config/collector.js';
import { PkError } from '../../core/errors.js';
import { formatDate } from '../../core/i18n/format.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Manifest, Pillar, Team } from '../../core/manifest/types.js';
import './events/pk-prompt-discuss.js';
import { DIGEST_SORTS, memberViews, sortMembers, type CompletionView, type DigestSort, type MemberView } from './members.js';
import { discussionModule, teamFromSrcModule } from './parts.js';
import type { BuiltInPrompt } from './prompts.js';
import { styles } from './team-digest.styles.js';
import teamDigestMessages from '../../core/i18n/locales/en/team-digest.js';

const DEFAULT_HEADING_LEVEL = 3;
const DEFAULT_RECENT = 3;

const isCount = (value: number) => Number.isInteger(value) && value >= 0;

/** A team from the manifest before it is ready, or from `src` before it is read. */
const LOADING = { status: 'loading' } as const;

type Discussion = typeof import('./discussion.js');

/** A prompt marked as discussed, to remember on the device and send to the endpoint. */
interface Mark {
  view: MemberView;
  item: CompletionView;
  catalog: Catalog;
  /** The manager who marked it. */
  learner: string | undefined;
  at: string;
}

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
 * @csspart part-failed - Says that a part of the digest could not be loaded: the reader of `src` (in place of the team), or what keeps prompts marked as discussed (beside the prompt marked last, else the first).
 * @csspart retry - The "Try again" button of `part-failed`.
 *
 * @cssproperty --pk-team-digest-card-background - Background of a member's card (default: surface).
 * @cssproperty --pk-team-digest-prompt-background - Background of a 1:1 prompt (default: accent-soft).
 * @cssproperty --pk-team-digest-prompt-accent - The stripe along a prompt's start edge (default: accent).
 * @cssproperty --pk-team-digest-card-min-width - Narrowest card before cards stack (default: 18rem).
 */
export class PkTeamDigest extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = teamDigestMessages;

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

  /** Prompt id → when it was marked as discussed on this device (ISO time). */
  @state() private discussed: ReadonlyMap<string, string> = new Map();
  @state() private announcement = '';

  private readonly discussion = new LazyPart(this, discussionModule, this.partOptions());
  private readonly teamReader = new LazyPart(this, teamFromSrcModule, this.partOptions());
  /** The team read from `src`, once the reader has arrived. */
  private remote?: RemoteDocument<Team, Manifest>;
  /** Marks made before the discussion part arrived: remembered and sent once it is here. */
  private unsaved: Mark[] = [];
  /** The prompt marked last while the discussion part was missing. */
  private waitingPrompt?: string;
  /** Where the discussion part is drawn (nothing, or its failure): beside `waitingPrompt`, else the first prompt. */
  private partPrompt?: string;
  private views: MemberView[] = [];
  /** Prompt id → when the team document says it was marked as discussed, on any device. */
  private discussedInTeam: ReadonlyMap<string, string> = new Map();
  private memoryKey?: string;
  private memoryLearner?: string;
  private collator?: Intl.Collator;

  /** Where the team comes from: `src`, else the collector's team of the manager; none means the manifest's. */
  private get source(): string | undefined {
    const { learner } = this.settings.config;
    return this.src || (learner && collectorUrl(this.settings.config, `teams/${encodeURIComponent(learner)}`));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const ready = this.manifestState.status === 'ready' ? this.manifestState : undefined;
    const source = this.source;
    // The reader loads while the manifest does, not after it.
    if (source) this.teamReader.request();
    const reader = this.teamReader.value;
    // A fetch still running for a removed src is dropped, so its late failure is never reported.
    if (!source) this.remote?.use(undefined);
    else if (ready && reader) {
      this.remote ??= reader.teamDocument(this, (error) => this.report(error));
      this.remote.use({ url: source, settings: this.settings.config, context: ready.manifest });
    }
    if (this.collator?.resolvedOptions().locale !== this.settings.locale) this.collator = new Intl.Collator(this.settings.locale);
    const team = this.teamState();
    const value = team.status === 'ready' ? team.value : undefined;
    this.views = ready && value ? this.buildViews(value, ready.catalog) : [];
    this.discussedInTeam = new Map(value?.discussed?.map(({ prompt, at }) => [prompt, at]));
    const promptIds = this.views.flatMap((view) => view.completions.map(({ prompt }) => prompt.id));
    this.partPrompt = this.waitingPrompt !== undefined && promptIds.includes(this.waitingPrompt) ? this.waitingPrompt : promptIds[0];
    this.useDiscussion(promptIds);
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

  /** The manifest's team, or the one read from `src` or the collector. */
  private teamState(): RemoteState<Team | undefined> {
    if (this.manifestState.status !== 'ready') return LOADING;
    if (!this.source) return { status: 'ready', value: this.manifestState.manifest.team };
    return this.remote?.state ?? LOADING;
  }

  private buildViews(team: Team, catalog: Catalog): MemberView[] {
    const builtIn: BuiltInPrompt = (withPillar, values) => this.settings.t(withPillar ? 'team-digest.prompt' : 'team-digest.prompt.no-pillar', values);
    const recent = isCount(this.recent) ? this.recent : DEFAULT_RECENT;
    const views = memberViews(team, catalog, { recent, locale: this.settings.locale, builtIn });
    return sortMembers(views, this.sort === 'pillar' ? 'pillar' : 'member', catalog, this.collator!);
  }

  /**
   * Once the discussion part is here: saves the marks made before it came, and recalls which
   * prompts were discussed whenever the manager or the prompts change.
   */
  private useDiscussion(promptIds: readonly string[]): void {
    const learner = this.settings.config.learner;
    // Another manager's marks are theirs, not this one's.
    if (learner !== this.memoryLearner) this.discussed = new Map();
    this.memoryLearner = learner;
    const discussion = this.discussion.value;
    if (!discussion) return;
    this.waitingPrompt = undefined;
    for (const mark of this.unsaved.splice(0)) this.save(discussion, mark);
    const ids = [...promptIds].sort();
    const key = JSON.stringify([learner, ids]);
    if (key === this.memoryKey || ids.length === 0) return;
    this.memoryKey = key;
    void discussion.recallDiscussed(learner, ids).then((discussed) => {
      if (key === this.memoryKey) this.discussed = new Map([...discussed, ...this.discussed]);
    });
  }

  /** Neither part loads in idle time: discussion with the first prompt drawn, the reader as soon as there is a `src`. */
  private partOptions(): LazyPartOptions {
    return { report: (error) => this.report(error), t: (key) => this.settings.t(key), when: 'shown' };
  }

  protected override isEmpty(): boolean {
    const team = this.teamState();
    return team.status === 'ready' && (team.value?.members.length ?? 0) === 0;
  }

  protected override emptyMessage(): string {
    return this.settings.t('team-digest.empty');
  }

  protected override renderContent({ catalog }: ReadyManifest): unknown {
    const team = this.teamState();
    // Only a team from `src` loads here: its reader may still be on its way, or have failed to come.
    if (team.status === 'loading') return this.teamReader.render(() => this.renderLoading(), this.renderLoading());
    if (team.status === 'error') return this.renderError(team.error);
    let promptIndex = 0;
    return html`<div class="digest" part="digest">
      <div class="header">
        <p class="title" part="title">${this.settings.t('team-digest.title', { team: team.value!.name })}</p>
        ${this.renderSort()}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <ul class="members" part="members">
        ${this.views.map((view) => this.renderMember(view, catalog, () => promptIndex++))}
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

  private renderMember(view: MemberView, catalog: Catalog, nextIndex: () => number): unknown {
    const { member, pathway, pillar, course, impactTags, completions } = view;
    const labelId = `completions-${member.id}`;
    return html`<li class="member" part="member">
      <div class="member-head">
        <div class="name" part="name" role="heading" aria-level=${this.level()}>${member.name}</div>
        ${member.role ? html`<span class="role" part="role">${member.role}</span>` : nothing}
      </div>
      <dl class="learning" part="learning">
        ${this.fact('team-digest.pathway', 'pathway', pathway ? pathway.title : html`<span class="muted">${this.settings.t('team-digest.no-pathway')}</span>`)}
        ${pillar ? this.fact('team-digest.pillar', 'pillar', this.pillarText(pillar)) : nothing}
        ${course ? this.fact('team-digest.course', 'course', course.title) : nothing}
        ${impactTags.length > 0
          ? this.fact('team-digest.impact', 'impact', html`<ul class="tags">${impactTags.map((tag) => html`<li>${tag.label}</li>`)}</ul>`)
          : nothing}
      </dl>
      <p class="completions-label" id=${labelId}>${this.settings.t('team-digest.completions')}</p>
      ${completions.length > 0
        ? html`<ol class="completions" part="completions" aria-labelledby=${labelId}>
            ${completions.map((completion) => this.renderCompletion(view, completion, catalog, nextIndex()))}
          </ol>`
        : html`<p class="muted" part="no-completions">${this.settings.t('team-digest.no-completions')}</p>`}
    </li>`;
  }

  private fact(label: `team-digest.${'pathway' | 'pillar' | 'course' | 'impact'}`, part: string, value: unknown): unknown {
    return html`<div>
      <dt>${this.settings.t(label)}</dt>
      <dd part=${part}>${value}</dd>
    </div>`;
  }

  private renderCompletion(view: MemberView, item: CompletionView, catalog: Catalog, index: number): unknown {
    const { completion, course, prompt } = item;
    const discussedAt = this.discussedAt(prompt.id);
    const promptId = `prompt-${index}`;
    return html`<li class="completion" part="completion">
      <p class="completion-head">
        <span class="completion-course">${course.title}</span>
        <span class="muted completion-date">${this.settings.t('team-digest.completed', { date: formatDate(this.settings.locale, completion.date) })}</span>
      </p>
      ${completion.takeaway
        ? html`<p class="takeaway-label">${this.settings.t('team-digest.takeaway')}</p>
            <blockquote class="takeaway" part="takeaway" dir="auto">${completion.takeaway}</blockquote>`
        : nothing}
      <div class="prompt" part="prompt">
        <p class="prompt-label">${this.settings.t('team-digest.prompt.label')}</p>
        <p class="prompt-text" id=${promptId} dir="auto">${prompt.text}</p>
        <div class="prompt-actions">
          <button
            type="button"
            class="discuss"
            part=${discussedAt ? 'discuss discussed' : 'discuss'}
            aria-describedby=${promptId}
            aria-disabled=${ifDefined(discussedAt ? 'true' : undefined)}
            @click=${() => this.discuss(view, item, catalog)}
          >
            ${this.settings.t(discussedAt ? 'team-digest.discussed' : 'team-digest.discuss')}
          </button>
          ${discussedAt
            ? html`<span class="muted" part="discussed-on">${this.settings.t('team-digest.discussed-on', { date: formatDate(this.settings.locale, new Date(discussedAt)) })}</span>`
            : nothing}
          ${prompt.id === this.partPrompt ? this.discussion.render(() => nothing) : nothing}
        </div>
      </div>
    </li>`;
  }

  private pillarText(pillar: Pillar): string {
    return pillar.imperative === undefined ? pillar.title : this.settings.t('team-digest.pillar-imperative', { pillar: pillar.title, rank: pillar.imperative });
  }

  private level(): number {
    const level = Math.floor(this.headingLevel);
    return level >= 2 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
  }

  private sortBy(sort: DigestSort): void {
    this.sort = sort;
    this.announcement = this.settings.t(`team-digest.sorted.${sort}`);
  }

  private discussedAt(promptId: string): string | undefined {
    return this.discussed.get(promptId) ?? this.discussedInTeam.get(promptId);
  }

  private discuss(view: MemberView, item: CompletionView, catalog: Catalog): void {
    const { course, pillar, prompt } = item;
    if (this.discussedAt(prompt.id)) return;
    const learner = this.settings.config.learner;
    const detail = {
      member: view.member.id,
      course: course.id,
      ...(pillar && { pillar: pillar.id }),
      promptId: prompt.id,
      prompt: prompt.text,
      ...(learner !== undefined && { learner }),
    };
    if (!emit(this, 'pk-prompt-discuss', detail, { cancelable: true })) return;
    const at = new Date().toISOString();
    this.discussed = new Map(this.discussed).set(prompt.id, at);
    const mark = { view, item, catalog, learner, at };
    const discussion = this.discussion.value;
    if (discussion) {
      this.save(discussion, mark);
    } else {
      // The digest updates when the part comes, and saves the mark then.
      this.unsaved.push(mark);
      this.waitingPrompt = prompt.id;
    }
  }

  private save(discussion: Discussion, { view, item, catalog, learner, at }: Mark): void {
    void discussion.rememberDiscussed(learner, item.prompt.id, at);
    this.delivery.deliver(discussion.discussedEvent(view, item, catalog)).catch(() => {
      // deliver() has already reported the failure (console and pk-error); the mark stands.
    });
  }
}
