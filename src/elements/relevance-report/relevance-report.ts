import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LazyModule, LazyPart } from '../../core/base/lazy-part.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import type { RemoteDocument, RemoteState } from '../../core/base/remote-document.js';
import { collectorUrl } from '../../core/config/collector.js';
import { PK_DELIVERY, type PkDeliveryEvent } from '../../core/delivery/pk-delivery-event.js';
import { PkError } from '../../core/errors.js';
import { formatDate, formatNumber } from '../../core/i18n/format.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Thresholds, TrendDirection } from '../../core/procurement/thresholds.js';
import { DEFAULT_WINDOW_DAYS, RECOMMENDATIONS, type ProcurementReport, type ProviderReport, type RatedSummary, type RatingsAggregate, type Recommendation } from '../../core/procurement/types.js';
import { filterSelect } from '../../core/base/table/filter-select.js';
import { nextSort, sortableTable, sortRows, type SortState } from '../../core/base/table/sortable-table.js';
import { tableStyles } from '../../core/base/table/table.styles.js';
import { itemColumns, providerColumns, type ItemColumn, type ItemRow, type ProviderColumn } from './columns.js';
import { styles } from './relevance-report.styles.js';
import tableMessages from '../../core/i18n/locales/en/table.js';
import relevanceReportMessages from '../../core/i18n/locales/en/relevance-report.js';

/** Reading ratings from `src` (the fetch, the validator, valibot) loads only for a report that has one (exported for tests that make it fail). */
export const ratingsReader = new LazyModule('ratings reader', () => import('./ratings-document.js'));
/** The report's arithmetic (see calculation.ts): asked for at once, drawn from once the data is there (exported for tests). */
export const reportCalculation = new LazyModule('ratings calculation', () => import('./calculation.js'));
type Calculation = typeof import('./calculation.js');
const LOADING: RemoteState<never> = { status: 'loading' };

/** What the element shows: the ratings still loading, the report, or why there is none. */
type View =
  | { status: 'loading' }
  | { status: 'ready'; aggregate: RatingsAggregate; report: ProcurementReport; thresholds: Thresholds; direction: DirectionOfChange }
  | { status: 'error'; error: PkError };

/** Whether a change in an average reads as up, down or steady under the report's thresholds. */
type DirectionOfChange = (change: number) => TrendDirection;

type ResolvedThresholds = { ok: true; thresholds: Thresholds } | { ok: false; error: PkError };

/** An attribute's JSON, or its text when it is not JSON (reported, never thrown into the page). */
function jsonOrText(value: string | null): unknown {
  try {
    return JSON.parse(value ?? '{}');
  } catch {
    return value;
  }
}

const ARROWS = { up: '▲', down: '▼', steady: '▬' } as const;

/**
 * `<pk-relevance-report>` closes the loop the seed asks for: learners' ratings of relevance to
 * their role and strategic clarity, fed back into content procurement. Per provider and per
 * course it shows the average relevance and clarity, the number of ratings, the trend (the recent
 * window against the time before) and, per course, a recommendation from documented thresholds:
 * keep, re-wrap with why context, or retire (see `resolveThresholds`; the rules are printed above
 * the tables). Both tables sort by any column; the course table filters by recommendation and
 * provider.
 *
 * The ratings come from, in order of preference:
 * 1. `ratings` (property): raw rating events as a json-format endpoint receives them
 *    (`{ id, type: "rating", time, learnerId, courseId, data: { relevance, clarity } }`),
 *    aggregated by `aggregateRatings` (each event once, each learner's latest rating per course);
 * 2. `src`: a URL answering with the ratings aggregate (`RatingsAggregateSchema`), by default the
 *    collector's `{collector}/v1/ratings` when one is configured:
 *    ```json
 *    { "asOf": "2026-06-30", "windowDays": 90,
 *      "items": [{ "course": "data-privacy-essentials",
 *                  "earlier": { "count": 1200, "relevance": 3.8, "clarity": 4.1 },
 *                  "recent": { "count": 120, "relevance": 4.2, "clarity": 4.4 } }] }
 *    ```
 *    fetched again whenever this page's outbox delivers events, so a rating made on the page
 *    shows up;
 * 3. the manifest's course `ratings` (no trend).
 *
 * Titles and providers come from the manifest, which the report needs like every element; a
 * course the manifest does not have is shown by its id.
 *
 * ```html
 * <pk-relevance-report src="/api/ratings"></pk-relevance-report>
 * <pk-relevance-report thresholds='{"minRatings": 20, "rewrapBelow": 3.8}'></pk-relevance-report>
 * ```
 *
 * @event pk-error - The manifest or the ratings could not be loaded, or the thresholds are out of range.
 *
 * @csspart report - The element's content box.
 * @csspart as-of - The date the ratings were aggregated.
 * @csspart rules - The thresholds behind the recommendations, in words.
 * @csspart table - A table; also `providers-table` or `items-table`.
 * @csspart providers-table - The table per provider.
 * @csspart items-table - The table per course.
 * @csspart caption - A table's caption.
 * @csspart column-header - A column header.
 * @csspart sort-button - The button of a sortable column header.
 * @csspart row - A row.
 * @csspart select - A filter's select.
 * @csspart trend - A trend; also `up`, `down` or `steady` (`::part(trend up)`).
 * @csspart recommendation - A course's recommendation; also `keep`, `rewrap`, `retire` or `undecided` (`::part(recommendation retire)`).
 * @csspart no-match - The message shown when the filters match no course.
 * @csspart part-failed - Says, in place of the report, that the code reading `src` could not be loaded.
 * @csspart retry - The "Try again" button of `part-failed`.
 *
 * @cssproperty --pk-relevance-report-keep-color - The "keep" recommendation and upward trends (default: success).
 * @cssproperty --pk-relevance-report-rewrap-color - The "re-wrap" recommendation (default: warning).
 * @cssproperty --pk-relevance-report-retire-color - The "retire" recommendation and downward trends (default: danger).
 */
