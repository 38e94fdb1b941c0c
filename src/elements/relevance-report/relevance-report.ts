import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import type { SortState } from '../../core/base/table/sortable-table.js';
import type { Thresholds } from '../../core/procurement/thresholds.js';
import { DEFAULT_WINDOW_DAYS } from '../../core/procurement/types.js';
import type { ItemColumn, ProviderColumn } from './columns.js';
import { ReportData } from './report-data.js';
import { renderReport, type ReportFilters } from './report-tables.js';
import { styles } from './relevance-report.styles.js';
import tableMessages from '../../core/i18n/locales/en/table.js';
import relevanceReportMessages from '../../core/i18n/locales/en/relevance-report.js';

/** An attribute's JSON, or its text when it is not JSON (reported, never thrown into the page). */
function jsonOrText(value: string | null): unknown {
  try {
    return JSON.parse(value ?? '{}');
  } catch {
    return value;
  }
}

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
 * @summary Relevance and clarity ratings per provider and per course, with trends and a keep, re-wrap or retire recommendation.
 * @since 0.1.0
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
 * @cssproperty [--pk-relevance-report-keep-color=var(--pk-color-success)] - The "keep" recommendation and upward trends.
 * @cssproperty [--pk-relevance-report-rewrap-color=var(--pk-color-warning)] - The "re-wrap" recommendation.
 * @cssproperty [--pk-relevance-report-retire-color=var(--pk-color-danger)] - The "retire" recommendation and downward trends.
 */
export class PkRelevanceReport extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = { ...tableMessages, ...relevanceReportMessages };

  /** The ratings, the thresholds checked, and the report made of them. */
  private readonly data = new ReportData(this, { report: (error) => this.report(error), t: (key) => this.settings.t(key), when: 'shown' });

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
  @state() private filters: ReportFilters = { recommendation: '', provider: '' };
  @state() private announcement = '';

  /** Fetches the aggregate from `src` again. */
  reload(): void {
    this.data.reload();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { ratings, src, windowDays, thresholds, manifestState } = this;
    const catalog = manifestState.status === 'ready' ? manifestState.catalog : undefined;
    this.data.use({ ratings, src, windowDays, thresholds, config: this.settings.config, catalog });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // `report` tells of each error once, the remote document's included.
    if (this.data.view.status === 'error') this.report(this.data.view.error);
  }

  protected override isEmpty(): boolean {
    const { view } = this.data;
    return view.status === 'ready' && view.aggregate.items.length === 0;
  }

  protected override emptyMessage(): string {
    return this.settings.t('relevance-report.empty');
  }

  protected override renderContent({ catalog }: ReadyManifest): unknown {
    const { view } = this.data;
    // Loading here is the calculation or the ratings from `src`: either may still be on its way, or have failed to load.
    if (view.status === 'loading') return this.data.renderLoading(this.renderLoading());
    if (view.status === 'error') return this.renderError(view.error);
    const { t, locale } = this.settings;
    return renderReport({
      ready: view,
      catalog,
      providerSort: this.providerSort,
      itemSort: this.itemSort,
      filters: this.filters,
      announcement: this.announcement,
      sortProviders: (sort, label) => {
        this.providerSort = sort;
        this.announceSort(label, sort);
      },
      sortItems: (sort, label) => {
        this.itemSort = sort;
        this.announceSort(label, sort);
      },
      filter: (filters, shown, total) => {
        this.filters = filters;
        this.announcement = t('content-audit.shown', { count: shown, total });
      },
      locale,
      t,
    });
  }

  private announceSort(column: string, sort: SortState): void {
    this.announcement = this.settings.t(`content-audit.sorted.${sort.direction}`, { column });
  }
}
