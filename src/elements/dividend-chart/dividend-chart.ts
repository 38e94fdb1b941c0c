import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PkElement } from '../../core/base/pk-element.js';
import { isLocaleReady } from '../../core/i18n/i18n.js';
import type { DividendData, WorkforceRecords } from '../../core/metrics/types.js';
import { DividendCharts } from './charts.js';
import { styles } from './dividend-chart.styles.js';
import { metricError, shownMetrics, type DividendMetric } from './metric-choice.js';
import { DividendNumbers, type NumbersSource } from './numbers.js';
import { metricFormat, renderFigures } from './figures.js';
import { LensPart } from './lens-part.js';
import dividendChartMessages from '../../core/i18n/locales/en/dividend-chart.js';

export type { DividendMetric };
export type DividendView = 'chart' | 'table';

/**
 * `<pk-dividend-chart>` shows the Purpose Dividend: how the purpose-aligned cohort (people who
 * completed a pillar-aligned pathway) compares with everyone else over time in retention, internal
 * mobility, skill-application latency and sentiment alignment, with the latest dividend and the
 * estimated attrition cost avoided as headline numbers. It is labelled as what it is: a
 * correlation, not proof of cause. A table view shows the same numbers; each chart is described
 * for screen readers. Chart.js is downloaded only when a chart is drawn.
 *
 * `metric="sustainability"` shows the second lens instead, Human Sustainability (a chunk of its
 * own, loaded only then): the future-proof share of learning and the transferable skills gained
 * (for everyone and per team), the rank correlation between teams' learning and their wellbeing
 * score, and the retention of people who built transferable skills against everyone else — from
 * the `sustainability` section of the same data (see docs/sustainability.md).
 *
 * The numbers come from, in order of preference:
 * 1. `records` (property): raw workforce records, turned into series by the metrics module
 *    (`cohortSeries`, see `WorkforceRecords`);
 * 2. `src`: a URL answering with JSON shaped like the manifest's `metrics` section (checked by the
 *    same validator; a bad document shows the error state with every problem and its path):
 *    ```json
 *    {
 *      "periods": ["Q1 FY2026", "Q2 FY2026"],
 *      "series": {
 *        "retention": { "aligned": [0.90, 0.91], "baseline": [0.86, null] },
 *        "latency": { "aligned": [46, 43], "baseline": [58, 57] }
 *      },
 *      "cost": { "currency": "EUR", "averageSalary": 68500, "replacementFactor": 0.5, "alignedHeadcount": 1240 }
 *    }
 *    ```
 *    `periods` are labels, oldest first; each series (any of `retention`, `mobility`, `latency`,
 *    `alignment`) has one value or `null` per period for both cohorts: rates as fractions (0.9 is
 *    90 %), latency in days, alignment as a coefficient from −1 to 1. `cost` is optional.
 * 3. the manifest's `metrics` (or the URL in its `metrics.src`).
 *
 * ```html
 * <pk-dividend-chart metric="retention"></pk-dividend-chart>
 * <pk-dividend-chart src="/analytics/purpose-dividend.json" view="table"></pk-dividend-chart>
 * ```
 *
 * @summary The Purpose Dividend: the purpose-aligned cohort against everyone else over time, as charts or tables.
 * @since 0.1.0
 *
 * @csspart dividend - The element's content box.
 * @csspart title - The "Purpose Dividend" title.
 * @csspart toggle - The table-view toggle button.
 * @csspart caveat - The "correlational, not causal" label.
 * @csspart headlines - The headline numbers (a description list).
 * @csspart headline - One headline number; the attrition cost also has the part `cost`.
 * @csspart cost - The attrition cost avoided headline.
 * @csspart basis - How the attrition cost was estimated.
 * @csspart legend - The legend of the lines and the shaded gap.
 * @csspart panels - The box holding one panel per metric.
 * @csspart panel - One metric: its caption and its chart or table.
 * @csspart caption - A panel's metric name and definition.
 * @csspart plot - The box the chart's canvas fills (its height is `--pk-dividend-chart-height`).
 * @csspart canvas - The chart's canvas.
 * @csspart table - A panel's table.
 * @csspart notice - The message shown when the chart could not be drawn.
 * @csspart scroll - In the Human Sustainability view, the box a per-team table scrolls in (it can be focused, to scroll with the keyboard).
 * @cssproperty [--pk-dividend-chart-aligned-color=var(--pk-color-accent)] - Line of the purpose-aligned cohort.
 * @cssproperty [--pk-dividend-chart-baseline-color=var(--pk-color-text-muted)] - Line of everyone else.
 * @cssproperty [--pk-dividend-chart-gain-color=var(--pk-color-success)] - Gap shading and figures where the aligned cohort is ahead.
 * @cssproperty [--pk-dividend-chart-loss-color=var(--pk-color-danger)] - Gap shading and figures where it is behind.
 * @cssproperty [--pk-dividend-chart-grid-color=var(--pk-color-border)] - Axis and grid lines.
 * @cssproperty [--pk-dividend-chart-height=16rem] - Height of each chart.
 */
