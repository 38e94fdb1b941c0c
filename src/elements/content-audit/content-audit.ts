import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import { nextSort, sortRows, type SortState } from '../../core/base/table/sortable-table.js';
import { DEFAULT_AUDIT_OPTIONS, type UsageMetric } from '../../core/audit/options.js';
import { exportAudit } from './audit-export.js';
import { renderHeader } from './audit-header.js';
import { runAudit, type Audit } from './audit-run.js';
import { labelledColumns, renderTable, type AuditTableColumn } from './audit-table.js';
import { filterRows, type AuditColumn, type FlagFilter } from './columns.js';
import { styles } from './content-audit.styles.js';
import contentAuditMessages from '../../core/i18n/locales/en/content-audit.js';

/**
 * `<pk-content-audit>` is the first step of the seed's implementation protocol: "audit the top
 * 20 % of most-utilized content". From the manifest's usage figures it lists the most-used courses
 * (ties at the cut-off all included, at least one course even in a small catalogue) and flags, for
 * each, what stops it from saying why it matters: no why framing, no impact tag, mandatory without
 * a purpose statement, weak relevance or clarity ratings (when it has enough ratings). The table
 * sorts by any column and filters by flag and pillar; "Export CSV" downloads what is shown.
 * `npx purpose-kit audit FILE` prints the same audit.
 *
 * ```html
 * <pk-content-audit></pk-content-audit>
 * <pk-content-audit by="activeLearners" top="10" weak-below="4"></pk-content-audit>
 * ```
 *
 * @summary The most-used courses and what stops each from saying why it matters, sortable, filterable and exportable as CSV.
 * @since 0.1.0
 *
 * @event pk-audit-export - The user asked for the CSV; cancelable (then nothing is downloaded). `detail` has `csv`, `filename` and `rows`.
 * @event pk-error - The manifest could not be loaded, or an option is out of range.
 *
 * @csspart audit - The element's content box.
 * @csspart select - A filter's select.
 * @csspart export - The "Export CSV" button.
 * @csspart summary - How many courses were audited and how many need work.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart column-header - A column header.
 * @csspart sort-button - The button of a sortable column header.
 * @csspart row - A course's row.
 * @csspart course - The course's title (a link when the course has a URL).
 * @csspart mandatory - The "Mandatory" tag.
 * @csspart rating - A relevance or clarity average; a weak one is also `weak` (`::part(rating weak)`).
 * @csspart flag - One thing to fix; also named for its kind: `no-why`, `no-impact-tag`, `mandatory-without-purpose`,
 *   `weak-relevance` or `weak-clarity` (`::part(flag no-why)`).
 * @csspart no-match - The message shown when the filters match no course.
 *
 * @cssproperty [--pk-content-audit-flag-color=var(--pk-color-warning)] - Text of a flag.
 * @cssproperty [--pk-content-audit-flag-background=var(--pk-color-danger-soft)] - Background of a flag.
 * @cssproperty [--pk-content-audit-weak-color=var(--pk-color-danger)] - A weak rating.
 */
export class PkContentAudit extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = contentAuditMessages;

  /** The usage figure courses are ranked by: `enrollments`, `completions` or `activeLearners`. */
  @property() by: UsageMetric = DEFAULT_AUDIT_OPTIONS.by;

  /** The percentage of courses (with usage figures) to audit, above 0 up to 100. */
  @property({ type: Number }) top = DEFAULT_AUDIT_OPTIONS.top;

  /** An average rating (1–5) below this is weak. */
  @property({ type: Number, attribute: 'weak-below' }) weakBelow = DEFAULT_AUDIT_OPTIONS.weakBelow;

  /** Fewer ratings than this are too few to call weak. */
  @property({ type: Number, attribute: 'min-ratings' }) minRatings = DEFAULT_AUDIT_OPTIONS.minRatings;

  @state() private sort: SortState<AuditColumn> = { key: 'rank', direction: 'ascending' };
  @state() private flagFilter: FlagFilter = 'all';
  /** A pillar id, or '' for every pillar. */
  @state() private pillarFilter = '';
  @state() private announcement = '';

  private audit?: Audit;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const inputs = ['manifestState', 'by', 'top', 'weakBelow', 'minRatings'];
    if (!inputs.some((name) => changed.has(name))) return;
    const state = this.manifestState;
    const options = { by: this.by, top: this.top, weakBelow: this.weakBelow, minRatings: this.minRatings };
    this.audit = state.status === 'ready' ? runAudit(state.catalog, options) : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.audit?.ok === false) this.report(this.audit.error);
  }

  protected override isEmpty(): boolean {
    return this.audit?.ok === true && this.audit.result.rows.length === 0;
  }

  protected override emptyMessage(): string {
    return this.settings.t('content-audit.empty');
  }

  protected override renderContent({ catalog }: ReadyManifest): unknown {
    const audit = this.audit!;
    if (!audit.ok) return this.renderError(audit.error);
    const { result } = audit;
    const { t, locale } = this.settings;
    const columns = labelledColumns(result, t);
    const rows = sortRows(filterRows(result.rows, this.flagFilter, this.pillarFilter), columns, this.sort, locale);
    return html`<div class="audit" part="audit">
      ${renderHeader({
        result,
        flagFilter: this.flagFilter,
        pillarFilter: this.pillarFilter,
        filter: (change) => this.filter(change),
        exportCsv: () => exportAudit(this, result, rows, catalog),
        t,
      })}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${renderTable({ result, columns, rows, sort: this.sort, onSort: (column) => this.sortBy(column), locale, t })}
    </div>`;
  }

  private sortBy(column: AuditTableColumn): void {
    this.sort = nextSort(this.sort, column);
    this.announcement = this.settings.t(`content-audit.sorted.${this.sort.direction}`, { column: column.label });
  }

  private filter(change: { flag?: FlagFilter; pillar?: string }): void {
    this.flagFilter = change.flag ?? this.flagFilter;
    this.pillarFilter = change.pillar ?? this.pillarFilter;
    if (this.audit?.ok !== true) return;
    const { rows } = this.audit.result;
    const shown = filterRows(rows, this.flagFilter, this.pillarFilter).length;
    this.announcement = this.settings.t('content-audit.shown', { count: shown, total: rows.length });
  }
}