export class PkRelevanceReport extends PkElement {
  static override styles = [PkElement.styles, tableStyles, styles];
  static override messages = { ...tableMessages, ...relevanceReportMessages };

  /** A URL answering with the ratings aggregate (default: the collector's); wins over the manifest's ratings. */
  @property() src?: string;

  /** Raw rating events to aggregate here; wins over `src` and the manifest. */
  @property({ attribute: false }) ratings?: readonly unknown[];

  /** Days in the recent window when aggregating `ratings` or the manifest (an aggregate from `src` says its own). */
  @property({ type: Number, attribute: 'window-days' }) windowDays = DEFAULT_WINDOW_DAYS;

  /**
   * Thresholds of the recommendations (any of `minRatings`, `retireBelow`, `rewrapBelow`,
   * `steadyWithin`; see `resolveThresholds`); as an attribute, a JSON object.
   */
  @property({ converter: { fromAttribute: jsonOrText } }) thresholds: Partial<Thresholds> | string = {};

  @state() private itemSort: SortState<ItemColumn> = { key: 'recommendation', direction: 'ascending' };
  @state() private providerSort: SortState<ProviderColumn> = { key: 'count', direction: 'descending' };
  /** A recommendation, or '' for all. */
  @state() private recommendationFilter = '';
  /** An index into the report's providers, or '' for all. */
  @state() private providerFilter = '';
  @state() private announcement = '';

  /** Asked for when the report first has a `src` to read. */
  private readonly reader = new LazyPart(this, ratingsReader, { report: (error) => this.report(error), t: (key) => this.settings.t(key), when: 'shown' });
  /** Asked for in the element's first update, so it loads alongside the manifest. */
  private readonly calculation = new LazyPart(this, reportCalculation, { report: (error) => this.report(error), t: (key) => this.settings.t(key), when: 'shown' });
  private remote?: RemoteDocument<RatingsAggregate>;
  /** The thresholds checked, once the calculation is here; unset again when they change. */
  private resolved?: ResolvedThresholds;
  private view: View = { status: 'loading' };
  private viewInputs: readonly unknown[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(PK_DELIVERY, this.onDelivery);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(PK_DELIVERY, this.onDelivery);
  }

  /** Fetches the aggregate from `src` again. */
  reload(): void {
    this.remote?.reload();
  }

