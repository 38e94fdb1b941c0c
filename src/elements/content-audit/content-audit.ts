import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../../core/base/events/emit.js';
import { PkElement, type ReadyManifest } from '../../core/base/pk-element.js';
import { auditContent, type AuditResult, type AuditRow } from '../../core/audit/audit.js';
import { auditCsv } from '../../core/audit/audit-csv.js';
import { DEFAULT_AUDIT_OPTIONS, type UsageMetric } from '../../core/audit/options.js';
import { PkError } from '../../core/errors.js';
import { formatNumber, formatPercent } from '../../core/i18n/format.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import { safeUrl } from '../../core/url.js';
import { auditColumns, filterRows, FLAG_FILTERS, type AuditColumn, type FlagFilter } from './columns.js';
import { styles } from './content-audit.styles.js';
import { downloadCsv } from './download.js';
import './events/pk-audit-export.js';
import { filterSelect } from '../../core/base/table/filter-select.js';
import { nextSort, sortableTable, sortRows, type Column, type SortState } from '../../core/base/table/sortable-table.js';
import { tableStyles } from '../../core/base/table/table.styles.js';
import contentAuditMessages from '../../core/i18n/locales/en/content-audit.js';

type Audit = { ok: true; result: AuditResult } | { ok: false; error: PkError };

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
 * @cssproperty --pk-content-audit-flag-color - Text of a flag (default: warning).
 * @cssproperty --pk-content-audit-flag-background - Background of a flag (default: danger-soft).
 * @cssproperty --pk-content-audit-weak-color - A weak rating (default: danger).
 */
export class PkContentAudit extends PkElement {
  static override styles = [PkElement.styles, tableStyles, styles];
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
    if (inputs.some((name) => changed.has(name))) this.audit = this.runAudit();
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

  private runAudit(): Audit | undefined {
    const state = this.manifestState;
    if (state.status !== 'ready') return undefined;
    try {
      const options = { by: this.by, top: this.top, weakBelow: this.weakBelow, minRatings: this.minRatings };
      return { ok: true, result: auditContent(state.catalog, options) };
    } catch (error) {
      if (error instanceof PkError) return { ok: false, error };
      throw error;
    }
  }

  protected override renderContent({ catalog }: ReadyManifest): unknown {
    const audit = this.audit!;
    if (!audit.ok) return this.renderError(audit.error);
    const { result } = audit;
    const columns = this.columns(result);
    const rows = sortRows(filterRows(result.rows, this.flagFilter, this.pillarFilter), columns, this.sort, this.settings.locale);
    return html`<div class="audit" part="audit">
      <div class="toolbar">
        <div class="filters">${this.renderFilters(result)}</div>
        <button type="button" class="action" part="export" @click=${() => this.export(result, rows, catalog)}>
          ${this.settings.t('content-audit.export')}
        </button>
      </div>
      <p class="summary" part="summary">${this.summary(result)}</p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${sortableTable({
        caption: this.settings.t('content-audit.caption', {
          share: formatPercent(this.settings.locale, result.options.top / 100, 1),
          by: this.settings.t(`content-audit.by.${result.options.by}`),
        }),
        hint: this.settings.t('content-audit.sortable'),
        columns,
        sort: this.sort,
        onSort: (column) => this.sortBy(column),
        rows: rows.map((row) => this.renderRow(row)),
        after: rows.length === 0 ? html`<p class="no-match" part="no-match">${this.settings.t('content-audit.no-match')}</p>` : nothing,
      })}
    </div>`;
  }

  private columns(result: AuditResult): Column<AuditRow, AuditColumn>[] {
    return auditColumns((key) => (key === 'usage' ? this.settings.t(`content-audit.metric.${result.options.by}`) : this.settings.t(`content-audit.column.${key}`)));
  }

