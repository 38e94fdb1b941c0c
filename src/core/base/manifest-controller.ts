/**
 * The pathway manifest an element shows, modelled on Lit's `Task`: a status (loading, ready or
 * error), a run per setting that a newer setting aborts, and `render({pending, complete, error})`.
 * A manifest another element has loaded already is ready at once, so the first render is the content.
 * It needs no hook in the host's lifecycle: the host's settings say when the setting changes (`use`).
 */
import type { ReactiveElement } from 'lit';
import { InlineManifest } from '../config/resolve.js';
import { formatIssue, PkError, type ManifestIssue } from '../errors.js';
import type { Catalog } from '../manifest/catalog.js';
import { loadedManifest, loadManifest, type LoadedManifest, type ManifestSource } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';

/** A manifest that loaded and validated, with its lookups. */
export interface ReadyManifest {
  manifest: Manifest;
  catalog: Catalog;
  warnings: readonly ManifestIssue[];
}

export type ManifestState = { status: 'loading' } | ({ status: 'ready' } & ReadyManifest) | { status: 'error'; error: PkError };

export interface ManifestRenderers {
  pending: () => unknown;
  complete: (ready: ReadyManifest) => unknown;
  error: (error: PkError) => unknown;
}

const LOADING = { status: 'loading' } as const;
const NOT_LOADED = Symbol('not loaded');

export class ManifestController {
  state: ManifestState = LOADING;
  private setting: unknown = NOT_LOADED;
  private run?: AbortController;

  /**
   * @param host updates with `manifestState` among its changed properties when the state changes
   * @param required false when the element can work without a manifest for now (it has a `src`, say)
   * @param report hears about each failure (the element's `report`)
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly required: () => boolean,
    private readonly report: (error: PkError) => void,
  ) {}

  /** Loads the manifest of `setting` (a URL, inline JSON, an object or a promise of one) unless it is the one in use. */
  use(setting: unknown): void {
    if (setting === this.setting) return;
    this.setting = setting;
    this.run?.abort();
    this.run = new AbortController();
    void this.load(setting, this.run.signal);
  }

  /** Shows the error state and reports the error. */
  fail(error: PkError): void {
    this.set({ status: 'error', error });
    this.report(error);
  }

  render(renderers: ManifestRenderers): unknown {
    const { state } = this;
    return state.status === 'ready' ? renderers.complete(state) : state.status === 'error' ? renderers.error(state.error) : renderers.pending();
  }

  private async load(setting: unknown, signal: AbortSignal): Promise<void> {
    const known = setting instanceof Promise ? undefined : sourceOf(setting);
    const loaded = known && loadedManifest(known);
    if (loaded) return this.ready(loaded);
    this.set(LOADING);
    try {
      const source: ManifestSource | undefined =
        setting instanceof Promise
          ? {
              kind: 'object',
              value: await setting.catch((error: unknown) => {
                throw new PkError('manifest-fetch', `the manifest promise was rejected: ${String(error)}`, { source: 'promise', cause: error });
              }),
            }
          : known;
      if (source) {
        const loaded = await loadManifest(source);
        if (!signal.aborted) this.ready(loaded);
        return;
      }
      // A `manifest` property set before the element was defined reaches it in its first update:
      // wait for that before calling the manifest missing.
      if (!this.host.hasUpdated) await this.host.updateComplete;
      if (!signal.aborted && this.required()) {
        this.fail(new PkError('manifest-missing', 'no pathway manifest: set the manifest attribute, a <pk-config manifest="…">, or configure({ manifest }).'));
      }
    } catch (error) {
      if (!signal.aborted) this.fail(error instanceof PkError ? error : new PkError('manifest-fetch', String(error), { cause: error }));
    }
  }

  private ready({ manifest, catalog, warnings }: LoadedManifest): void {
    for (const warning of warnings) console.warn(`[purpose-kit] <${this.host.localName}> manifest ${formatIssue(warning)}`);
    this.set({ status: 'ready', manifest, catalog, warnings });
  }

  private set(state: ManifestState): void {
    const old = this.state;
    this.state = state;
    // Lit compares the host's `manifestState` with `old`: setting the same state again updates nothing.
    this.host.requestUpdate('manifestState', old);
  }
}

/** Where a manifest setting comes from. */
function sourceOf(setting: unknown): ManifestSource | undefined {
  if (setting === undefined || setting === null || setting === '') return undefined;
  if (typeof setting === 'string') return { kind: 'url', url: setting };
  if (setting instanceof InlineManifest) return { kind: 'inline', text: setting.text };
  return { kind: 'object', value: setting };
}