  /** The URL of the aggregate, unless `ratings` are given: `src`, else the collector's ratings. */
  private get source(): string | undefined {
    return this.ratings ? undefined : this.src || collectorUrl(this.settings.config, 'ratings');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.calculation.request();
    const calculation = this.calculation.value;
    if (changed.has('thresholds')) this.resolved = undefined;
    if (calculation) this.resolved ??= this.resolveThresholds(calculation);
    const source = this.source;
    if (source) this.reader.request();
    this.remote ??= this.reader.value?.ratingsDocument(this, (error) => this.report(error));
    // A fetch still running for a former src is dropped.
    this.remote?.use(source ? { url: source, settings: this.settings.config, context: undefined } : undefined);
    if (this.manifestState.status !== 'ready' || !calculation || !this.resolved) {
      this.view = { status: 'loading' };
      return;
    }
    // The report is redone only when what it is made of changes, not on every sort or filter.
    const inputs = [this.manifestState.catalog, this.ratings, source, this.windowDays, this.resolved, this.remote?.state];
    if (inputs.some((input, index) => input !== this.viewInputs[index])) {
      this.viewInputs = inputs;
      this.view = this.viewOf(this.manifestState.catalog, calculation, this.resolved);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // `report` tells of each error once, the remote document's included.
    if (this.view.status === 'error') this.report(this.view.error);
  }

  private resolveThresholds({ resolveThresholds }: Calculation): ResolvedThresholds {
    const given: unknown = this.thresholds ?? {};
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      const problem = `thresholds must be a JSON object such as {"minRatings": 20}, got ${JSON.stringify(given)}`;
      return { ok: false, error: new PkError('config-invalid', problem, { source: this.localName }) };
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

  private viewOf(catalog: Catalog, { aggregateRatings, procurementReport, trendDirectionOf }: Calculation, resolved: ResolvedThresholds): View {
    if (!resolved.ok) return { status: 'error', error: resolved.error };
    const { thresholds } = resolved;
    const ready = (aggregate: RatingsAggregate): View => ({
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
      const baseline = this.ratings ? [] : catalog.manifest.courses;
      return ready(aggregateRatings(this.ratings ?? [], { windowDays: this.windowDays, baseline }).aggregate);
    } catch (error) {
      if (error instanceof PkError) return { status: 'error', error };
      throw error;
    }
  }

  protected override isEmpty(): boolean {
    return this.view.status === 'ready' && this.view.aggregate.items.length === 0;
  }

  protected override emptyMessage(): string {
    return this.settings.t('relevance-report.empty');
  }

  protected override renderContent({ catalog }: ReadyManifest): unknown {
    const view = this.view;
    // Loading here is the calculation or the ratings from `src`: either may still be on its way, or have failed to load.
    if (view.status === 'loading') {
      const loading = this.renderLoading();
      return this.calculation.render(() => (this.source ? this.reader.render(() => loading, loading) : loading), loading);
    }
    if (view.status === 'error') return this.renderError(view.error);
    const { aggregate, report, thresholds, direction } = view;
    return html`<div class="report" part="report">
      <p class="as-of" part="as-of">${this.settings.t('relevance-report.as-of', { date: formatDate(this.settings.locale, aggregate.asOf) })}</p>
      <p class="rules" part="rules">
        ${this.settings.t('relevance-report.rules', {
          rewrap: this.decimal(thresholds.rewrapBelow),
          retire: this.decimal(thresholds.retireBelow),
          min: thresholds.minRatings,
          days: aggregate.windowDays,
        })}
      </p>
      ${this.renderProviders(report, direction)} ${this.renderItems(report, direction, catalog)}
    </div>`;
  }

  private renderProviders(report: ProcurementReport, direction: DirectionOfChange): TemplateResult {
    const columns = providerColumns((key) => this.settings.t(`relevance-report.column.${key}`));
    return sortableTable({
      name: 'providers-table',
      caption: this.settings.t('relevance-report.providers'),
      hint: this.settings.t('content-audit.sortable'),
      columns,
      sort: this.providerSort,
      onSort: (column) => {
        this.providerSort = nextSort(this.providerSort, column);
        this.announceSort(column.label, this.providerSort);
      },
      rows: sortRows(report.providers, columns, this.providerSort, this.settings.locale).map(
        (row) => html`<tr part="row">
          <th scope="row">${this.providerName(row.provider)}</th>
          ${this.figures(row, direction)}
          ${(['keep', 'rewrap', 'retire'] as const).map((name) => html`<td class="numeric">${formatNumber(this.settings.locale, row.recommendations[name])}</td>`)}
        </tr>`,
      ),
    });
  }

  private renderItems(report: ProcurementReport, direction: DirectionOfChange, catalog: Catalog): TemplateResult {
    const columns = itemColumns((key) => this.settings.t(`relevance-report.column.${key}`));
    const all: ItemRow[] = report.items.map((item) => ({ ...item, title: catalog.courses.get(item.course)?.title ?? item.course }));
    const rows = sortRows(this.filtered(all, report), columns, this.itemSort, this.settings.locale);
    return html`<div class="filters">${this.renderFilters(all, report)}</div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${sortableTable({
        name: 'items-table',
        caption: this.settings.t('relevance-report.items'),
        hint: this.settings.t('content-audit.sortable'),
        columns,
        sort: this.itemSort,
        onSort: (column) => {
          this.itemSort = nextSort(this.itemSort, column);
          this.announceSort(column.label, this.itemSort);
        },
        rows: rows.map(
          (row) => html`<tr part="row">
            <th scope="row">${row.title}</th>
            <td>${this.providerName(row.provider)}</td>
            ${this.figures(row, direction)}
            <td>
              <span class="recommendation ${row.recommendation}" part="recommendation ${row.recommendation}">
                ${this.settings.t(`relevance-report.recommendation.${row.recommendation}`)}
              </span>
            </td>
          </tr>`,
        ),
        after: rows.length === 0 ? html`<p class="no-match" part="no-match">${this.settings.t('relevance-report.no-match')}</p>` : nothing,
      })}`;
  }

  /** The average, count and trend cells of a course or a provider. */
  private figures(row: RatedSummary, direction: DirectionOfChange): TemplateResult {
    const { total, trend } = row;
    const noValue = html`<span class="no-value">${this.settings.t('relevance-report.no-value')}</span>`;
    return html`<td class="numeric">${total ? this.decimal(total.relevance) : noValue}</td>
      <td class="numeric">${total ? this.decimal(total.clarity) : noValue}</td>
      <td class="numeric">${formatNumber(this.settings.locale, total?.count ?? 0)}</td>
      <td>
        ${trend
          ? html`<span class="trends">${this.trend('relevance', trend.relevance, direction)} ${this.trend('clarity', trend.clarity, direction)}</span>`
          : html`<span class="no-value">${this.settings.t('relevance-report.trend.none')}</span>`}
      </td>`;
  }

  private trend(scale: 'relevance' | 'clarity', change: number, directionOf: DirectionOfChange): TemplateResult {
    const direction = directionOf(change);
    const signed = formatNumber(this.settings.locale, change, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return html`<span class="trend ${direction}" part="trend ${direction}">
      <span aria-hidden="true">${ARROWS[direction]}</span>
      ${this.settings.t(`relevance-report.trend.${scale}`, { change: signed })}
      <span class="visually-hidden">${this.settings.t(`relevance-report.trend.${direction}`)}</span>
    </span>`;
  }

  private renderFilters(all: readonly ItemRow[], report: ProcurementReport): TemplateResult {
    const recommendations = [
      { value: '', label: this.settings.t('relevance-report.filter.all') },
      ...RECOMMENDATIONS.map((value) => ({ value, label: this.settings.t(`relevance-report.recommendation.${value}`) })),
    ];
    const providers = [
      { value: '', label: this.settings.t('relevance-report.filter.all-providers') },
      ...report.providers.map((provider, index) => ({ value: String(index), label: this.providerName(provider.provider) })),
    ];
    const change = (filter: { recommendation?: string; provider?: string }) => {
      this.recommendationFilter = filter.recommendation ?? this.recommendationFilter;
      this.providerFilter = filter.provider ?? this.providerFilter;
      const shown = this.filtered(all, report).length;
      this.announcement = this.settings.t('content-audit.shown', { count: shown, total: all.length });
    };
    return html`${filterSelect(this.settings.t('relevance-report.filter.recommendation'), recommendations, this.recommendationFilter, (value) =>
      change({ recommendation: value }),
    )}
    ${filterSelect(this.settings.t('relevance-report.filter.provider'), providers, this.providerFilter, (value) => change({ provider: value }))}`;
  }

  private filtered(rows: readonly ItemRow[], report: ProcurementReport): ItemRow[] {
    const provider: ProviderReport | undefined = this.providerFilter === '' ? undefined : report.providers[Number(this.providerFilter)];
    return rows.filter(
      (row) =>
        (this.recommendationFilter === '' || row.recommendation === (this.recommendationFilter as Recommendation)) &&
        (provider === undefined || row.provider === provider.provider),
    );
  }

  private announceSort(column: string, sort: SortState): void {
    this.announcement = this.settings.t(`content-audit.sorted.${sort.direction}`, { column });
  }

  private providerName(provider: string | undefined): string {
    return provider ?? this.settings.t('relevance-report.no-provider');
  }

  private decimal(value: number): string {
    return formatNumber(this.settings.locale, value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }
}
