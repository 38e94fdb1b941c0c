/**
 * What a relevance report is made of: the ratings (raw events given as `ratings`, the aggregate
 * read from `src` or the collector, else the manifest's course ratings), the thresholds checked,
 * and the report the calculation makes of them. The calculation and the reader of `src` are
 * chunks of their own; the aggregate from `src` is fetched again whenever this page's outbox
 * delivers events, so a rating made on the page shows up.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyModule, LazyPart, type LazyPartOptions } from '../../core/base/lazy-part.js';
import type { RemoteDocument, RemoteState } from '../../core/base/remote-document.js';
import { collectorUrl } from '../../core/config/collector.js';
import type { PageConfig } from '../../core/config/config.js';
import { PK_DELIVERY, type PkDeliveryEvent } from '../../core/delivery/pk-delivery-event.js';
import { PkError } from '../../core/errors.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Thresholds, TrendDirection } from '../../core/procurement/thresholds.js';
import type { ProcurementReport, RatingsAggregate } from '../../core/procurement/types.js';

/** Reading ratings from `src` (the fetch, the validator, valibot) loads only for a report that has one (exported for tests that make it fail). */
export const ratingsReader = new LazyModule('ratings reader', () => import('./ratings-document.js'));
/** The report's arithmetic (see calculation.ts): asked for at once, drawn from once the data is there (exported for tests). */
export const reportCalculation = new LazyModule('ratings calculation', () => import('./calculation.js'));
/**
 * Loads the report's arithmetic now. A synchronous render (Lit SSR on the server, hydration in the
 * browser) draws the report only once it is here: call it on both sides before rendering (docs/ssr.md).
 */
export async function preloadRelevanceReport(): Promise<void> {
  await reportCalculation.load();
}
type Calculation = typeof import('./calculation.js');
const LOADING: RemoteState<never> = { status: 'loading' };

/** Whether a change in an average reads as up, down or steady under the report's thresholds. */
export type DirectionOfChange = (change: number) => TrendDirection;

export interface ReadyReport {
  status: 'ready';
  aggregate: RatingsAggregate;
  report: ProcurementReport;
  thresholds: Thresholds;
  direction: DirectionOfChange;
}

/** What the element shows: the ratings still loading, the report, or why there is none. */
export type ReportView = { status: 'loading' } | ReadyReport | { status: 'error'; error: PkError };

type ResolvedThresholds = { ok: true; thresholds: Thresholds } | { ok: false; error: PkError };

/** The element's settings the report is made from. */
export interface ReportSettings {
  ratings: readonly unknown[] | undefined;
  src: string | undefined;
  windowDays: number;
  thresholds: unknown;
  config: PageConfig;
  /** The manifest's catalogue, once the manifest is ready. */
  catalog: Catalog | undefined;
}

export class ReportData implements ReactiveController {
  view: ReportView = { status: 'loading' };
  /** Asked for when the report first has a `src` to read. */
  private readonly reader: LazyPart<typeof import('./ratings-document.js')>;
  /** Asked for in the element's first update, so it loads alongside the manifest. */
  private readonly calculation: LazyPart<Calculation>;
  private remote?: RemoteDocument<RatingsAggregate>;
  /** The URL of the aggregate: `src`, else the collector's ratings; none when `ratings` are given. */
  private source?: string;
  private thresholds?: unknown;
  /** The thresholds checked, once the calculation is here; unset again when they change. */
  private resolved?: ResolvedThresholds;
  private viewInputs: readonly unknown[] = [];

  /** @param options how the chunks' failures are reported and said */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LazyPartOptions,
  ) {
    host.addController(this);
    this.reader = new LazyPart(host, ratingsReader, options);
    this.calculation = new LazyPart(host, reportCalculation, options);
  }

  hostConnected(): void {
    window.addEventListener(PK_DELIVERY, this.onDelivery);
  }

  hostDisconnected(): void {
    window.removeEventListener(PK_DELIVERY, this.onDelivery);
  }

  /** Fetches the aggregate from `src` again. */
  reload(): void {
    this.remote?.reload();
  }

  /** Makes the report again when what it is made of changed (from `willUpdate`). */
  use({ ratings, src, windowDays, thresholds, config, catalog }: ReportSettings): void {
    this.calculation.request();
    const calculation = this.calculation.value;
    if (thresholds !== this.thresholds) this.resolved = undefined;
    this.thresholds = thresholds;
    if (calculation) this.resolved ??= this.resolveThresholds(calculation, thresholds);
    const source = (this.source = ratings ? undefined : src || collectorUrl(config, 'ratings'));
    if (source) this.reader.request();
    this.remote ??= this.reader.value?.ratingsDocument(this.host, (error) => this.options.report(error));
    // A fetch still running for a former src is dropped.
    this.remote?.use(source ? { url: source, settings: config, context: undefined } : undefined);
    if (!catalog || !calculation || !this.resolved) {
      this.view = { status: 'loading' };
      return;
    }
    // The report is redone only when what it is made of changes, not on every sort or filter.
    const inputs = [catalog, ratings, source, windowDays, this.resolved, this.remote?.state];
    if (inputs.some((input, index) => input !== this.viewInputs[index])) {
      this.viewInputs = inputs;
      this.view = this.viewOf(catalog, calculation, this.resolved, ratings, windowDays);
    }
  }

  /** What stands in while the report loads: `loading`, or that the calculation or the reader could not be loaded. */
  renderLoading(loading: unknown): unknown {
    return this.calculation.render(() => (this.source ? this.reader.render(() => loading, loading) : loading), loading);
  }

  private resolveThresholds({ resolveThresholds }: Calculation, thresholds: unknown): ResolvedThresholds {
    const given: unknown = thresholds ?? {};
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      const problem = `thresholds must be a JSON object such as {"minRatings": 20}, got ${JSON.stringify(given)}`;
      return { ok: false, error: new PkError('config-invalid', problem, { source: this.host.localName }) };
    }
    try {
      return { ok: true, thresholds: resolveThresholds(given) };
    } catch (error) {
      if (error instanceof PkError) return { ok: false, error };
      throw error;
    }
  }

  private readonly onDelivery = (event: PkDeliveryEvent): void => {
    if (event.detail.kind === 'sent' && this.source) this.remote?.reload();
  };

  private viewOf(
    catalog: Catalog,
    { aggregateRatings, procurementReport, trendDirectionOf }: Calculation,
    resolved: ResolvedThresholds,
    ratings: readonly unknown[] | undefined,
    windowDays: number,
  ): ReportView {
    if (!resolved.ok) return { status: 'error', error: resolved.error };
    const { thresholds } = resolved;
    const ready = (aggregate: RatingsAggregate): ReportView => ({
      status: 'ready',
      aggregate,
      report: procurementReport(aggregate, catalog.courses, thresholds),
      thresholds,
      direction: (change) => trendDirectionOf(change, thresholds),
    });
    if (this.source) {
      const remote = this.remote?.state ?? LOADING;
      return remote.status === 'ready' ? ready(remote.value) : remote;
    }
    try {
      const baseline = ratings ? [] : catalog.manifest.courses;
      return ready(aggregateRatings(ratings ?? [], { windowDays, baseline }).aggregate);
    } catch (error) {
      if (error instanceof PkError) return { status: 'error', error };
      throw error;
    }
  }
}
