import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { notifyConfigChange, type ReportingFormat, type ThemeName } from '../../core/config/config.js';
import { VERSION } from '../../version.js';

/**
 * `<pk-config>` sets the page configuration in markup, for pages without a build step. Every
 * `pk-*` element on the page reads it; elements inside a `<pk-config>` prefer the nearest one, so
 * one page can host two tenants. A manifest can be given as a URL (`manifest`), an object
 * (`.manifest`) or inline as a `<script type="application/json">` child. The `headers` callback
 * can only be set from JavaScript.
 *
 * ```html
 * <pk-config manifest="/learning/manifest.json" endpoint="/api/events" learner="u-4711" locale="de"></pk-config>
 * <pk-config collector="/pk" learner="u-4711"></pk-config>
 * ```
 *
 * @summary Page-level settings (manifest, endpoint, learner, locale) for every pk element inside it or on the page.
 * @since 0.1.0
 *
 * @slot - Elements that should prefer this configuration (optional).
 */
export class PkConfig extends LitElement {
  static readonly pkVersion = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The pathway manifest: a URL (attribute) or an object (property). */
  @property() manifest?: string | object;
  /** Where learner events are posted. */
  @property() endpoint?: string;
  /** `json` (default) or `xapi`. */
  @property() format?: ReportingFormat;
  /** The learner's id. */
  @property() learner?: string;
  /** Preferred locale (BCP 47). */
  @property() locale?: string;
  /** `light`, `dark` or `auto`. */
  @property() theme?: ThemeName;
  /** The learner is a subject-matter expert and may endorse content. */
  @property({ type: Boolean }) expert?: boolean;
  /** `include` to send cookies to a cross-origin endpoint. */
  @property() credentials?: RequestCredentials;
  /**
   * The base URL of a Purpose Kit collector: the manifest, endpoint, ratings, team and live
   * endorsements not set otherwise come from its routes below `{collector}/v1/`.
   */
  @property() collector?: string;
  /** Request headers computed at send time, e.g. `() => ({ Authorization: \`Bearer ${token()}\` })`. */
  @property({ attribute: false }) headers?: () => HeadersInit | Promise<HeadersInit>;

  override connectedCallback(): void {
    super.connectedCallback();
    notifyConfigChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    notifyConfigChange();
  }

  protected override updated(): void {
    notifyConfigChange();
  }

  override render() {
    return html`<slot></slot>`;
  }
}
