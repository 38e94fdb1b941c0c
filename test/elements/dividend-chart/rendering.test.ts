import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import '../../../src/elements/dividend-chart/define.js';
import type { PkDividendChart } from '../../../src/elements/dividend-chart/dividend-chart.js';
import { canvases, Chart, drawn, paintedPixels, pixelHash, until } from './charts.js';
import { folded, manifestWith, metrics, part, parts, rendered, text } from './fixtures.js';

const manifest = manifestWith(metrics);

/** Charts drawn without animation, so their pixels are final as soon as they exist. */
async function chartOf(metric: string, source: object = manifest, lang = 'en'): Promise<PkDividendChart> {
  const el = await fixture<PkDividendChart>(
    html`<pk-dividend-chart class="still" lang=${lang} metric=${metric} .manifest=${source}></pk-dividend-chart>`,
  );
  el.style.setProperty('--pk-motion-duration', '0ms');
  await rendered(el);
  return el;
}

function rows(table: Element): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));
}

describe('pk-dividend-chart: rendering', function () {
  // axe and Chart.js are slow on a machine shared with other test runs; this is not a timing target.
  this.timeout(30_000);

  afterEach(() => clearManifestCache());

  it('draws the aligned cohort against the baseline, with the gap between them filled', async () => {
    const el = await chartOf('retention');
    const [chart] = await drawn(el);
    expect(chart!.data.labels).to.deep.equal(metrics.periods);
    expect(chart!.data.datasets.map((set) => set.data)).to.deep.equal([metrics.series.retention.aligned, metrics.series.retention.baseline]);
    expect(chart!.data.datasets[0]!.fill).to.include({ target: '+1' });
    expect(paintedPixels(canvases(el)[0]!)).to.be.above(1000);
  });

  it('labels the comparison as correlational', async () => {
    const el = await chartOf('retention');
    expect(text(part(el, 'caveat'))).to.equal(
      'Correlational, not causal: the purpose-aligned cohort may differ from everyone else in ways these numbers do not show.',
    );
  });

  it('headlines the latest dividend and the attrition cost avoided, with how the cost was estimated', async () => {
    const el = await chartOf('retention');
    expect(parts(el, 'headline').map(text)).to.deep.equal([
      'Retention dividend, Q3 FY2026 +7 pts',
      'Estimated attrition cost avoided, Q3 FY2026 €2,972,900',
    ]);
    expect(text(part(el, 'basis'))).to.equal(
      'Turnover gap × 1,240 people in the aligned cohort × average salary €68,500 × replacement factor 0.5. Turnover estimated as 1 − retention.',
    );
  });

  it('shows all four metrics, each with its own chart and headline', async () => {
    const el = await chartOf('all');
    const charts = await drawn(el);
    expect(charts).to.have.length(4);
    expect(parts(el, 'caption').map((caption) => text(caption.querySelector('.metric-name')))).to.deep.equal([
      'Retention',
      'Internal mobility',
      'Skill-application latency',
      'Sentiment alignment',
    ]);
    expect(parts(el, 'headline').map((headline) => text(headline.querySelector('dd')))).to.deep.equal([
      '+7 pts',
      '+14 pts',
      '-19 days',
      '+0.34',
      '€2,972,900',
    ]);
    for (const canvas of canvases(el)) expect(paintedPixels(canvas)).to.be.above(1000);
  });

  it('marks a lower latency as the aligned cohort being ahead', async () => {
    const el = await chartOf('latency');
    expect(part(el, 'headline').querySelector('dd')!.classList.contains('ahead')).to.equal(true);
    const [chart] = await drawn(el);
    const fill = chart!.data.datasets[0]!.fill as { above: string; below: string };
    expect(fill.below).to.not.equal(fill.above);
  });

  it('describes each canvas for screen readers', async () => {
    const el = await chartOf('retention');
    const canvas = canvases(el)[0]!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal(
      'Retention, Q1 FY2026 to Q3 FY2026: purpose-aligned cohort 90% to 94%, everyone else 86% to 87%; dividend in Q3 FY2026: +7 pts.',
    );
  });

  it('redraws when the manifest brings new numbers', async () => {
    const el = await chartOf('retention');
    await drawn(el);
    const before = pixelHash(canvases(el)[0]!);
    const changed = { ...metrics, series: { retention: { aligned: [0.7, 0.95, 0.8], baseline: [0.9, 0.6, 0.85] } } };
    el.manifest = manifestWith(changed);
    const current = () => canvases(el)[0] && Chart.getChart(canvases(el)[0]!);
    await until(() => current()?.data.datasets[0]!.data[0] === 0.7, 'the chart has the new numbers');
    expect(pixelHash(canvases(el)[0]!)).to.not.equal(before);
    expect(parts(el, 'headline').map(text)[0]).to.equal('Retention dividend, Q3 FY2026 -5 pts');
  });

  it('shows the same numbers in a table', async () => {
    const el = await chartOf('all');
    part(el, 'toggle').click();
    await el.updateComplete;
    expect(canvases(el)).to.have.length(0);
    const [retention, mobility, latency, alignment] = parts(el, 'table');
    expect(rows(retention!)).to.deep.equal([
      ['Q1 FY2026', '90%', '86%', '+4 pts'],
      ['Q2 FY2026', '92%', '86%', '+6 pts'],
      ['Q3 FY2026', '94%', '87%', '+7 pts'],
    ]);
    expect(rows(mobility!)).to.deep.equal([
      ['Q1 FY2026', '31%', '22%', '+9 pts'],
      ['Q2 FY2026', '—no data', '23%', '—no data'],
      ['Q3 FY2026', '38%', '24%', '+14 pts'],
    ]);
    expect(rows(latency!)[2]).to.deep.equal(['Q3 FY2026', '36 days', '55 days', '-19 days']);
    expect(rows(alignment!)[0]).to.deep.equal(['Q1 FY2026', '0.28', '0.12', '+0.16']);
    expect(text(retention!.querySelector('caption'))).to.equal('Retention');
    expect([...retention!.querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Period',
      'Purpose-aligned cohort',
      'Everyone else',
      'Dividend',
    ]);
  });

  it('starts in the table view with view="table"', async () => {
    const el = await fixture<PkDividendChart>(html`<pk-dividend-chart view="table" metric="retention" .manifest=${manifest}></pk-dividend-chart>`);
    await rendered(el);
    expect(parts(el, 'table')).to.have.length(1);
    expect(part(el, 'toggle').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('toggles the table with the keyboard, keeping focus on the toggle', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await chartOf('retention');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const toggle = part(el, 'toggle');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(parts(el, 'table')).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(parts(el, 'table')).to.have.length(0);
    await drawn(el);
    before.remove();
  });

  it('passes axe in the chart view and in the table view', async () => {
    const el = await chartOf('all');
    await drawn(el);
    await expect(el).to.be.accessible();
    part(el, 'toggle').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('formats the attrition cost in the currency format of the locale', async () => {
    const german = await chartOf('retention', manifest, 'de');
    await until(() => text(part(german, 'caveat')).startsWith('Korrelation'), 'German messages are loaded');
    const germanCost = text(part(german, 'cost').querySelector('dd'));
    expect(germanCost).to.equal('2.972.900 €');
    expect(text(part(german, 'headline').querySelector('dd'))).to.equal('+7 Pp.');

    const arabic = await chartOf('retention', manifest, 'ar');
    await until(() => text(part(arabic, 'caveat')).startsWith('علاقة'), 'Arabic messages are loaded');
    const arabicCost = text(part(arabic, 'cost').querySelector('dd'));
    const expected = new Intl.NumberFormat('ar', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(2972900);
    expect(arabicCost).to.equal(folded(expected));
    expect(arabicCost).to.not.equal('€2,972,900');
    await expect(arabic).to.be.accessible();
  });

  it('runs time from the right, right to left', async () => {
    const el = await chartOf('retention', manifest, 'ar');
    const [chart] = await drawn(el);
    expect(chart!.data.labels).to.deep.equal([...metrics.periods].reverse());
    expect(chart!.data.datasets[0]!.data).to.deep.equal([...metrics.series.retention.aligned].reverse());
    expect(chart!.options.scales!.y!.position).to.equal('right');
    expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
  });

  it('shows period labels with markup as text', async () => {
    const el = await chartOf('retention', manifestWith({ ...metrics, periods: ['<b>Q1</b>', 'Q2', '<img src=x onerror=alert(1)>'] }));
    part(el, 'toggle').click();
    await el.updateComplete;
    const table = part(el, 'table');
    expect(table.querySelector('b, img')).to.equal(null);
    expect(rows(table).map((row) => row[0])).to.deep.equal(['<b>Q1</b>', 'Q2', '<img src=x onerror=alert(1)>']);
  });
});
