import { formatNumber, formatPercent } from '../../core/i18n/format.js';
import type { MetricName } from '../../core/metrics/types.js';
import type { Translate } from './translate.js';

/** Which way is better: the gap's sign says whether the aligned cohort is ahead. */
export const LOWER_IS_BETTER: ReadonlySet<MetricName> = new Set(['latency']);

const SIGNED = { signDisplay: 'exceptZero' } as const;

/**
 * How each metric reads in the element's locale, the same in headlines, tables, tooltips, axes
 * and screen-reader summaries: rates as percentages (their gaps in percentage points), latency in
 * days, alignment as a correlation coefficient.
 */
export class MetricFormat {
  constructor(
    private readonly locale: string,
    private readonly t: Translate,
  ) {}

  value(metric: MetricName, value: number): string {
    switch (metric) {
      case 'latency':
        return this.days(value);
      case 'alignment':
        return this.coefficient(value);
      default:
        return formatPercent(this.locale, value, 1);
    }
  }

  /** A dividend, signed: `+7 pts`, `−27 days`, `+0.38`. */
  gap(metric: MetricName, gap: number): string {
    switch (metric) {
      case 'latency':
        return this.days(gap, SIGNED);
      case 'alignment':
        return this.coefficient(gap, SIGNED);
      default: {
        const points = formatNumber(this.locale, gap * 100, { maximumFractionDigits: 1, ...SIGNED });
        return this.t('dividend-chart.points', { value: points });
      }
    }
  }

  private days(value: number, options: Intl.NumberFormatOptions = {}): string {
    return formatNumber(this.locale, value, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1, ...options });
  }

  private coefficient(value: number, options: Intl.NumberFormatOptions = {}): string {
    return formatNumber(this.locale, value, { minimumFractionDigits: 2, maximumFractionDigits: 2, ...options });
  }
}
