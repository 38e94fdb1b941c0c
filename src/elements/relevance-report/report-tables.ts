/**
 * The report as the element draws it: the date of the ratings and the rules behind the
 * recommendations, the table per provider, the filters, and the table per course with its
 * recommendation. Averages, counts and trends are in the element's language; the sort and filter
 * state is the element's, handed in with what to do when the user changes it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SettingsController } from '../../core/base/settings-controller.js';
import { filterSelect } from '../../core/base/table/filter-select.js';
import { nextSort, sortableTable, sortRows, type SortState } from '../../core/base/table/sortable-table.js';
import { formatDate, formatNumber } from '../../core/i18n/format.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import { RECOMMENDATIONS, type ProcurementReport, type RatedSummary, type Recommendation } from '../../core/procurement/types.js';
import { itemColumns, providerColumns, type ItemColumn, type ItemRow, type ProviderColumn } from './columns.js';
import type { DirectionOfChange, ReadyReport } from './report-data.js';

const ARROWS = { up: '▲', down: '▼', steady: '▬' } as const;

/** The course table's filters: a recommendation, or '' for all; an index into the report's providers, or '' for all. */
export interface ReportFilters {
  recommendation: string;
  provider: string;
}

export interface ReportTables {
  ready: ReadyReport;
  catalog: Catalog;
  providerSort: SortState<ProviderColumn>;
  itemSort: SortState<ItemColumn>;
  filters: ReportFilters;
  /** What the element's live region says (a sort, a filter). */
  announcement: string;
  /** The user sorted the provider table; `label` names the column. */
  sortProviders(sort: SortState<ProviderColumn>, label: string): void;
  sortItems(sort: SortState<ItemColumn>, label: string): void;
  /** The user changed a filter; `shown` courses of `total` pass. */
  filter(filters: ReportFilters, shown: number, total: number): void;
  locale: string;
  t: SettingsController['t'];
}

export function renderReport(ctx: ReportTables): TemplateResult {
  const { ready, t, locale } = ctx;
  const { aggregate, thresholds } = ready;
  return html`<div class="report" part="report">
    <p class="as-of" part="as-of">${t('relevance-report.as-of', { date: formatDate(locale, aggregate.asOf) })}</p>
    <p class="rules" part="rules">
      ${t('relevance-report.rules', {
        rewrap: decimal(locale, thresholds.rewrapBelow),
        retire: decimal(locale, thresholds.retireBelow),
        min: thresholds.minRatings,
        days: aggregate.windowDays,
      })}
    </p>
    ${renderProviders(ctx)} ${renderItems(ctx)}
  </div>`;
}

function renderProviders(ctx: ReportTables): TemplateResult {
  const { ready, providerSort, locale, t } = ctx;
  const columns = providerColumns((key) => t(`relevance-report.column.${key}`));
  return sortableTable({
    name: 'providers-table',
    caption: t('relevance-report.providers'),
    hint: t('content-audit.sortable'),
    columns,
    sort: providerSort,
    onSort: (column) => ctx.sortProviders(nextSort(providerSort, column), column.label),
    rows: sortRows(ready.report.providers, columns, providerSort, locale).map(
      (row) => html`<tr part="row">
        <th scope="row">${providerName(row.provider, t)}</th>
        ${figures(row, ctx)}
        ${(['keep', 'rewrap', 'retire'] as const).map((name) => html`<td class="numeric">${formatNumber(locale, row.recommendations[name])}</td>`)}
      </tr>`,
    ),
  });
}

