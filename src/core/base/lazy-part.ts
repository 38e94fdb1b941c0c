/**
 * Parts of an element that its first render does not need — the steps after a rating, the reading
 * of a `src` document, the badge only the full why-banner shows — kept in chunks of their own so
 * the element's entry stays small. A part loads in the first idle moment after its element has drawn, as soon as the
 * element draws it, or at once when an interaction asks for it; until then the element draws
 * without it, and updates when it comes.
 * A chunk that cannot be loaded is reported (console, `pk-error` with code `element-load`), said
 * on screen where the part would be (in the face of the error state), and tried again the next
 * time it is asked for.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PkError } from '../errors.js';
import type { MessageKey } from '../i18n/i18n.js';
import type { MessageParams } from '../i18n/message.js';
import { whenIdle } from './idle.js';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** One lazily imported module, shared by every element instance that uses it. */
export class LazyModule<T> {
  value: T | undefined;
  private pending: Promise<T> | undefined;
  private idle = false;

  /** @param name what the part is, for the developer's console (`search`, `CSV export`) */
  constructor(
    readonly name: string,
    private readonly importer: () => Promise<T>,
  ) {}

  /** Imports the module once; a failed import is forgotten, so the next call tries again. */
  load(): Promise<T> {
    return (this.pending ??= this.importer().then(
      (value) => (this.value = value),
      (cause: unknown) => {
        this.pending = undefined;
        throw cause;
      },
    ));
  }

  /** Loads in the page's next idle moment (once, however many elements ask). */
  loadWhenIdle(): void {
    if (this.idle || this.pending || this.value !== undefined) return;
    this.idle = true;
    // Tried once: a failure here is nobody's yet; the part that needs the module asks again and reports it.
    whenIdle(() => this.load().catch(() => undefined));
  }
}

export interface LazyPartOptions {
  /** The element's `report` (console and `pk-error`, once per error). */
  report(error: PkError): void;
  /** The element's `t`. */
  t(key: MessageKey, params?: MessageParams): string;
  /**
   * `idle` (default): load in the first idle moment after the element drew, for a part an
   * interaction will need. `shown`: only when the element draws the part, for a part some
   * elements never show (loading it for the others would be a download for nothing).
   */
  when?: 'idle' | 'shown';
}

/**
 * An element's handle on a `LazyModule`: loads it (see `when`), renders the part, its failure, or
 * what stands in meanwhile, and updates the element when a part it drew arrives.
 */
export class LazyPart<T> implements ReactiveController {
  /** The error of the last failed attempt, until a later one succeeds. */
  error: PkError | undefined;
  /** The attempt a failure was reported for: callers that shared it report it once. */
  private failed: Promise<T> | undefined;
  private requested = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly module: LazyModule<T>,
    private readonly options: LazyPartOptions,
  ) {
    host.addController(this);
  }

  get value(): T | undefined {
    return this.module.value;
  }

  hostUpdated(): void {
    if (this.options.when !== 'shown') this.module.loadWhenIdle();
  }

  /** Loads the part now (an interaction needs it); resolves to it, or to `undefined` after reporting why not. */
  async load(): Promise<T | undefined> {
    if (this.error) {
      this.error = undefined;
      this.host.requestUpdate();
    }
    const attempt = this.module.load();
    try {
      return await attempt;
    } catch (cause) {
      if (this.failed !== attempt) {
        this.failed = attempt;
        const { localName } = this.host;
        this.error = new PkError('element-load', `could not load the ${this.module.name} of <${localName}>: ${String(cause)}`, { source: localName, cause });
        this.options.report(this.error);
        this.host.requestUpdate();
      }
      return undefined;
    }
  }

  /**
   * "Try again": once the part is drawn its button is gone, so focus that was on it moves to the
   * element's first control rather than falling to the page.
   */
  private readonly retry = async (event: Event): Promise<void> => {
    const button = event.currentTarget as HTMLElement;
    const root = button.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement === button;
    if (!(await this.load()) || !focused) return;
    await this.host.updateComplete;
    if (!button.isConnected) root.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  };

  /**
   * The part drawn by `render` once loaded; meanwhile `pending` (nothing by default), and the
   * load starts; after a failed load, a sentence saying so with a button that tries again.
   */
  render(render: (value: T) => unknown, pending: unknown = null): unknown {
    const { value } = this.module;
    if (value !== undefined) return render(value);
    if (this.error) {
      return html`<div class="state state-error" part="part-failed" role="alert">
        <p>${this.options.t('state.part-failed')}</p>
        <button type="button" part="retry" @click=${this.retry}>${this.options.t('state.retry')}</button>
      </div>`;
    }
    this.request();
    return pending;
  }

  /**
   * Starts loading the part unless it is here, on its way, or has failed (a failure waits for
   * "Try again" or `load()`); the element updates when it arrives. For a part the element knows it
   * will draw, asked for before it draws it (a reader of `src`, while the manifest still loads).
   */
  request(): void {
    if (this.requested || this.error || this.module.value !== undefined) return;
    this.requested = true;
    void this.load().then(() => {
      this.requested = false;
      this.host.requestUpdate();
    });
  }
}
