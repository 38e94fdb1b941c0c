import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PkElement } from '../../core/base/pk-element.js';
import { PkError } from '../../core/errors.js';
import { isLocaleReady } from '../../core/i18n/i18n.js';
import { METRIC_NAMES, type DividendData, type MetricName, type WorkforceRecords } from '../../core/metrics/types.js';
import { watchAppearance } from './appearance.js';
import { DividendCharts, type Plot } from './charts.js';
import { styles } from './dividend-chart.styles.js';
import { headlines } from './headlines.js';
import { readLook } from './look.js';
import { MetricFormat } from './metric-format.js';
import { DividendNumbers, type NumbersSource } from './numbers.js';
import { describePlot } from './summary.js';
import { dividendTable } from './table.js';
import type { Translate } from './translate.js';
import dividendChartMessages from '../../core/i18n/locales/en/dividend-chart.js';

/** One metric, or all four side by side. */
export type DividendMetric = MetricName | 'all';
export type DividendView = 'chart' | 'table';

const METRIC_CHOICES: readonly string[] = [...METRIC_NAMES, 'all'];

/**
 * `<pk-dividend-chart>` shows the Purpose Dividend: how the purpose-aligned cohort (people who
 * completed a pillar-aligned pathway) compares with everyone else over time in retention, internal
 * mobility, skill-application latency and sentiment alignment, with the latest dividend and the
 * estimated attrition cost avoided as headline numbers. It is labelled as what it is: a
 * correlation, not proof of cause. A table view shows the same numbers; each chart is described
 * for screen readers. Chart.js is downloaded only when a chart is drawn.
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
 * @cssproperty --pk-dividend-chart-aligned-color - Line of the purpose-aligned cohort (default: accent).
 * @cssproperty --pk-dividend-chart-baseline-color - Line of everyone else (default: muted text).
 * @cssproperty --pk-dividend-chart-gain-color - Gap shading and figures where the aligned cohort is ahead (default: success).
 * @cssproperty --pk-dividend-chart-loss-color - Gap shading and figures where it is behind (default: danger).
 * @cssproperty --pk-dividend-chart-grid-color - Axis and grid lines (default: border).
 * @cssproperty --pk-dividend-chart-height - Height of each chart (default: 16rem).
 */
export class PkDividendChart extends PkElement {
  static override styles = [PkElement.styles, styles];
  static override messages = dividendChartMessages;

  /** `retention`, `mobility`, `latency`, `alignment`, or `all` (the default). */
  @property() metric: DividendMetric = 'all';

  /** A URL answering with the chart's series (see the class description); wins over the manifest. */
  @property() src?: string;

  /** Raw workforce records to compute the series from; wins over `src` and the manifest. */
  @property({ attribute: false }) records?: WorkforceRecords;

  /** `chart` (the default) or `table`; the toggle switches it. */
  @property() view: DividendView = 'chart';

  @state() private chartFailed = false;