function renderItems(ctx: ReportTables): TemplateResult {
  const { ready, catalog, itemSort, locale, t } = ctx;
  const { report } = ready;
  const columns = itemColumns((key) => t(`relevance-report.column.${key}`));
  const all: ItemRow[] = report.items.map((item) => ({ ...item, title: catalog.courses.get(item.course)?.title ?? item.course }));
  const rows = sortRows(filtered(all, report, ctx.filters), columns, itemSort, locale);
  return html`<div class="filters">${renderFilters(all, ctx)}</div>
    <p class="visually-hidden" role="status">${ctx.announcement}</p>
    ${sortableTable({
      name: 'items-table',
      caption: t('relevance-report.items'),
      hint: t('content-audit.sortable'),
      columns,
      sort: itemSort,
      onSort: (column) => ctx.sortItems(nextSort(itemSort, column), column.label),
      rows: rows.map(
        (row) => html`<tr part="row">
          <th scope="row">${row.title}</th>
          <td>${providerName(row.provider, t)}</td>
          ${figures(row, ctx)}
          <td>
            <span class="recommendation ${row.recommendation}" part="recommendation ${row.recommendation}">
              ${t(`relevance-report.recommendation.${row.recommendation}`)}
            </span>
          </td>
        </tr>`,
      ),
      after: rows.length === 0 ? html`<p class="no-match" part="no-match">${t('relevance-report.no-match')}</p>` : nothing,
    })}`;
}

/** The average, count and trend cells of a course or a provider. */
function figures(row: RatedSummary, { ready, locale, t }: ReportTables): TemplateResult {
  const { total, trend } = row;
  const noValue = html`<span class="no-value">${t('relevance-report.no-value')}</span>`;
  return html`<td class="numeric">${total ? decimal(locale, total.relevance) : noValue}</td>
    <td class="numeric">${total ? decimal(locale, total.clarity) : noValue}</td>
    <td class="numeric">${formatNumber(locale, total?.count ?? 0)}</td>
    <td>
      ${trend
        ? html`<span class="trends">${renderTrend('relevance', trend.relevance, ready.direction, locale, t)} ${renderTrend('clarity', trend.clarity, ready.direction, locale, t)}</span>`
        : html`<span class="no-value">${t('relevance-report.trend.none')}</span>`}
    </td>`;
}

function renderTrend(scale: 'relevance' | 'clarity', change: number, directionOf: DirectionOfChange, locale: string, t: ReportTables['t']): TemplateResult {
  const direction = directionOf(change);
  const signed = formatNumber(locale, change, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return html`<span class="trend ${direction}" part="trend ${direction}">
    <span aria-hidden="true">${ARROWS[direction]}</span>
    ${t(`relevance-report.trend.${scale}`, { change: signed })}
    <span class="visually-hidden">${t(`relevance-report.trend.${direction}`)}</span>
  </span>`;
}

function renderFilters(all: readonly ItemRow[], ctx: ReportTables): TemplateResult {
  const { ready, filters, t } = ctx;
  const { report } = ready;
  const recommendations = [
    { value: '', label: t('relevance-report.filter.all') },
    ...RECOMMENDATIONS.map((value) => ({ value, label: t(`relevance-report.recommendation.${value}`) })),
  ];
  const providers = [
    { value: '', label: t('relevance-report.filter.all-providers') },
    ...report.providers.map((provider, index) => ({ value: String(index), label: providerName(provider.provider, t) })),
  ];
  const change = (change: Partial<ReportFilters>) => {
    const next = { ...filters, ...change };
    ctx.filter(next, filtered(all, report, next).length, all.length);
  };
  return html`${filterSelect(t('relevance-report.filter.recommendation'), recommendations, filters.recommendation, (value) => change({ recommendation: value }))}
  ${filterSelect(t('relevance-report.filter.provider'), providers, filters.provider, (value) => change({ provider: value }))}`;
}

function filtered(rows: readonly ItemRow[], report: ProcurementReport, filters: ReportFilters): ItemRow[] {
  const provider = filters.provider === '' ? undefined : report.providers[Number(filters.provider)];
  return rows.filter(
    (row) =>
      (filters.recommendation === '' || row.recommendation === (filters.recommendation as Recommendation)) &&
      (provider === undefined || row.provider === provider.provider),
  );
}

function providerName(provider: string | undefined, t: ReportTables['t']): string {
  return provider ?? t('relevance-report.no-provider');
}

function decimal(locale: string, value: number): string {
  return formatNumber(locale, value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
