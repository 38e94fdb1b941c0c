/**
 * Loads `interactive.ts` (the keyboard model and filtering) before the learner needs it: in the
 * page's idle moments once the catalogue is drawn, when focus comes into the navigator, when the
 * pointer comes over the search field, or when a filter or a key needs it. In idle moments it then
 * builds the search index (the folded text of every course and pathway) a slice at a time, and at
 * once when the learner heads for the search field, so a keystroke only scans strings. Idle work
 * stops when the element leaves the page or gets another manifest.
 *
 * A key pressed or a filter set before the chunk is here is applied when it arrives. A chunk the
 * learner needed that cannot be loaded is handed to `failed`, and waits for `retry()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../../core/base/idle.js';
import { LazyModule } from '../../core/base/lazy-part.js';
import { PkError } from '../../core/errors.js';
import { useSourceMessages } from '../../core/i18n/i18n.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import { isFiltering, NO_FILTER, type Filters, type PathwayFilter } from './search.js';

export type Interactive = typeof import('./interactive.js');

export const interactiveModule = new LazyModule('keyboard and filters', () =>
  import('./interactive.js').then((interactive) => {
    useSourceMessages(interactive.messages);
    return interactive;
  }),
);

/** Uses a key with the keyboard model; true when the key did something (its default is then prevented). */
export type KeyUse = (interactive: Interactive) => boolean;

/**
 * Keys the tab list and the tree always take (APG): while the keyboard model is on its way their
 * default (scrolling the page) is prevented at once, since the key is applied once it is here.
 */
const NAVIGATION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', ' ']);

export interface LoaderEvents {
  /** The chunk is here while a filter is set: the filter can now be applied. */
  filterArrived(): void;
  failed(error: PkError): void;
}

export class InteractiveLoader implements ReactiveController {
  /** A load the learner needed failed; nothing loads until `retry()`. */
  failed = false;
  /** The catalog idle work is (or was) scheduled for. */
  private catalog?: Catalog;
  private cancel?: () => void;
  private loading?: Promise<Interactive | undefined>;

  /** @param current the catalogue drawn, and `filters` the filters set, now */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly current: () => Catalog | undefined,
    private readonly filters: () => Filters,
    private readonly on: LoaderEvents,
  ) {
    host.addController(this);
    host.addEventListener('focusin', () => void this.load());
  }

  /** After a render: a catalog drawn for the first time gets its index built in idle moments. */
  hostUpdated(): void {
    const catalog = this.current();
    if (catalog === this.catalog) return;
    this.stop();
    this.catalog = catalog;
    if (catalog) this.schedule(catalog);
  }

  hostDisconnected(): void {
    this.stop();
    this.catalog = undefined;
  }

  /** The filters for `catalog`; `undefined` while a filter is set and filtering is not here. */
  filter(catalog: Catalog, filters: Filters): PathwayFilter | undefined {
    if (!isFiltering(filters)) return NO_FILTER;
    const interactive = interactiveModule.value;
    if (interactive) return interactive.compileFilter(catalog, filters);
    void this.load();
    return undefined;
  }

  /** Uses a key now, or once the keyboard model is here. */
  key(event: KeyboardEvent, use: KeyUse): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const interactive = interactiveModule.value;
    if (interactive) {
      if (use(interactive)) event.preventDefault();
    } else {
      if (NAVIGATION_KEYS.has(event.key)) event.preventDefault();
      // Applied in the order pressed once the chunk is here; dropped if it cannot be loaded.
      void this.load().then((loaded) => loaded && use(loaded));
    }
  }

  /** The learner is about to search: what is left of the index is built as soon as the chunk is here. */
  readonly now = (): void => {
    void this.load().then((interactive) => {
      const catalog = this.current();
      if (interactive && catalog) interactive.prepareSearch(catalog);
    });
  };

  retry(): void {
    this.failed = false;
    this.now();
  }

  /** Loads the chunk; resolves to it, or to `undefined` once a failure is handed on. */
  private load(): Promise<Interactive | undefined> {
    if (this.failed) return Promise.resolve(undefined);
    return (this.loading ??= interactiveModule.load().then(
      (interactive) => {
        if (isFiltering(this.filters())) this.on.filterArrived();
        return interactive;
      },
      (cause: unknown) => {
        this.loading = undefined;
        this.failed = true;
        const { localName } = this.host;
        const message = `could not load the ${interactiveModule.name} of <${localName}>: ${String(cause)}`;
        this.on.failed(new PkError('element-load', message, { source: localName, cause }));
        return undefined;
      },
    ));
  }

  private schedule(catalog: Catalog): void {
    this.cancel = whenIdle((deadline) => {
      this.cancel = undefined;
      const interactive = interactiveModule.value;
      if (interactive) {
        if (!interactive.prepareSearch(catalog, () => deadline.timeRemaining() > 0)) this.schedule(catalog);
        return;
      }
      // A failure here is nobody's yet: what needs the chunk tries again and says so.
      interactiveModule.load().then(() => {
        if (this.catalog === catalog && !this.cancel) this.schedule(catalog);
      }, () => undefined);
    });
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
