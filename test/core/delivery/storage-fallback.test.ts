import { expect } from '@open-wc/testing';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import { captureWarnings, Changes, enqueueRatings, ids, TestEndpoint, testEnvironment, until } from './support.js';

describe('Delivery without IndexedDB', () => {
  const open = IDBFactory.prototype.open;

  beforeEach(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });

  afterEach(() => {
    IDBFactory.prototype.open = open;
  });

  it('falls back to memory, warns once, reports it, and still delivers everything', async () => {
    const endpoint = new TestEndpoint();
    const changes = new Changes(endpoint);
    const delivery = new Delivery({ endpoint: endpoint.url, format: 'json', batchSize: 5, flushIntervalMs: 0 }, testEnvironment().environment);
    try {
      let events: Awaited<ReturnType<typeof enqueueRatings>> = [];
      const warnings = await captureWarnings(async () => {
        events = await enqueueRatings(delivery, 12);
        await until(async () => (await endpoint.deliveredIds()).length === 12, 'every event');
      });

      expect(await endpoint.deliveredIds()).to.have.members(ids(events));
      expect(warnings.filter((warning) => warning.includes('IndexedDB'))).to.have.length(1);
      expect(changes.of('storage-fallback')).to.have.length(1);
      expect(changes.of('storage-fallback')[0]?.reason).to.contain('denied permission');
      expect(changes.of('stored').every((change) => change.storage === 'memory')).to.equal(true);
      expect(delivery.status()).to.deep.include({ storage: 'memory', queued: 0 });
    } finally {
      changes.stop();
      await delivery.dispose();
    }
  });
});