  private summary(result: AuditResult): string {
    const flagged = result.rows.filter((row) => row.flags.length > 0).length;
    return [
      this.settings.t('content-audit.scope', { shown: result.rows.length, count: result.measured, cutoff: result.cutoff ?? 0 }),
      flagged > 0 ? this.settings.t('content-audit.to-fix', { count: flagged }) : this.settings.t('content-audit.all-good'),
      ...(result.unmeasured > 0 ? [this.settings.t('content-audit.unmeasured', { count: result.unmeasured })] : []),
    ].join(' ');
  }

  private renderFilters(result: AuditResult): unknown {
    const flagLabel = (value: FlagFilter) =>
      value === 'all' || value === 'any' || value === 'none' ? this.settings.t(`content-audit.filter.${value}`) : this.settings.t(`content-audit.flag.${value}`);
    const flagChoices = FLAG_FILTERS.map((value) => ({ value, label: flagLabel(value) }));
    const pillars = [...new Map(result.rows.flatMap((row) => (row.pillar ? [[row.pillar.id, row.pillar.title] as const] : [])))];
    const pillarChoices = [{ value: '', label: this.settings.t('content-audit.filter.all-pillars') }, ...pillars.map(([value, label]) => ({ value, label }))];
    return html`${filterSelect(this.settings.t('content-audit.filter.flag'), flagChoices, this.flagFilter, (value) => this.filter({ flag: value as FlagFilter }))}
    ${filterSelect(this.settings.t('content-audit.filter.pillar'), pillarChoices, this.pillarFilter, (value) => this.filter({ pillar: value }))}`;
  }

  private renderRow(row: AuditRow): unknown {
    const { course, pillar, flags } = row;
    const url = course.url === undefined ? undefined : safeUrl(course.url);
    const meta = course.provider === undefined ? course.id : `${course.id} · ${course.provider}`;
    return html`<tr part="row">
      <td class="numeric">${formatNumber(this.settings.locale, row.rank)}</td>
      <th scope="row">
        ${url ? html`<a class="course" part="course" href=${url}>${course.title}</a>` : html`<span class="course" part="course">${course.title}</span>`}
        <span class="meta">${meta}</span>
        ${row.mandatory ? html`<span class="tag" part="mandatory">${this.settings.t('content-audit.mandatory')}</span>` : nothing}
      </th>
      <td>${pillar ? pillar.title : html`<span class="no-value">${this.settings.t('content-audit.no-pillar')}</span>`}</td>
      <td class="numeric">${formatNumber(this.settings.locale, row.usage)}</td>
      <td class="numeric">${this.renderRating(row, 'relevance')}</td>
      <td class="numeric">${this.renderRating(row, 'clarity')}</td>
      <td>
        ${flags.length > 0
          ? html`<ul class="flags">
              ${flags.map((flag) => html`<li class="flag" part="flag ${flag}">${this.settings.t(`content-audit.flag.${flag}`)}</li>`)}
            </ul>`
          : html`<span class="no-value">${this.settings.t('content-audit.nothing-to-fix')}</span>`}
      </td>
    </tr>`;
  }

  private renderRating(row: AuditRow, scale: 'relevance' | 'clarity'): unknown {
    const ratings = row.course.ratings;
    if (!ratings) return html`<span class="no-value">${this.settings.t('content-audit.no-ratings')}</span>`;
    const weak = row.flags.includes(scale === 'relevance' ? 'weak-relevance' : 'weak-clarity');
    const box = weak ? 'rating weak' : 'rating';
    return html`<span class=${box} part=${box}>
        ${formatNumber(this.settings.locale, ratings[scale], { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
      </span>
      <span class="visually-hidden">${this.settings.t('content-audit.ratings', { count: ratings.count })}</span>`;
  }

  private sortBy(column: Column<AuditRow, AuditColumn>): void {
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

  private export(result: AuditResult, rows: readonly AuditRow[], catalog: Catalog): void {
    const csv = auditCsv(result, catalog, rows);
    const filename = `content-audit-${new Date().toISOString().slice(0, 10)}.csv`;
    if (!emit(this, 'pk-audit-export', { csv, filename, rows: rows.length }, { cancelable: true })) return;
    downloadCsv(csv, filename, this.renderRoot);
  }
}
