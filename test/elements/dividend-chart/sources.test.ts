import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import type { WorkforceRecords } from '../../../src/core/metrics/types.js';
import '../../../src/elements/dividend-chart/define.js';
import type { PkDividendChart } from '../../../src/elements/dividend-chart/dividend-chart.js';
import { canvases, Chart, drawn, until } from './charts.js';
import { manifestWith, metrics, part, parts, rendered, requestsTo, scriptedUrl, text } from './fixtures.js';
import { stateBox } from '../../support/host-state.js';

const person = (id: string, aligned: boolean, hired: string, separated?: string) => ({ id, aligned, hired, separated });

/** Retention: aligned 3/3 then 3/4, baseline 3/4 then 2/3 (see test/core/metrics/cohort-series.test.ts). */
const records: WorkforceRecords = {
  periods: [
    { label: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' },
    { label: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' },
  ],
  employees: [
    person('A1', true, '2020-01-01'),
    person('A2', true, '2020-01-01'),
    person('A3', true, '2020-01-01', '2026-05-15'),
    person('A4', true, '2026-02-01'),
    person('B1', false, '2019-01-01'),
    person('B2', false, '2019-01-01', '2026-02-28'),
    person('B3', false, '2019-01-01', '2026-06-30'),
    person('B4', false, '2019-01-01'),
  ],
  cost: { currency: 'USD', averageSalary: 80000, replacementFactor: 1 },
};

function errorText(el: PkDividendChart): string {
  return text(stateBox(el, 'error'));
}

describe('pk-dividend-chart: where the numbers come from', function () {
  // axe and Chart.js are slow on a machine shared with other test runs; this is not a timing target.
  this.timeout(30_000);

  afterEach(() => clearManifestCache());

  describe('src', () => {
    it('fetches the series from src, without any manifest', async () => {
      const url = await scriptedUrl('dividend-src-ok', [{ body: metrics }]);
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="latency" src=${url}></pk-dividend-chart>`);
      await rendered(el);
      const [chart] = await drawn(el);
      expect(chart!.data.datasets[0]!.data).to.deep.equal(metrics.series.latency.aligned);
      expect(text(part(el, 'headline').querySelector('dd'))).to.equal('-19 days');
    });

    it('shows the loading state while the series are on their way', async () => {
      const url = await scriptedUrl('dividend-src-slow', [{ delayMs: 1500, body: metrics }]);
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart src=${url}></pk-dividend-chart>`);
      await el.updateComplete;
      expect(text(stateBox(el, 'loading'))).to.equal('Loading…');
      await expect(el).to.be.accessible();
      await rendered(el);
      expect(parts(el, 'panel')).to.have.length(4);
    });

    it('shows the error state and reports pk-error when the server fails', async () => {
      const url = await scriptedUrl('dividend-src-404', [{ status: 404 }]);
      const el = document.createElement('pk-dividend-chart');
      el.src = url;
      const reported = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
      await fixture(el);
      const { detail } = await reported;
      expect(detail.code).to.equal('data-fetch');
      expect(detail.source).to.equal(new URL(url, document.baseURI).href);
      await rendered(el);
      expect(errorText(el)).to.contain('The data for this widget could not be loaded.');
      expect(errorText(el)).to.contain('answered HTTP 404');
      await expect(el).to.be.accessible();
    });

    it('validates the fetched document and lists every problem with its path', async () => {
      const bad = { periods: ['Q1', 'Q2'], series: { retention: { aligned: [0.9], baseline: [0.8, 'high'] } } };
      const url = await scriptedUrl('dividend-src-bad', [{ body: bad }]);
      const el = document.createElement('pk-dividend-chart');
      el.src = url;
      const reported = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
      await fixture(el);
      const { detail } = await reported;
      expect(detail.code).to.equal('data-invalid');
      expect(detail.issues.map((issue) => `${issue.path}: ${issue.message}`)).to.have.members([
        'metrics.series.retention.baseline[1]: expected a number or null, got a string',
        'metrics.series.retention.aligned: expected 2 values (one per period), got 1',
      ]);
      await rendered(el);
      expect(errorText(el)).to.contain('The data for this widget is not valid.');
      expect(errorText(el)).to.contain('metrics.series.retention.aligned: expected 2 values (one per period), got 1');
      expect(canvases(el)).to.have.length(0);
    });

    it('refuses an HTML page served instead of JSON', async () => {
      const url = await scriptedUrl('dividend-src-html', [{ body: '<!doctype html><title>Sign in</title>', headers: { 'Content-Type': 'text/html' } }]);
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart src=${url}></pk-dividend-chart>`);
      await rendered(el);
      expect(errorText(el)).to.contain('expected JSON but got HTML');
    });

    it('never requests a URL outside the allowlist', async () => {
      const el = document.createElement('pk-dividend-chart');
      el.src = 'javascript:alert(1)';
      const reported = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
      await fixture(el);
      expect((await reported).detail.code).to.equal('config-invalid');
      await rendered(el);
      expect(errorText(el)).to.contain('URL scheme "javascript:" is not allowed');
    });

    it('prefers src to the manifest, and fetches once however often it is reconnected', async () => {
      const bucket = 'dividend-src-once';
      const url = await scriptedUrl(bucket, [{ body: { ...metrics, series: { retention: { aligned: [0.5, 0.6, 0.7], baseline: [0.4, 0.4, 0.4] } } } }]);
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="retention" src=${url} .manifest=${manifestWith(metrics)}></pk-dividend-chart>`);
      await rendered(el);
      const [chart] = await drawn(el);
      expect(chart!.data.datasets[0]!.data).to.deep.equal([0.5, 0.6, 0.7]);
      const parent = el.parentElement!;
      for (let i = 0; i < 3; i++) {
        el.remove();
        parent.append(el);
        await drawn(el);
      }
      expect(await requestsTo(bucket)).to.equal(1);
    });

    it('keeps only the answer of the latest src', async () => {
      const slow = await scriptedUrl('dividend-src-stale', [{ delayMs: 600, body: metrics }]);
      const fresh = await scriptedUrl('dividend-src-fresh', [{ body: { ...metrics, series: { retention: { aligned: [0.1, 0.2, 0.3], baseline: [0.1, 0.1, 0.1] } } } }]);
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="retention" src=${slow}></pk-dividend-chart>`);
      el.src = fresh;
      await rendered(el);
      await drawn(el);
      await new Promise((resolve) => setTimeout(resolve, 800));
      const chart = Chart.getChart(canvases(el)[0]!)!;
      expect(chart.data.datasets[0]!.data).to.deep.equal([0.1, 0.2, 0.3]);
    });

    it("follows the manifest's metrics.src", async () => {
      const url = await scriptedUrl('dividend-manifest-src', [{ body: metrics }]);
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="mobility" .manifest=${manifestWith({ src: url })}></pk-dividend-chart>`);
      await rendered(el);
      const [chart] = await drawn(el);
      expect(chart!.data.datasets[1]!.data).to.deep.equal(metrics.series.mobility.baseline);
    });
  });

  describe('records', () => {
    it('computes the series from raw records, without any manifest', async () => {
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="retention" .records=${records}></pk-dividend-chart>`);
      await rendered(el);
      const [chart] = await drawn(el);
      expect(chart!.data.labels).to.deep.equal(['Q1 2026', 'Q2 2026']);
      expect(chart!.data.datasets[0]!.data).to.deep.equal([1, 0.75]);
      expect((chart!.data.datasets[1]!.data as number[]).map((value) => Math.round(value * 1000) / 1000)).to.deep.equal([0.75, 0.667]);
      // Measured turnover Q2: aligned 1 ÷ 3.5, baseline 1 ÷ 2.5; × 3 people × $80,000 × 1.
      expect(text(part(el, 'cost').querySelector('dd'))).to.equal('$27,429');
      expect(text(part(el, 'basis'))).to.not.contain('estimated as 1 − retention');
    });

    it('redraws the same chart in place when the records change', async () => {
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="retention" .records=${records}></pk-dividend-chart>`);
      await rendered(el);
      const [chart] = await drawn(el);
      el.records = { ...records, employees: records.employees.filter((employee) => employee.id !== 'A3') };
      await until(() => chart!.data.datasets[0]!.data[1] === 1, 'the chart shows the new retention');
      expect(Chart.getChart(canvases(el)[0]!)).to.equal(chart);
    });

    it('drops the fetch of src when records arrive while it is on its way', async () => {
      const url = await scriptedUrl('dividend-src-dropped', [{ delayMs: 600, status: 404 }]);
      const errors: PkErrorEvent[] = [];
      const el = await fixture<PkDividendChart>(
        html`<pk-dividend-chart metric="retention" src=${url} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-dividend-chart>`,
      );
      el.records = records;
      const [chart] = await drawn(el);
      expect(chart!.data.datasets[0]!.data).to.deep.equal([1, 0.75]);
      // Past the time the dropped answer would have taken.
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(errors, 'the failure of the dropped fetch is not reported').to.have.length(0);
    });

    it('renders records given after the element found no manifest', async () => {
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="retention"></pk-dividend-chart>`);
      await rendered(el);
      expect(errorText(el)).to.contain('No pathway manifest is configured.');
      el.records = records;
      await drawn(el);
      expect(errorText(el)).to.equal('');
    });

    it('shows the error state for records it cannot read', async () => {
      const el = document.createElement('pk-dividend-chart');
      el.records = { periods: [], employees: 5 } as unknown as WorkforceRecords;
      const reported = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
      await fixture(el);
      expect((await reported).detail.code).to.equal('data-invalid');
      await rendered(el);
      expect(errorText(el)).to.contain('The data for this widget is not valid.');
    });
  });

  describe('empty and misconfigured', () => {
    it('shows the empty state for a manifest without metrics', async () => {
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart .manifest=${manifestWith()}></pk-dividend-chart>`);
      await rendered(el);
      expect(text(stateBox(el, 'empty'))).to.equal('No Purpose Dividend data yet.');
      await expect(el).to.be.accessible();
    });

    it('shows the empty state for a metric without numbers', async () => {
      const onlyNulls = { periods: ['Q1', 'Q2'], series: { retention: metrics.series.retention, mobility: { aligned: [null, null], baseline: [null, null] } } };
      const fixed = { ...onlyNulls, series: { ...onlyNulls.series, retention: { aligned: [0.9, 0.91], baseline: [0.8, 0.8] } } };
      const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="mobility" .manifest=${manifestWith(fixed)}></pk-dividend-chart>`);
      await rendered(el);
      expect(stateBox(el, 'empty')).to.exist;
      el.metric = 'all';
      await drawn(el);
      expect(parts(el, 'panel')).to.have.length(1);
    });

    it('says which metric names it knows', async () => {
      const el = document.createElement('pk-dividend-chart');
      el.setAttribute('metric', 'revenue');
      el.manifest = manifestWith(metrics);
      const reported = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
      await fixture(el);
      expect((await reported).detail.message).to.equal('metric="revenue" is not one of retention, mobility, latency, alignment, all, sustainability');
      await rendered(el);
      expect(errorText(el)).to.contain('This widget is configured incorrectly.');
      await expect(el).to.be.accessible();
    });
  });
});
