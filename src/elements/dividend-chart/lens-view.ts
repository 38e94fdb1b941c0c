/**
 * The Human Sustainability view of `<pk-dividend-chart metric="sustainability">`, a chunk loaded
 * only by charts that show it: headlines (the latest of each figure), then one panel per figure
 * with its definition and its chart or its table. The tables hold every number of the data,
 * per team too; a withheld group (under 5 people) reads "no data". Its English messages join the
 * source catalogue when it arrives.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { PkError } from '../../core/errors.js';
import { useSourceMessages } from '../../core/i18n/i18n.js';
import messages from '../../core/i18n/locales/en/dividend-chart-lens.js';
import { dividend, latest } from '../../core/metrics/dividend.js';
import { sustainabilitySeries } from '../../core/metrics/sustainability.js';
import type { ByTeam, Sustainability, WorkforceRecords } from '../../core/metrics/types.js';
import { LensFormat, LENS_METRICS, type LensMetric } from './lens-format.js';
import { lensPlots, lensSeries } from './lens-plots.js';
import type { Translate } from './translate.js';

useSourceMessages(messages);

export { LensFormat, lensPlots };

type Values = readonly (number | null)[];

export interface LensInput {
  periods: readonly string[];
  lens: Sustainability | undefined;
  table: boolean;
  chartFailed: boolean;
  locale: string;
  t: Translate;
  toggle: () => void;
  /** What the element shows when there is nothing to draw. */
  empty: () => unknown;
}

type Lens = { lens?: Sustainability; error?: PkError };

const fromRecords = new WeakMap<WorkforceRecords, Lens>();

/**
 * The lens of the chart's data: the `sustainability` section of a document, or computed from the
 * `records` the chart was given (once per records object; see `sustainabilitySeries`), or why
 * those records could not be read. Never throws.
 */
export function lensOf(section: Sustainability | undefined, records: WorkforceRecords | undefined): Lens {
  if (section || !records) return { lens: section };
  let known = fromRecords.get(records);
  if (!known) {
    try {
      known = { lens: sustainabilitySeries(records) };
    } catch (cause) {
      known = { error: new PkError('data-invalid', `the records could not be read for the Human Sustainability view: ${String(cause)}`, { source: 'records', cause }) };
    }
    fromRecords.set(records, known);
  }
  return known;
}

const hasNumber = (values: Values | undefined) => !!values?.some((value) => value !== null);

/** The figures of `lens` with any number, in the view's order. */
export function shownLensMetrics(lens: Sustainability | undefined): LensMetric[] {
  if (!lens) return [];
  return LENS_METRICS.filter((metric) => {
    if (metric === 'retention') return hasNumber(lens.retention?.aligned) || hasNumber(lens.retention?.baseline);
    if (metric === 'wellbeing') return hasNumber(lens.wellbeing);
    return hasNumber(lens[metric]?.organization) || !!lens[metric]?.teams?.some((team) => hasNumber(team.values));
  });
}

export function renderLens(input: LensInput): unknown {
  const { lens, table, t } = input;
  const metrics = shownLensMetrics(lens);
  if (!lens || metrics.length === 0) return input.empty();
  const format = new LensFormat(input.locale, t);
  return html`<div class="dividend lens" part="dividend">
    <div class="top">
      <p class="title" part="title">${t('dividend-chart.lens.title')}</p>
      <button type="button" class="toggle" part="toggle" aria-pressed=${table ? 'true' : 'false'} @click=${input.toggle}>${t('dividend-chart.toggle')}</button>
    </div>
    <p class="caveat" part="caveat">${t('dividend-chart.lens.caveat')}</p>
    <dl class="headlines" part="headlines">${metrics.map((metric) => headline(metric, lens, input.periods, format, t))}</dl>
    ${input.chartFailed ? html`<p class="notice" part="notice" role="status">${t('dividend-chart.chart-failed')}</p>` : nothing}
    ${table
      ? nothing
      : html`<span class="palette" aria-hidden="true">
          <span class="aligned"></span><span class="baseline"></span><span class="gain"></span><span class="loss"></span>
          <span class="text"></span><span class="grid"></span>
        </span>`}
    <div class="panels all" part="panels">${metrics.map((metric) => panel(metric, lens, input.periods, table, format, t))}</div>
  </div>`;
}

function headline(metric: LensMetric, lens: Sustainability, periods: readonly string[], format: LensFormat, t: Translate): unknown {
  const name = t(`dividend-chart.lens.metric.${metric}`);
  const found = metric === 'retention' ? latest(dividend(lens.retention!)) : latest(lensSeries(lens, metric) ?? []);
  if (!found) return nothing;
  const figure = metric === 'retention' ? format.gap(found.value) : format.headline(metric, found.value);
  const signed = metric === 'retention' || metric === 'wellbeing';
  return html`<div class="headline" part="headline">
    <dt>${t('dividend-chart.lens.headline', { metric: name, period: periods[found.index] ?? '' })}</dt>
    <dd class=${classMap({ figure: true, ahead: signed && found.value > 0, behind: signed && found.value < 0 })}>${figure}</dd>
  </div>`;
}

