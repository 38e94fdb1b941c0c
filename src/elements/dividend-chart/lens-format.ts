import { formatNumber, formatPercent } from '../../core/i18n/format.js';
import type { Translate } from './translate.js';

/** The four figures of the Human Sustainability view. */
export type LensMetric = 'futureProof' | 'breadth' | 'wellbeing' | 'retention';

export const LENS_METRICS: readonly LensMetric[] = ['futureProof', 'breadth', 'wellbeing', 'retention'];

const SIGNED = { signDisplay: 'exceptZero' } as const;

/**
 * How each figure of the view reads, the same in headlines, tables, axes and screen-reader
 * summaries: shares and retention as percentages (the retention gap in percentage points),
 * breadth as skills per person, the wellbeing relation as a signed coefficient.
 */
export class LensFormat {
  constructor(
    readonly locale: string,
    private readonly t: Translate,
  ) {}

  value(metric: LensMetric, value: number): string {
    switch (metric) {
      case 'breadth':
        return formatNumber(this.locale, value, { maximumFractionDigits: 2 });
      case 'wellbeing':
        return formatNumber(this.locale, value, { minimumFractionDigits: 2, maximumFractionDigits: 2, ...SIGNED });
      default:
        return formatPercent(this.locale, value, 1);
    }
  }

  /** A headline figure: breadth says "per person". */
  headline(metric: LensMetric, value: number): string {
    const shown = this.value(metric, value);
    return metric === 'breadth' ? this.t('dividend-chart.lens.per-person', { value: shown }) : shown;
  }

  /** The retention difference, in signed percentage points. */
  gap(value: number): string {
    return this.t('dividend-chart.points', { value: formatNumber(this.locale, value * 100, { maximumFractionDigits: 1, ...SIGNED }) });
  }
}
