import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/dividend-chart/define.js';
import { settled } from '../../support/probe.js';
import type { PkProbe } from '../../support/probe.js';
import { CHART_JS_REQUEST, manifestWith, metrics } from './fixtures.js';

/** The browser keeps 250 resource entries by default; beyond that a request could go unseen. */
const DEFAULT_RESOURCE_BUFFER = 250;

describe('a page without <pk-dividend-chart>', () => {
  it('never requests Chart.js, even with the element defined and a manifest with metrics', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe .manifest=${manifestWith(metrics)}></pk-probe>`);
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const resources = performance.getEntriesByType('resource');
    expect(resources.length).to.be.below(DEFAULT_RESOURCE_BUFFER);
    expect(resources.some((entry) => entry.name.includes('/src/elements/dividend-chart/')), 'the element module is loaded').to.equal(true);
    expect(resources.filter((entry) => CHART_JS_REQUEST.test(entry.name)).map((entry) => entry.name)).to.deep.equal([]);
  });
});
