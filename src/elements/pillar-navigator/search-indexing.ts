/**
 * Builds the navigator's search index (the folded text of every course and pathway, `search.ts`)
 * before the first keystroke needs it: in the page's idle moments once the catalogue is drawn, a
 * slice at a time, and at once when the learner heads for the search field (focus, pointer). A
 * keystroke then only scans strings. Idle work stops when the element leaves the page or gets
 * another manifest.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog } from '../../core/manifest/catalog.js';
import { whenIdle } from '../../core/base/idle.js';
import { prepareSearch } from './search.js';

export class SearchIndexing implements ReactiveController {
  /** The catalog idle work is (or was) scheduled for. */
  private catalog?: Catalog;
  private cancel?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly current: () => Catalog | undefined,
  ) {
    host.addController(this);
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

  /** The learner is about to search: what is left of the index is built now. */
  readonly now = (): void => {
    const catalog = this.current();
    if (catalog) prepareSearch(catalog);
  };

  private schedule(catalog: Catalog): void {
    this.cancel = whenIdle((deadline) => {
      this.cancel = undefined;
      if (!prepareSearch(catalog, () => deadline.timeRemaining() > 0)) this.schedule(catalog);
    });
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
