import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LazyPart } from '../../core/base/lazy-part.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import { collectorUrl } from '../../core/config/collector.js';
import { loadedManifest } from '../../core/manifest/load.js';
import type { StudioEnv } from './environment.js';
import { styles } from './manifest-studio.styles.js';
import { studioModule } from './studio-loader.js';
import type { StudioView } from './studio-view.js';

/**
 * `<pk-manifest-studio>` is where L&D operations re-wrap the catalogue without writing JSON. It
 * opens on the content audit's list (most-used first, each course's flags shown); a course opens
 * its editor: the why framing ("from … to …" and the statement), its pillar, its impact tags (pick
 * or create), its pathways (add to one, create one, mark hero pathways of the imperatives), with
 * suggested pillars and tags (the words that matched shown; one click accepts), the validator's
 * messages beside the field they concern as the draft changes, and a live preview of the real
 * `<pk-why-banner>` and `<pk-impact-badge>`. The inbox lists the endorsements experts sent the
 * collector: accept one into the manifest or dismiss it. Undo and redo (buttons, Ctrl/Cmd+Z,
 * Ctrl/Cmd+Shift+Z, Ctrl+Y; inside a text field those keys undo typing); "Changes" lists every
 * field changed since the last save, before → after.
 *
 * With a collector (`collector` attribute, `<pk-config collector>` or `configure({ collector })`)
 * the manifest comes from `{collector}/v1/manifest` with its ETag and "Save" sends it back with
 * `PUT` and `If-Match`: when someone saved first, a conflict view shows their version and yours
 * for each field both changed, and you keep theirs (Undo brings yours back) or re-apply yours on
 * top of theirs. The collector's requests carry the page's `headers()` (an L&D operations token);
 * no secret is in the page. Without a collector, "Download JSON" saves the draft as a file. An
 * unsaved draft is kept in IndexedDB (database `purpose-kit-studio`, store `drafts`) under the
 * manifest's URL (or `property` for a manifest given as an object or inline JSON) and restored
 * after a reload.
 *
 * ```html
 * <pk-manifest-studio collector="/pk"></pk-manifest-studio>
 * <pk-manifest-studio src="/manifest.json"></pk-manifest-studio>
 * ```
 *
 * @summary The re-wrap studio: the audit's list, a course editor with suggestions, live validation and preview, the endorsement inbox, undo/redo, diff and a conditional save.
 * @since 0.2.0
 *
 * @event pk-manifest-saved - The collector stored the draft; `detail` has `version`, `etag` and `changes` (how many fields changed).
 * @event pk-manifest-conflict - A save was refused because someone saved first; `detail` has their `version`, `etag` and the `conflicts` (paths both changed).
 * @event pk-error - The manifest could not be loaded, a save, the inbox or a dismissal failed, or the studio's code could not be loaded.
 *
 * @csspart studio - The studio's box.
 * @csspart toolbar - The views, undo/redo and save.
 * @csspart tab - A view's button (the open one has `aria-current="page"`).
 * @csspart button - Any button; undo, redo, save and "show more" are also `undo`, `redo`, `save`, `more` (`::part(button save)`).
 * @csspart status - The validator's verdict on the draft.
 * @csspart announcement - The last result (saved, conflict, undone), read out by screen readers.
 * @csspart list - The course list view.
 * @csspart table - A table (the course list, the conflict).
 * @csspart row - A table row.
 * @csspart course - A course's button in the list.
 * @csspart flag - One thing to fix; also named for its kind (`::part(flag no-why)`).
 * @csspart editor - The course editor.
 * @csspart description - The course's description, as the catalogue has it.
 * @csspart section - A group of fields in the editor.
 * @csspart field - A label, its control and its messages.
 * @csspart input - A text field.
 * @csspart select - A select.
 * @csspart checkbox - A checkbox (an impact tag, a hero pathway).
 * @csspart field-error - The validator's messages beside a field.
 * @csspart suggestions - A list of suggestions.
 * @csspart suggestion - The button that accepts a suggestion.
 * @csspart suggestion-match - The words that matched.
 * @csspart create - A "new impact tag" or "new pathway" form.
 * @csspart pathway - A pathway of the course.
 * @csspart preview - The preview box.
 * @csspart preview-banner - The previewed `<pk-why-banner>`.
 * @csspart preview-badge - The previewed `<pk-impact-badge>`.
 * @csspart preview-stale - The note that the preview shows the last valid draft.
 * @csspart done - A "nothing to fix" or "accepted" note.
 * @csspart inbox - The inbox view.
 * @csspart inbox-none - The sentence shown without a collector.
 * @csspart inbox-error - The sentence shown when the inbox could not be read.
 * @csspart endorsement - One endorsement in the inbox.
 * @csspart changes - The changes view.
 * @csspart change - One changed field.
 * @csspart conflict - The conflict view.
 *
 * @cssproperty [--pk-manifest-studio-max-width=80rem] - Widest the studio gets.
 * @cssproperty [--pk-manifest-studio-flag-color=var(--pk-color-warning)] - Text of a flag.
 * @cssproperty [--pk-manifest-studio-flag-background=var(--pk-color-danger-soft)] - Background of a flag.
 * @cssproperty [--pk-manifest-studio-error-color=var(--pk-color-danger)] - The validator's messages.
 */
export class PkManifestStudio extends PkElement {
  static override styles = [PkElement.styles, styles];

  /** The manifest's URL (typically `{collector}/v1/manifest`); wins over `manifest`. */
  @property() src?: string;

  /** The base URL of the collector saves and the inbox go to; overrides page configuration. */
  @property() collector?: string;

  private readonly studio = new LazyPart(this, studioModule, { report: (error) => this.report(error), t: (key) => this.settings.t(key), when: 'shown' });
  private view?: { ready: ReadyManifest; view: StudioView };

  protected override willUpdate(changed: PropertyValues): void {
    // `src`, else the studio's own collector's manifest, is the manifest setting the base element loads.
    const own = this.src || (this.collector && this.manifest === undefined ? collectorUrl({ collector: this.collector }, 'manifest') : undefined);
    if (own && own !== this.manifest) this.manifest = own;
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.view?.view.updated(this.renderRoot);
  }

  protected override renderContent(ready: ReadyManifest): unknown {
    const { studio } = this;
    if (studio.value === undefined && !studio.error) {
      studio.request();
      return this.renderLoading();
    }
    return studio.render((module) => {
      const env = this.env();
      // A new manifest (another URL or object) starts a new session; the same one keeps the draft.
      if (this.view?.ready.manifest !== ready.manifest) this.view = { ready, view: new module.StudioView(ready, this.origin(ready), env) };
      else this.view.view.use(env);
      return this.view.view.render();
    });
  }

  /** Where the manifest came from: its URL and ETag (a save is conditional on it), or `property`. */
  private origin(ready: ReadyManifest): { key: string; etag?: string } {
    const setting = this.settings.config.manifest;
    const loaded = typeof setting === 'string' ? loadedManifest({ kind: 'url', url: setting }) : undefined;
    return loaded?.manifest === ready.manifest ? { key: loaded.source, ...(loaded.etag && { etag: loaded.etag }) } : { key: 'property' };
  }

  private env(): StudioEnv {
    const { t, locale, config } = this.settings;
    const settings = { ...config, collector: this.collector || config.collector };
    const manifestUrl = collectorUrl(settings, 'manifest');
    return {
      host: this,
      t,
      locale,
      settings,
      ...(manifestUrl && { manifestUrl, inboxUrl: collectorUrl(settings, 'endorsements/inbox') }),
      report: (error) => this.report(error),
    };
  }
}