function panel(metric: LensMetric, lens: Sustainability, periods: readonly string[], table: boolean, format: LensFormat, t: Translate): TemplateResult {
  const count = lens.threshold ?? 2;
  return html`<figure class="panel" part="panel">
    <figcaption class="caption" part="caption">
      <span class="metric-name">${t(`dividend-chart.lens.metric.${metric}`)}</span>
      <span class="definition">${t(`dividend-chart.lens.definition.${metric}`, { count })}</span>
    </figcaption>
    ${table
      ? lensTable(metric, lens, periods, format, t)
      : html`<div class="plot" part="plot">
          <canvas part="canvas" role="img" data-lens=${metric} aria-label=${describe(metric, lens, periods, format, t)}></canvas>
        </div>`}
  </figure>`;
}

function cell(value: number | null | undefined, show: (value: number) => string, t: Translate): unknown {
  return value == null ? html`<span aria-hidden="true">—</span><span class="visually-hidden">${t('dividend-chart.no-data')}</span>` : show(value);
}

function lensTable(metric: LensMetric, lens: Sustainability, periods: readonly string[], format: LensFormat, t: Translate): TemplateResult {
  const name = t(`dividend-chart.lens.metric.${metric}`);
  const value = (v: number) => format.value(metric, v);
  if (metric === 'futureProof' || metric === 'breadth') return byTeamTable(name, lens[metric]!, periods, value, t);
  const retention = lens.retention;
  const columns =
    metric === 'retention'
      ? [t('dividend-chart.lens.cohort.skilled', { count: lens.threshold ?? 2 }), t('dividend-chart.lens.cohort.others'), t('dividend-chart.lens.table.gap')]
      : [t('dividend-chart.lens.table.value')];
  const gaps = retention ? dividend(retention) : [];
  const row = (i: number) =>
    metric === 'retention'
      ? [cell(retention!.aligned[i], value, t), cell(retention!.baseline[i], value, t), cell(gaps[i], (v) => format.gap(v), t)]
      : [cell(lens.wellbeing![i], value, t)];
  return html`<table class="table" part="table">
    <caption class="visually-hidden">${name}</caption>
    <thead>
      <tr>
        <th scope="col">${t('dividend-chart.table.period')}</th>
        ${columns.map((column) => html`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${periods.map((period, i) => html`<tr><th scope="row">${period}</th>${row(i).map((content) => html`<td>${content}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}

/** A row per group (everyone, then each team), a column per period: teams make it wide, so it scrolls. */
function byTeamTable(name: string, series: ByTeam, periods: readonly string[], value: (v: number) => string, t: Translate): TemplateResult {
  const groups = [{ team: t('dividend-chart.lens.group.organization'), values: series.organization }, ...(series.teams ?? [])];
  return html`<div class="scroll" part="scroll" role="region" tabindex="0" aria-label=${name}>
    <table class="table" part="table">
      <caption class="visually-hidden">${name}</caption>
      <thead>
        <tr>
          <th scope="col">${t('dividend-chart.lens.table.group')}</th>
          ${periods.map((period) => html`<th scope="col">${period}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${groups.map((group) => html`<tr><th scope="row">${group.team}</th>${periods.map((_, i) => html`<td>${cell(group.values[i], value, t)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}

/** One sentence per canvas for screen readers: the first and last periods with data, or the latest cohort comparison. */
function describe(metric: LensMetric, lens: Sustainability, periods: readonly string[], format: LensFormat, t: Translate): string {
  const name = t(`dividend-chart.lens.metric.${metric}`);
  if (metric === 'retention') {
    const gap = latest(dividend(lens.retention!));
    if (!gap) return t('dividend-chart.lens.summary.none', { metric: name });
    return t('dividend-chart.lens.summary.cohorts', {
      metric: name,
      period: periods[gap.index] ?? '',
      skilled: t('dividend-chart.lens.cohort.skilled', { count: lens.threshold ?? 2 }),
      skilledValue: format.value(metric, lens.retention!.aligned[gap.index]!),
      othersValue: format.value(metric, lens.retention!.baseline[gap.index]!),
      gap: format.gap(gap.value),
    });
  }
  const values = lensSeries(lens, metric) ?? [];
  const known = values.flatMap((value, i) => (value === null ? [] : [i]));
  if (known.length === 0) return t('dividend-chart.lens.summary.none', { metric: name });
  const first = known[0]!;
  const last = known.at(-1)!;
  return t('dividend-chart.lens.summary', {
    metric: name,
    first: periods[first] ?? '',
    last: periods[last] ?? '',
    from: format.value(metric, values[first]!),
    to: format.value(metric, values[last]!),
  });
}
