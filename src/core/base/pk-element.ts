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
 * @since 0.1.0
 * @csspart base - The element's root box.
 * @csspart state - The loading, error or empty box (which one: the host's state).
 * @cssstate loading - The element waits for what it shows (its manifest, its data, a language, a part's code).
 * @cssstate ready - The element shows its content.
 * @cssstate error - The element shows what went wrong instead of its content.
 * @cssstate empty - The element has nothing to show for this manifest and says so.
 * @cssproperty [--pk-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif] - Font stack.
 * @cssproperty [--pk-font-size=1rem] - Base font size.
 * @cssproperty [--pk-line-height=1.5] - Base line height.
 * @cssproperty [--pk-color-text=light-dark(#1f2328, #e6edf3)] - Body text colour.
 * @cssproperty [--pk-color-text-muted=light-dark(#57606a, #9da7b3)] - Secondary text colour.
 * @cssproperty [--pk-color-surface=light-dark(#ffffff, #0d1117)] - Background of boxes.
 * @cssproperty [--pk-color-surface-raised=light-dark(#f6f8fa, #161b22)] - Background of cards and raised areas.
 * @cssproperty [--pk-color-border=light-dark(#d0d7de, #3d444d)] - Borders and dividers.
 * @cssproperty [--pk-color-accent=light-dark(#0a5cc2, #6cb6ff)] - Links, selection and primary actions.
 * @cssproperty [--pk-color-accent-text=light-dark(#ffffff, #0d1117)] - Text on the accent colour.
 * @cssproperty [--pk-color-accent-soft=light-dark(#ddf4ff, #12263f)] - Tinted background for selected items.
 * @cssproperty [--pk-color-hero=light-dark(#8a4b00, #f0b45b)] - Hero pathways and imperatives.
 * @cssproperty [--pk-color-hero-soft=light-dark(#fff4e0, #2d2110)] - Tinted background for hero items.
 * @cssproperty [--pk-color-success=light-dark(#1a7f37, #56d364)] - Done, sent, positive dividend.
 * @cssproperty [--pk-color-warning=light-dark(#8a5a00, #e3b341)] - Needs attention.
 * @cssproperty [--pk-color-danger=light-dark(#b42318, #ff8a80)] - Errors.
 * @cssproperty [--pk-color-danger-soft=light-dark(#fff1f0, #2d1414)] - Background of error boxes.
 * @cssproperty [--pk-color-focus=light-dark(#0a5cc2, #6cb6ff)] - Focus ring.
 * @cssproperty [--pk-radius=0.5rem] - Corner radius.
 * @cssproperty [--pk-space=1rem] - Base spacing unit.
 * @cssproperty [--pk-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Shadow of raised boxes.
 * @cssproperty [--pk-motion-duration=160ms] - Length of transitions (0 under reduced motion).
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