export class PkDividendChart extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = dividendChartMessages;

  /** `retention`, `mobility`, `latency`, `alignment`, `all` (the default), or `sustainability` (the Human Sustainability view). */
  @property() metric: DividendMetric = 'all';

  /** A URL answering with the chart's series (see the class description); wins over the manifest. */
  @property() src?: string;

  /** Raw workforce records to compute the series from; wins over `src` and the manifest. */
  @property({ attribute: false }) records?: WorkforceRecords;

  /** `chart` (the default) or `table`; the toggle switches it. */
  @property() view: DividendView = 'chart';

  @state() private chartFailed = false;

  private readonly numbers = new DividendNumbers(this, (error) => this.report(error));
  /** Chart.js loads only for a chart view with numbers; when it cannot, the table shows and says so. */
  private readonly charts = new DividendCharts(this, (error) => {
    this.chartFailed = true;
    this.view = 'table';
    this.report(error);
  });
  private metricError?: ReturnType<typeof metricError>;
  private readonly lens = new LensPart(this, (error) => this.report(error));

  protected override manifestRequired(): boolean {
    return !this.src && !this.records;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.manifestState;
    if ((changed.has('src') || changed.has('records')) && state.status === 'error' && state.error.code === 'manifest-missing') {
      // Own data arrived after the base gave up waiting for a manifest.
      this.manifestTask.state = { status: 'loading' };
    }
    if (changed.has('metric')) this.checkMetric();
    if (changed.has('metric') || changed.has('src') || changed.has('records')) this.lens.retry();
    this.numbers.use(this.wantedSource());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { locale, direction, t } = this.settings;
    const data = this.numbers.state.status === 'ready' ? this.numbers.state.value : undefined;
    const lens = this.metric === 'sustainability' ? this.lens.plots(this.renderRoot, data, this.records, locale, t) : [];
    void this.charts.drawIn(this.renderRoot, data, () => ({
      format: this.format(),
      locale,
      rtl: direction === 'rtl',
      alignedLabel: t('dividend-chart.cohort.aligned'),
      baselineLabel: t('dividend-chart.cohort.baseline'),
      gapLabel: (gap) => t('dividend-chart.tooltip.gap', { gap }),
    }), lens);
  }

  protected override renderContent(): unknown {
    return this.renderDividend();
  }

  /** With numbers of its own (`records`, `src`) the chart does not wait for a manifest. */
  protected override renderLoading(): unknown {
    return this.manifestRequired() || !isLocaleReady(this.settings.locale) ? super.renderLoading() : this.renderDividend();
  }

  protected override emptyMessage(): string {
    return this.settings.t(this.metric === 'sustainability' ? 'dividend-chart.lens.empty' : 'dividend-chart.empty');
  }

  private wantedSource(): NumbersSource {
    if (this.records) return { kind: 'records', records: this.records };
    const settings = this.settings.config;
    if (this.src) return { kind: 'url', url: this.src, settings };
    if (this.manifestState.status !== 'ready') return { kind: 'waiting' };
    const metrics = this.manifestState.manifest.metrics;
    return metrics?.src ? { kind: 'url', url: metrics.src, settings } : { kind: 'manifest', metrics };
  }

  private checkMetric(): void {
    this.metricError = metricError(this.metric, this.localName);
    if (this.metricError) this.report(this.metricError);
  }

  private toggleView(): void {
    this.view = this.view === 'table' ? 'chart' : 'table';
    this.chartFailed = false;
  }

  private renderLens(data: DividendData): unknown {
    const { locale, t } = this.settings;
    const input = { table: this.view === 'table', chartFailed: this.chartFailed, locale, t, toggle: () => this.toggleView(), empty: () => this.renderEmpty() };
    return this.lens.render(data, this.records, input, super.renderLoading(), (error) => this.renderError(error));
  }

  private format() {
    return metricFormat(this.settings.locale, this.settings.t);
  }

  private renderDividend(): unknown {
    if (this.metricError) return this.renderError(this.metricError);
    const state = this.numbers.state;
    if (state.status === 'loading') return super.renderLoading();
    if (state.status === 'error') return this.renderError(state.error);
    if (this.metric === 'sustainability') return this.renderLens(state.value);
    const metrics = shownMetrics(state.value, this.metric);
    if (metrics.length === 0) return this.renderEmpty();
    const table = this.view === 'table';
    const { locale, t } = this.settings;
    return html`<div class="dividend" part="dividend">
      <div class="top">
        <p class="title" part="title">${t('dividend-chart.title')}</p>
        <button type="button" class="toggle" part="toggle" aria-pressed=${table ? 'true' : 'false'} @click=${this.toggleView}>
          ${t('dividend-chart.toggle')}
        </button>
      </div>
      <p class="caveat" part="caveat">${t('dividend-chart.caveat')}</p>
      ${renderFigures({ data: state.value, metrics, format: this.format(), table, all: this.metric === 'all', chartFailed: this.chartFailed, locale, t })}
    </div>`;
  }
}
