/**
 * The audit's table: its columns labelled in the element's language, and one row per course with
 * its rank, title (a link when it has a safe URL), pillar, usage, rating averages and flags.
 */
import { html, nothing } from 'lit';
import type { AuditResult, AuditRow } from '../../core/audit/audit.js';
import type { SettingsController } from '../../core/base/settings-controller.js';
import { sortableTable, type Column, type SortState } from '../../core/base/table/sortable-table.js';
import { formatNumber, formatPercent } from '../../core/i18n/format.js';
import { safeUrl } from '../../core/url.js';
import { auditColumns, type AuditColumn } from './columns.js';

type Translate = SettingsController['t'];

export type AuditTableColumn = Column<AuditRow, AuditColumn>;

/** The columns, the usage column named for the figure courses are ranked by. */
export function labelledColumns(result: AuditResult, t: Translate): AuditTableColumn[] {
  return auditColumns((key) => (key === 'usage' ? t(`content-audit.metric.${result.options.by}`) : t(`content-audit.column.${key}`)));
}

export interface AuditTable {
  result: AuditResult;
  columns: AuditTableColumn[];
  /** The rows shown, filtered and sorted. */
  rows: readonly AuditRow[];
  sort: SortState<AuditColumn>;
  onSort(column: AuditTableColumn): void;
  locale: string;
  t: Translate;
}

export function renderTable({ result, columns, rows, sort, onSort, locale, t }: AuditTable): unknown {
  return sortableTable({
    caption: t('content-audit.caption', { share: formatPercent(locale, result.options.top / 100, 1), by: t(`content-audit.by.${result.options.by}`) }),
    hint: t('content-audit.sortable'),
    columns,
    sort,
    onSort,
    rows: rows.map((row) => renderRow(row, locale, t)),
    after: rows.length === 0 ? html`<p class="no-match" part="no-match">${t('content-audit.no-match')}</p>` : nothing,
  });
}

function renderRow(row: AuditRow, locale: string, t: Translate): unknown {
  const { course, pillar, flags } = row;
  const url = course.url === undefined ? undefined : safeUrl(course.url);
  const meta = course.provider === undefined ? course.id : `${course.id} · ${course.provider}`;
  return html`<tr part="row">
    <td class="numeric">${formatNumber(locale, row.rank)}</td>
    <th scope="row">
      ${url ? html`<a class="course" part="course" href=${url}>${course.title}</a>` : html`<span class="course" part="course">${course.title}</span>`}
      <span class="meta">${meta}</span>
      ${row.mandatory ? html`<span class="tag" part="mandatory">${t('content-audit.mandatory')}</span>` : nothing}
    </th>
    <td>${pillar ? pillar.title : html`<span class="no-value">${t('content-audit.no-pillar')}</span>`}</td>
    <td class="numeric">${formatNumber(locale, row.usage)}</td>
    <td class="numeric">${renderRating(row, 'relevance', locale, t)}</td>
    <td class="numeric">${renderRating(row, 'clarity', locale, t)}</td>
    <td>
      ${flags.length > 0
        ? html`<ul class="flags">
            ${flags.map((flag) => html`<li class="flag" part="flag ${flag}">${t(`content-audit.flag.${flag}`)}</li>`)}
          </ul>`
        : html`<span class="no-value">${t('content-audit.nothing-to-fix')}</span>`}
    </td>
  </tr>`;
}

function renderRating(row: AuditRow, scale: 'relevance' | 'clarity', locale: string, t: Translate): unknown {
  const ratings = row.course.ratings;
  if (!ratings) return html`<span class="no-value">${t('content-audit.no-ratings')}</span>`;
  const weak = row.flags.includes(scale === 'relevance' ? 'weak-relevance' : 'weak-clarity');
  const box = weak ? 'rating weak' : 'rating';
  return html`<span class=${box} part=${box}>
      ${formatNumber(locale, ratings[scale], { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
    </span>
    <span class="visually-hidden">${t('content-audit.ratings', { count: ratings.count })}</span>`;
}
