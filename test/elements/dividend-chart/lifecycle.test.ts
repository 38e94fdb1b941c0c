import { expect, fixture, html } from '@open-wc/testing';
import { CHART_JS_REQUEST, manifestWith, metrics, part, rendered } from './fixtures.js';

const chartJsRequested = () => performance.getEntriesByType('resource').some((entry) => CHART_JS_REQUEST.test(entry.name));

describe('pk-dividend-chart: loading Chart.js and letting go of it', function () {
  // A hundred cycles of four charts take a while on a busy machine; this is not a timing target.
  this.timeout(120_000);

  before(() => performance.setResourceTimingBufferSize(10_000));

  it('downloads Chart.js only once a chart is drawn', async () => {
    await import('../../../src/elements/dividend-chart/define.js');
    const el = await fixture(html`<pk-dividend-chart view="table" .manifest=${manifestWith(metrics)}></pk-dividend-chart>`);
    await rendered(el as never);
    expect(chartJsRequested(), 'the table view draws no chart').to.equal(false);

    part(el, 'toggle').click();
    const { drawn } = await import('./charts.js');
    await drawn(el as never);
    expect(chartJsRequested()).to.equal(true);
  });

  it('leaves no Chart.js instance behind after 100 connections and disconnections', async () => {
    const { Chart, drawn } = await import('./charts.js');
    const el = await fixture(html`<pk-dividend-chart metric="all" .manifest=${manifestWith(metrics)}></pk-dividend-chart>`);
    const parent = el.parentElement!;
    await rendered(el as never);
    for (let cycle = 0; cycle < 100; cycle++) {
      parent.append(el);
      expect((await drawn(el as never)).length).to.equal(4);
      expect(Object.keys(Chart.instances)).to.have.length(4);
      el.remove();
      expect(Object.keys(Chart.instances)).to.have.length(0);
    }
    // Disconnected before its draw could finish: nothing appears later either.
    parent.append(el);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Object.keys(Chart.instances)).to.have.length(0);
  });
});
