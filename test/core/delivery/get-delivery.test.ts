import { expect } from '@open-wc/testing';
import { getDelivery } from '../../../src/core/delivery/get-delivery.js';
import type { DeliveryOptions } from '../../../src/core/delivery/options.js';
import { PkError } from '../../../src/core/errors.js';
import { captureWarnings, TestEndpoint } from './support.js';

describe('getDelivery', () => {
  it('shares one delivery per endpoint and format', async () => {
    const endpoint = new TestEndpoint();
    const json = getDelivery({ endpoint: endpoint.url, format: 'json' });
    const xapi = getDelivery({ endpoint: endpoint.absoluteUrl, format: 'xapi' });
    try {
      expect(getDelivery({ endpoint: endpoint.absoluteUrl, format: 'json' })).to.equal(json);
      expect(xapi).not.to.equal(json);
      expect(json.endpoint).to.equal(endpoint.absoluteUrl);
    } finally {
      await Promise.all([json.dispose(), xapi.dispose()]);
    }
  });

  it('warns when called again with other options, and keeps the first', async () => {
    const endpoint = new TestEndpoint();
    const first = getDelivery({ endpoint: endpoint.url, format: 'json', batchSize: 10 });
    try {
      const warnings = await captureWarnings(async () => {
        expect(getDelivery({ endpoint: endpoint.url, format: 'json', batchSize: 10, headers: () => ({}) })).to.equal(first);
        expect(getDelivery({ endpoint: endpoint.url, format: 'json', batchSize: 10 })).to.equal(first);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('other options');
    } finally {
      await first.dispose();
    }
  });

  it("lets an element's call without xapi options share the page's xAPI delivery, without a warning", async () => {
    const endpoint = new TestEndpoint();
    const xapi = { actor: { mbox: 'mailto:dana@example.com' }, registration: '760e3480-ba55-4991-94b0-01820dbd23a2' };
    const page = getDelivery({ endpoint: endpoint.url, format: 'xapi', xapi });
    try {
      const warnings = await captureWarnings(async () => {
        expect(getDelivery({ endpoint: endpoint.url, format: 'xapi' })).to.equal(page);
        expect(getDelivery({ endpoint: endpoint.url, format: 'xapi', xapi: { ...xapi, registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7' } })).to.equal(page);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('other options');
    } finally {
      await page.dispose();
    }
  });

  it('makes a new delivery after the shared one was disposed', async () => {
    const endpoint = new TestEndpoint();
    const first = getDelivery({ endpoint: endpoint.url, format: 'json' });
    await first.dispose();
    const second = getDelivery({ endpoint: endpoint.url, format: 'json' });
    expect(second).not.to.equal(first);
    await second.dispose();
  });

  for (const [label, options, message] of [
    ['a javascript: endpoint', { endpoint: 'javascript:alert(1)', format: 'json' }, 'endpoint:'],
    ['a mailto: endpoint', { endpoint: 'mailto:lrs@example.com', format: 'json' }, 'endpoint:'],
    ['an unknown format', { endpoint: '/lrs', format: 'csv' }, 'format:'],
    ['a batch size of zero', { endpoint: '/lrs', format: 'json', batchSize: 0 }, 'batchSize:'],
    ['a headers object instead of a callback', { endpoint: '/lrs', format: 'json', headers: { Authorization: 'x' } }, 'headers:'],
    ['a non-http xAPI home page', { endpoint: '/lrs', format: 'xapi', xapi: { homePage: 'ftp://example.com' } }, 'xapi.homePage:'],
  ] as const) {
    it(`refuses ${label}`, () => {
      try {
        getDelivery(options as unknown as DeliveryOptions);
        expect.fail('accepted');
      } catch (error) {
        expect(error).to.be.instanceOf(PkError).with.property('code', 'config-invalid');
        expect((error as PkError).message.startsWith(message)).to.equal(true);
      }
    });
  }
});
