import { html, LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatIssue, type PkError } from '../errors.js';
import { isLocaleReady, type Messages } from '../i18n/i18n.js';
import { VERSION } from '../../version.js';
import { emit } from './events/emit.js';
import { errorFace, stateStyles, type HostState } from './faces.js';
import './events/pk-error.js';
import { ManifestController, type ManifestState, type ReadyManifest } from './manifest-controller.js';
import { SettingsController, type ThemeName } from './settings-controller.js';
import { tokens } from './theme.styles.js';

export type { HostState, ManifestState, ReadyManifest };

/**
 * The base of every `pk-*` element: shared styles, error reporting, and a face for every state
 * (loading, error, empty; the face a render draws is named on the host as a custom state). It
 * creates the two controllers every element and its faces read: `settings` (configuration, locale,
 * direction, `t()`) and `manifestTask` (the pathway manifest). Any other behaviour is a controller
 * the element lists as a field of its own, e.g. `delivery = new DeliveryController(…)` to send
 * learner events. Nothing throws into the host page: a failure is an error state, a console
 * message and a `pk-error` event.
 *
 * @csspart base - The element's root box.
 * @csspart state - The loading, error or empty box (which one: the host's state).
 * @cssstate loading - The element waits for what it shows (its manifest, its data, a language, a part's code).
 * @cssstate ready - The element shows its content.
 * @cssstate error - The element shows what went wrong instead of its content.
 * @cssstate empty - The element has nothing to show for this manifest and says so.
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
  /** The element's own English messages (its file in `core/i18n/locales/en/`; see `SettingsController`). */
  static messages: Messages = {};

  /** The pathway manifest: a URL (attribute), or an object or a promise of one (property); overrides page configuration. */
  @property({ attribute: 'manifest' }) manifest?: string | object;
  /** Where learner events go; overrides page configuration and the manifest's `reporting`. */
  @property() endpoint?: string;
  /** The learner's id; overrides page configuration. */
  @property() learner?: string;
  /** `light`, `dark` or `auto` (follows the operating system); unset follows the page. */
  @property({ reflect: true }) theme?: ThemeName;

  protected readonly manifestTask: ManifestController = new ManifestController(this, () => this.manifestRequired(), (error) => this.report(error));
  protected readonly settings: SettingsController = new SettingsController(this, this.manifestTask);
  protected readonly internals: ElementInternals = this.attachInternals();
  declare protected face: HostState; // set by `update` and by each face
  private reported = new WeakSet<PkError>();

  protected get manifestState(): ManifestState {
    return this.manifestTask.state;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && this.isConnected) this.settings.refresh();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    this.settings.check();
  }

  protected override update(changed: PropertyValues): void {
    this.face = 'ready';
    super.update(changed);
    this.internals.states?.clear(); // `states`: Chrome 125, Firefox 126, Safari 17.4
    this.internals.states?.add(this.face);
  }

  /** Elements that can work from other data (a `src` URL) return false when they have it. */
  protected manifestRequired(): boolean {
    return true;
  }

  /** Tells the developer (console) and the host (`pk-error`) about a failure, once per error. */
  protected report(error: PkError): void {
    if (this.reported.has(error)) return;
    this.reported.add(error);
    const lines = error.issues.map((issue) => `  ${formatIssue(issue)}`);
    console.error([`[purpose-kit] <${this.localName}> ${error.message}`, ...lines].join('\n'));
    emit(this, 'pk-error', { code: error.code, message: error.message, source: error.source, issues: error.issues, error });
  }

  override render(): TemplateResult {
    const { config, locale, direction } = this.settings;
    const complete = (ready: ReadyManifest) => (!isLocaleReady(locale) ? this.renderLoading() : this.isEmpty(ready) ? this.renderEmpty() : this.renderContent(ready));
    return html`<div class="root theme-${config.theme ?? 'page'}" part="base" lang=${locale} dir=${direction}>
      ${this.manifestTask.render({ pending: () => this.renderLoading(), complete, error: (error) => this.renderError(error) })}
    </div>`;
  }

  /** The element's own content, once the manifest is ready. */
  protected abstract renderContent(ready: ReadyManifest): unknown;

  /** True when there is nothing to show for this element in this manifest. */
  protected isEmpty(_ready: ReadyManifest): boolean {
    return false;
  }

  /** The sentence shown in the empty state. */
  protected emptyMessage(): string {
    return this.settings.t('state.empty');
  }

  protected renderEmpty(): unknown {
    this.face = 'empty';
    return html`<div class="state state-empty" part="state" role="status"><p>${this.emptyMessage()}</p></div>`;
  }

  protected renderLoading(): unknown {
    this.face = 'loading';
    return html`<div class="state state-loading" part="state" role="status"><span class="spinner" aria-hidden="true"></span><span>${this.settings.t('state.loading')}</span></div>`;
  }

  protected renderError(error: PkError): unknown {
    this.face = 'error';
    return errorFace(error, this.settings.t);
  }
}