  private readonly numbers = new DividendNumbers(this, (error) => this.report(error));
  private readonly charts = new DividendCharts(this, (error) => this.chartLoadFailed(error));
  private readonly wording: Translate = (key, params) => this.settings.t(key, params);
  private metricError?: PkError;
  private stopWatching?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = watchAppearance(this, () => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

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
    this.numbers.use(this.wantedSource());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this.numbers.state.status === 'ready' ? this.numbers.state.value : undefined;
    const plots: Plot[] = [];
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-metric]')) {
      const metric = canvas.dataset.metric as MetricName;
      const series = data?.series[metric];
      if (data && series) plots.push({ metric, canvas, periods: data.periods, series });
    }
    // Canvases are rendered only next to the palette (chart view), so it is there when they are.
    void this.charts.draw(plots, () => ({
      look: readLook(this.renderRoot.querySelector<HTMLElement>('.palette')!),
      format: this.format(),
      locale: this.settings.locale,
      rtl: this.settings.direction === 'rtl',
      alignedLabel: this.settings.t('dividend-chart.cohort.aligned'),
      baselineLabel: this.settings.t('dividend-chart.cohort.baseline'),
      gapLabel: (gap) => this.settings.t('dividend-chart.tooltip.gap', { gap }),
    }));
  }

  protected override renderContent(): unknown {
    return this.renderDividend();
  }

  /** With numbers of its own (`records`, `src`) the chart does not wait for a manifest. */
  protected override renderLoading(): unknown {
    return this.manifestRequired() || !isLocaleReady(this.settings.locale) ? super.renderLoading() : this.renderDividend();
  }

  protected override emptyMessage(): string {
    return this.settings.t('dividend-chart.empty');
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
    this.metricError = METRIC_CHOICES.includes(this.metric)
      ? undefined
      : new PkError('config-invalid', `metric="${this.metric}" is not one of ${METRIC_CHOICES.join(', ')}`, { source: this.localName });
    if (this.metricError) this.report(this.metricError);
  }

  private chartLoadFailed(error: unknown): void {
    this.chartFailed = true;
    this.view = 'table';
    this.report(new PkError('data-fetch', `Chart.js could not be loaded: ${String(error)}`, { source: 'chart.js', cause: error }));
  }

  private toggleView(): void {
    this.view = this.view === 'table' ? 'chart' : 'table';
    this.chartFailed = false;
  }

  private format(): MetricFormat {
    return new MetricFormat(this.settings.locale, this.wording);
  }

  /** The metrics to show: the one asked for, or all four; only those with any number. */
  private shownMetrics(data: DividendData): MetricName[] {
    const asked = this.metric === 'all' ? METRIC_NAMES : [this.metric];
    return asked.filter((metric) => {
      const series = data.series[metric];
      return !!series && [...series.aligned, ...series.baseline].some((value) => value !== null);
    });
  }

  private renderDividend(): unknown {
    if (this.metricError) return this.renderError(this.metricError);
    const state = this.numbers.state;
    if (state.status === 'loading') return super.renderLoading();
    if (state.status === 'error') return this.renderError(state.error);
    const metrics = this.shownMetrics(state.value);
    if (metrics.length === 0) return this.renderEmpty();
    const table = this.view === 'table';
    const format = this.format();
    return html`<div class="dividend" part="dividend">
      <div class="top">
        <p class="title" part="title">${this.settings.t('dividend-chart.title')}</p>
        <button type="button" class="toggle" part="toggle" aria-pressed=${table ? 'true' : 'false'} @click=${this.toggleView}>
          ${this.settings.t('dividend-chart.toggle')}
        </button>
      </div>
      <p class="caveat" part="caveat">${this.settings.t('dividend-chart.caveat')}</p>
      ${headlines(state.value, metrics, format, this.settings.locale, this.wording)}
      ${this.chartFailed ? html`<p class="notice" part="notice" role="status">${this.settings.t('dividend-chart.chart-failed')}</p>` : nothing}
      ${table ? nothing : this.renderLegend()}
      <div class=${this.metric === 'all' ? 'panels all' : 'panels'} part="panels">
        ${metrics.map((metric) => this.renderPanel(metric, state.value, format, table))}
      </div>
    </div>`;
  }

  private renderLegend(): unknown {
    return html`<ul class="legend" part="legend">
        <li><span class="swatch aligned" aria-hidden="true"></span>${this.settings.t('dividend-chart.cohort.aligned')}</li>
        <li><span class="swatch baseline" aria-hidden="true"></span>${this.settings.t('dividend-chart.cohort.baseline')}</li>
        <li><span class="swatch gap" aria-hidden="true"></span>${this.settings.t('dividend-chart.legend.gap')}</li>
      </ul>
      <span class="palette" aria-hidden="true">
        <span class="aligned"></span><span class="baseline"></span><span class="gain"></span><span class="loss"></span>
        <span class="text"></span><span class="grid"></span>
      </span>`;
  }

  private renderPanel(metric: MetricName, data: DividendData, format: MetricFormat, table: boolean): unknown {
    const series = data.series[metric]!;
    return html`<figure class="panel" part="panel">
      <figcaption class="caption" part="caption">
        <span class="metric-name">${this.settings.t(`dividend-chart.metric.${metric}`)}</span>
        <span class="definition">${this.settings.t(`dividend-chart.definition.${metric}`)}</span>
      </figcaption>
      ${table
        ? dividendTable(metric, data.periods, series, format, this.wording)
        : html`<div class="plot" part="plot">
            <canvas part="canvas" role="img" data-metric=${metric} aria-label=${describePlot(metric, data.periods, series, format, this.wording)}></canvas>
          </div>`}
    </figure>`;
  }
}
