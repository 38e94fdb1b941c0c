import { html, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { onConfigChange, type PageConfig, type ThemeName } from '../config/config.js';
import { inlineManifest, InlineManifest, resolveConfig, surroundingsOf } from '../config/resolve.js';
import { formatIssue, PkError } from '../errors.js';
import {
  directionOf,
  isLocaleReady,
  loadLocale,
  matchLocale,
  onMessagesChange,
  translate,
  useSourceMessages,
  type Direction,
  type MessageKey,
  type Messages,
} from '../i18n/i18n.js';
import type { MessageParams } from '../i18n/message.js';
import type { Catalog } from '../manifest/catalog.js';
import { loadedManifest, loadManifest, type LoadedManifest, type ManifestSource } from '../manifest/load.js';
import type { Delivery } from '../delivery/delivery.js';
import type { DeliveryOptions } from '../delivery/options.js';
import type { EventInput, PkEvent } from '../delivery/event.js';
import type { Manifest } from '../manifest/types.js';
import type { ManifestIssue } from '../errors.js';
import { VERSION } from '../../version.js';
import { emit } from './events/emit.js';
import './events/pk-error.js';
import { stateStyles } from './states.styles.js';
import { tokens } from './theme.styles.js';
import { watchLanguage } from './language-watch.js';

/** A manifest that loaded and validated, with its lookups. */
export interface ReadyManifest {
  manifest: Manifest;
  catalog: Catalog;
  warnings: readonly ManifestIssue[];
}

/** An event as an element describes it; the base adds the learner from the configuration. */
export type ElementEventInput = EventInput extends infer E ? (E extends EventInput ? Omit<E, 'learnerId'> : never) : never;

export type ManifestState =
  | { status: 'loading' }
  | ({ status: 'ready' } & ReadyManifest)
  | { status: 'error'; error: PkError };

const MAX_ISSUES_SHOWN = 8;
const NOT_LOADED = Symbol('not loaded');
/** Element classes whose English messages are in the source catalogue. */
const withMessages = new WeakSet<object>();

/**
 * Delivery (the outbox, the sender, xAPI, idb-keyval) is a chunk of its own: it loads when an
 * element first knows its endpoint, without holding up its render, and is shared by every element.
 */
const deliveryFor = (options: DeliveryOptions): Promise<Delivery> =>
  import('../delivery/get-delivery.js').then(({ getDelivery }) => getDelivery(options));

/**
 * The base of every `pk-*` element: finds its configuration (own attributes, `<pk-config>`,
 * `configure()`), loads and validates the pathway manifest, resolves locale and direction, and
 * gives every state a face (loading, error, empty) so subclasses only render their content.
 * Nothing here throws into the host page: failures become the error state, a console message and
 * a `pk-error` event.
 *
 * @csspart base - The element's root box.
 * @csspart state - The loading, error or empty box.
 * @cssproperty --pk-font-family - Font stack.
 * @cssproperty --pk-font-size - Base font size.
 * @cssproperty --pk-line-height - Base line height.
 * @cssproperty --pk-color-text - Body text colour.
 * @cssproperty --pk-color-text-muted - Secondary text colour.
 * @cssproperty --pk-color-surface - Background of boxes.
 * @cssproperty --pk-color-surface-raised - Background of cards and raised areas.
 * @cssproperty --pk-color-border - Borders and dividers.
 * @cssproperty --pk-color-accent - Links, selection and primary actions.
 * @cssproperty --pk-color-accent-text - Text on the accent colour.
 * @cssproperty --pk-color-accent-soft - Tinted background for selected items.
 * @cssproperty --pk-color-hero - Hero pathways and imperatives.
 * @cssproperty --pk-color-hero-soft - Tinted background for hero items.
 * @cssproperty --pk-color-success - Done, sent, positive dividend.
 * @cssproperty --pk-color-warning - Needs attention.
 * @cssproperty --pk-color-danger - Errors.
 * @cssproperty --pk-color-danger-soft - Background of error boxes.
 * @cssproperty --pk-color-focus - Focus ring.
 * @cssproperty --pk-radius - Corner radius.
 * @cssproperty --pk-space - Base spacing unit.
 * @cssproperty --pk-shadow - Shadow of raised boxes.
 * @cssproperty --pk-motion-duration - Length of transitions (0 under reduced motion).
 * @event pk-error - The element could not do its work; `detail` says what failed and where.
 */
export abstract class PkElement extends LitElement {
  static readonly pkVersion = VERSION;
  static override styles: CSSResultGroup = [tokens, stateStyles];
  /**
   * The element's own English messages (its file in `core/i18n/locales/en/`), added to the
   * source catalogue when the first instance is made: a page carries only its elements' words.
   */
  static messages: Messages = {};

  /**
   * The pathway manifest: a URL (attribute), or an object or a promise of one (property).
   * Overrides page configuration.
   */
  @property({ attribute: 'manifest' }) manifest?: string | object;

  /** Where learner events go; overrides page configuration and the manifest's `reporting`. */
  @property() endpoint?: string;

  /** The learner's id; overrides page configuration. */
  @property() learner?: string;

  /** `light`, `dark` or `auto` (follows the operating system); unset follows the page. */
  @property({ reflect: true }) theme?: ThemeName;

  @state() protected manifestState: ManifestState = { status: 'loading' };

  /** The configuration this element runs with (see `resolveConfig`). */
  protected config: PageConfig = {};
  protected locale = 'en';
  protected direction: Direction = 'ltr';

  private manifestSetting: unknown = NOT_LOADED;
  private loadToken = 0;
  private reported = new WeakSet<PkError>();
  private unsubscribe: (() => void)[] = [];
  /** The element's own settings when it last refreshed. */
  private refreshedWith: unknown[] = [];

  constructor() {
    super();
    const type = this.constructor as typeof PkElement;
    if (!withMessages.has(type)) {
      withMessages.add(type);
      useSourceMessages(type.messages);
    }
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && this.isConnected) this.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => this.refresh();
    this.unsubscribe = [onConfigChange(refresh), onMessagesChange(() => this.requestUpdate()), watchLanguage(refresh)];
    this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.unsubscribe = [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    const settingChanged = changed.has('manifest') || changed.has('endpoint') || changed.has('learner') || changed.has('theme');
    // The first update reports the values connectedCallback has just read: no second refresh.
    if (settingChanged && !this.ownSettings().every((value, i) => value === this.refreshedWith[i])) this.refresh();
  }

  private ownSettings(): unknown[] {
    return [this.manifest, this.endpoint, this.learner, this.theme];
  }

  /** Re-reads configuration, locale and direction, and reloads the manifest when its source changed. */
  protected refresh(): void {
    const own: PageConfig = {
      manifest: this.manifest ?? inlineManifest(this),
      endpoint: this.endpoint,
      learner: this.learner,
      theme: this.theme,
    };
    this.refreshedWith = this.ownSettings();
    const language = surroundingsOf(this);
    this.config = resolveConfig(this, own, language);
    const preferred = language.langFromRoot ? [this.config.locale, language.lang] : [language.lang, this.config.locale];
    this.locale = matchLocale([...preferred, ...navigator.languages]);
    this.direction = (language.dir as Direction | undefined) ?? directionOf(this.locale);
    if (!isLocaleReady(this.locale)) void loadLocale(this.locale);
    // Opened once the manifest is ready, so its reporting options are part of the first opening.
    if (this.manifestState.status === 'ready') this.openOutbox();
    if (this.config.manifest !== this.manifestSetting) {
      this.manifestSetting = this.config.manifest;
      void this.load(this.config.manifest);
    }
    this.requestUpdate();
  }

  private async load(setting: unknown): Promise<void> {
    const token = ++this.loadToken;
    // A manifest another element has loaded already: the first render is the content.
    const known = setting instanceof Promise ? undefined : sourceOf(setting);
    const loaded = known && loadedManifest(known);
    if (loaded) {
      this.ready(loaded);
      return;
    }
    if (this.manifestState.status !== 'loading') this.manifestState = { status: 'loading' };
    const source = await awaitedSourceOf(setting).catch((error: unknown) => {
      if (token === this.loadToken) {
        this.fail(new PkError('manifest-fetch', `the manifest promise was rejected: ${String(error)}`, { source: 'promise', cause: error }));
      }
      return null;
    });
    if (source === null || token !== this.loadToken) return;
    if (!source) {
      // A `manifest` property set before the element was defined reaches it in its first update:
      // wait for that before calling the manifest missing.
      if (!this.hasUpdated) await this.updateComplete;
      if (token !== this.loadToken) return;
      if (this.manifestRequired()) {
        this.fail(
          new PkError(
            'manifest-missing',
            'no pathway manifest: set the manifest attribute, a <pk-config manifest="…">, or configure({ manifest }).',
          ),
        );
      }
      return;
    }
    try {
      const loaded = await loadManifest(source);
      if (token === this.loadToken) this.ready(loaded);
    } catch (error) {
      if (token !== this.loadToken) return;
      this.fail(error instanceof PkError ? error : new PkError('manifest-fetch', String(error), { cause: error }));
    }
  }

  private ready({ manifest, catalog, warnings }: LoadedManifest): void {
    for (const warning of warnings) console.warn(`[purpose-kit] <${this.localName}> manifest ${formatIssue(warning)}`);
    this.manifestState = { status: 'ready', manifest, catalog, warnings };
    this.openOutbox();
  }

  /** Elements that can work from other data (a `src` URL) return false when they have it. */
  protected manifestRequired(): boolean {
    return true;
  }

  /**
   * Shows the error state and tells the developer (console) and the host (`pk-error`), once per
   * error. Subclasses call it for their own failures, e.g. an unknown course id.
   */
  protected fail(error: PkError): void {
    this.manifestState = { status: 'error', error };
    this.report(error);
  }

  /** Tells the developer and the host about a failure without changing what is shown. */
  protected report(error: PkError): void {
    if (this.reported.has(error)) return;
    this.reported.add(error);
    const lines = error.issues.map((issue) => `  ${formatIssue(issue)}`);
    console.error([`[purpose-kit] <${this.localName}> ${error.message}`, ...lines].join('\n'));
    emit(this, 'pk-error', {
      code: error.code,
      message: error.message,
      source: error.source,
      issues: error.issues,
      error,
    });
  }

  /**
   * Queues a learner event for the configured endpoint (the element's, the page's, or the
   * manifest's `reporting`). Resolves to the stored event once it is durably queued, or to
   * `undefined` when no endpoint is configured. Rejects with a `PkError` that has already been
   * reported (console and `pk-error`) when there is no learner id or the endpoint is invalid.
   */
  protected async deliver(input: ElementEventInput): Promise<PkEvent | undefined> {
    try {
      const learnerId = this.config.learner;
      const delivery = await this.delivery();
      if (!delivery) return undefined;
      if (!learnerId) {
        throw new PkError(
          'config-invalid',
          `cannot send a "${input.type}" event without a learner id: set learner="…" on the element, on <pk-config>, or configure({ learner }).`,
        );
      }
      return await delivery.enqueue({ ...input, learnerId } as EventInput);
    } catch (error) {
      const pkError = error instanceof PkError ? error : new PkError('storage-unavailable', String(error), { cause: error });
      this.report(pkError);
      throw pkError;
    }
  }

  /**
   * The page's delivery for the configured endpoint (the element's, the page's, or the manifest's
   * `reporting`), or `undefined` when none is configured. Opening it replays what earlier visits
   * left in the outbox, so every element opens it as soon as it knows the endpoint.
   */
  private async delivery(): Promise<Delivery | undefined> {
    const reporting = this.manifestState.status === 'ready' ? this.manifestState.manifest.reporting : undefined;
    const endpoint = this.config.endpoint ?? reporting?.endpoint;
    if (!endpoint) return undefined;
    return deliveryFor({
      endpoint,
      format: this.config.format ?? reporting?.format ?? 'json',
      headers: this.config.headers,
      credentials: this.config.credentials,
      batchSize: reporting?.batchSize,
      flushIntervalMs: reporting?.flushIntervalMs,
    });
  }

  private openOutbox(): void {
    this.delivery().catch((error: unknown) => {
      this.report(error instanceof PkError ? error : new PkError('storage-unavailable', String(error), { cause: error }));
    });
  }

  /** A message in the element's locale. */
  protected t(key: MessageKey, params?: MessageParams): string {
    return translate(this.locale, key, params);
  }

  override render(): TemplateResult {
    return html`<div class="root theme-${this.config.theme ?? 'page'}" part="base" lang=${this.locale} dir=${this.direction}>
      ${this.renderState()}
    </div>`;
  }

  private renderState(): unknown {
    const state = this.manifestState;
    if (state.status === 'error') return this.renderError(state.error);
    if (state.status === 'loading' || !isLocaleReady(this.locale)) return this.renderLoading();
    return this.isEmpty(state) ? this.renderEmpty() : this.renderContent(state);
  }

  /** The element's own content, once the manifest is ready. */
  protected abstract renderContent(ready: ReadyManifest): unknown;

  /** True when there is nothing to show for this element in this manifest. */
  protected isEmpty(_ready: ReadyManifest): boolean {
    return false;
  }

  /** The sentence shown in the empty state. */
  protected emptyMessage(): string {
    return this.t('state.empty');
  }

  protected renderLoading(): unknown {
    return html`<div class="state state-loading" part="state loading" role="status">
      <span class="spinner" aria-hidden="true"></span><span>${this.t('state.loading')}</span>
    </div>`;
  }

  protected renderEmpty(): unknown {
    return html`<div class="state state-empty" part="state empty" role="status">
      <p>${this.emptyMessage()}</p>
    </div>`;
  }

  protected renderError(error: PkError): unknown {
    const shown = error.issues.slice(0, MAX_ISSUES_SHOWN);
    const hidden = error.issues.length - shown.length;
    return html`<div class="state state-error" part="state error" role="alert">
      <p class="state-title">${this.t(`error.${error.code}`)}</p>
      ${error.issues.length
        ? html`<p>${this.t('state.error.issues', { count: error.issues.length })}</p>
            <ul class="issues">
              ${shown.map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}
              ${hidden > 0 ? html`<li>${this.t('state.error.more', { count: hidden })}</li>` : nothing}
            </ul>`
        : html`<p><code>${error.message}</code></p>`}
      <p class="hint">${this.t('state.error.hint')}</p>
    </div>`;
  }
}

/** Where a manifest setting comes from. */
function sourceOf(setting: unknown): ManifestSource | undefined {
  if (setting === undefined || setting === null || setting === '') return undefined;
  if (typeof setting === 'string') return { kind: 'url', url: setting };
  if (setting instanceof InlineManifest) return { kind: 'inline', text: setting.text };
  return { kind: 'object', value: setting };
}

/** The same, with a promise (a host's own authenticated fetch) awaited. */
async function awaitedSourceOf(setting: unknown): Promise<ManifestSource | undefined> {
  return setting instanceof Promise ? { kind: 'object', value: await setting } : sourceOf(setting);
}
