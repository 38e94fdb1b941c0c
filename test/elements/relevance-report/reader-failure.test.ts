/**
 * The report's arithmetic and the reading of ratings from `src` are chunks of their own: when one
 * cannot be loaded, the report says so where it would be, and can try again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import type { PkRelevanceReport } from '../../../src/elements/relevance-report/relevance-report.js';
import { ratingsReader, reportCalculation } from '../../../src/elements/relevance-report/report-data.js';
import { TestEndpoint } from '../../core/delivery/support.js';
import { breakChunk } from '../../support/broken-chunk.js';
import { reportManifest } from './manifest.js';
import { cells, part, quietly, text, until } from './support.js';
import { stateBox } from '../../support/host-state.js';

describe('pk-relevance-report whose calculation cannot be loaded', () => {
  // First in this file: once any report here has loaded the calculation, it stays loaded.
  it('says so in place of the report and reports it once; "Try again" loads it and draws the report', async () => {
    expect(reportCalculation.value, 'the calculation is not loaded yet').to.equal(undefined);
    const chunk = breakChunk(reportCalculation);
    try {
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkRelevanceReport>(
          html`<pk-relevance-report .manifest=${reportManifest()} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-relevance-report>`,
        );
        await until(() => part(created, 'part-failed'), 'the failure on screen');
        return created;
      });
      expect(text(part(el, 'part-failed'))).to.contain('This part could not be loaded.');
      expect(stateBox(el, 'loading')).to.equal(null);
      expect(part(el, 'items-table')).to.equal(null);
      expect(errors.map(({ detail }) => [detail.code, detail.message])).to.deep.equal([
        ['element-load', 'could not load the ratings calculation of <pk-relevance-report>: TypeError: Failed to fetch dynamically imported module'],
      ]);
      await expect(el).to.be.accessible();

      chunk.mend();
      const retry = part(el, 'retry')!;
      retry.focus();
      retry.click();
      await until(() => part(el, 'items-table'), 'the report from the manifest');
      expect(cells(el, 'items-table')[0]).to.deep.equal(['Blockchain Trading', 'Kestrel', '1.9', '3.2', '41', 'Not enough ratings to compare', 'Retire']);
      expect(errors).to.have.length(1);
    } finally {
      chunk.mend();
    }
  });
});

describe('pk-relevance-report whose ratings reader cannot be loaded', () => {
  it('says so in place of the report and reports it; "Try again" loads it and reads src', async () => {
    const endpoint = new TestEndpoint();
    await endpoint.script({
      body: { asOf: '2026-06-30', windowDays: 30, items: [{ course: 'privacy', earlier: { count: 10, relevance: 4, clarity: 4 } }] },
    });
    const chunk = breakChunk(ratingsReader);
    try {
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkRelevanceReport>(
          html`<pk-relevance-report .manifest=${reportManifest()} src=${`${endpoint.url}/ratings`} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-relevance-report>`,
        );
        await until(() => part(created, 'part-failed'), 'the failure on screen');
        return created;
      });
      const failure = part(el, 'part-failed')!;
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(text(failure)).to.contain('This part could not be loaded.');
      expect(stateBox(el, 'loading')).to.equal(null);
      expect(errors.map(({ detail }) => detail.code)).to.deep.equal(['element-load']);
      await expect(el).to.be.accessible();

      chunk.mend();
      part(el, 'retry')!.click();
      await until(() => part(el, 'items-table'), 'the report from src');
      expect(cells(el, 'items-table')).to.deep.equal([['Data Privacy Essentials', 'Ostara', '4.0', '4.0', '10', 'Not enough ratings to compare', 'Keep']]);
    } finally {
      chunk.mend();
    }
  });
});
