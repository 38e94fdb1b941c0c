/** What sits above the audit's table: the filters, the "Export CSV" button, and the sentence that sums the audit up. */
import { html } from 'lit';
import type { AuditResult } from '../../core/audit/audit.js';
import type { SettingsController } from '../../core/base/settings-controller.js';
import { filterSelect } from '../../core/base/table/filter-select.js';
import { FLAG_FILTERS, type FlagFilter } from './columns.js';

export interface AuditHeader {
  result: AuditResult;
  flagFilter: FlagFilter;
  /** A pillar id, or '' for every pillar. */
  pillarFilter: string;
  filter(change: { flag?: FlagFilter; pillar?: string }): void;
  exportCsv(): void;
  t: SettingsController['t'];
}

export function renderHeader({ result, flagFilter, pillarFilter, filter, exportCsv, t }: AuditHeader): unknown {
  const flagLabel = (value: FlagFilter) => (value === 'all' || value === 'any' || value === 'none' ? t(`content-audit.filter.${value}`) : t(`content-audit.flag.${value}`));
  const flagChoices = FLAG_FILTERS.map((value) => ({ value, label: flagLabel(value) }));
  const pillars = [...new Map(result.rows.flatMap((row) => (row.pillar ? [[row.pillar.id, row.pillar.title] as const] : [])))];
  const pillarChoices = [{ value: '', label: t('content-audit.filter.all-pillars') }, ...pillars.map(([value, label]) => ({ value, label }))];
  return html`<div class="toolbar">
      <div class="filters">
        ${filterSelect(t('content-audit.filter.flag'), flagChoices, flagFilter, (value) => filter({ flag: value as FlagFilter }))}
        ${filterSelect(t('content-audit.filter.pillar'), pillarChoices, pillarFilter, (value) => filter({ pillar: value }))}
      </div>
      <button type="button" class="action" part="export" @click=${exportCsv}>${t('content-audit.export')}</button>
    </div>
    <p class="summary" part="summary">${summary(result, t)}</p>`;
}

function summary(result: AuditResult, t: SettingsController['t']): string {
  const flagged = result.rows.filter((row) => row.flags.length > 0).length;
  return [
    t('content-audit.scope', { shown: result.rows.length, count: result.measured, cutoff: result.cutoff ?? 0 }),
    flagged > 0 ? t('content-audit.to-fix', { count: flagged }) : t('content-audit.all-good'),
    ...(result.unmeasured > 0 ? [t('content-audit.unmeasured', { count: result.unmeasured })] : []),
  ].join(' ');
}
