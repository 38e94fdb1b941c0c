import { expect } from '@open-wc/testing';
import { createStore, get } from 'idb-keyval';
import { uuid } from '../../../src/core/id.js';
import { readPreference, writePreference } from '../../../src/core/preferences/preferences.js';

describe('preferences', () => {
  it('keeps one record per kind, learner and item, in IndexedDB', async () => {
    // Test files running at the same time share the store: these items are this test's own.
    const [one, two] = [uuid(), uuid()];
    await writePreference(['rating', 'priya', one], { relevance: 4 });
    await writePreference(['rating', 'tomas', one], { relevance: 2 });
    await writePreference(['dismissed', 'priya', one], true);
    expect(await readPreference(['rating', 'priya', one])).to.deep.equal({ relevance: 4 });
    expect(await readPreference(['rating', 'tomas', one])).to.deep.equal({ relevance: 2 });
    expect(await readPreference(['dismissed', 'priya', one])).to.equal(true);
    expect(await readPreference(['rating', 'priya', two])).to.equal(undefined);

    await writePreference(['rating', 'priya', one], { relevance: 1 });
    expect(await readPreference(['rating', 'priya', one]), 'a later write replaces the record').to.deep.equal({ relevance: 1 });

    // Stored in IndexedDB, so the next page reads it.
    const database = createStore('purpose-kit-preferences', 'preferences');
    expect(await get(['rating', 'priya', one], database)).to.deep.equal({ relevance: 1 });
  });

  it('reads asked for together share one IndexedDB transaction, in order with writes', async () => {
    const items = Array.from({ length: 50 }, () => uuid());
    await Promise.all(items.map((item, i) => writePreference(['why-dismissed', 'priya', item], i % 2 === 0)));
    const transaction = IDBDatabase.prototype.transaction;
    let transactions = 0;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      transactions++;
      return transaction.apply(this, args);
    };
    try {
      const values = await Promise.all(items.map((item) => readPreference(['why-dismissed', 'priya', item])));
      expect(values).to.deep.equal(items.map((_, i) => i % 2 === 0));
      expect(transactions, 'one transaction for fifty reads').to.equal(1);
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }

    // Asked for in one go: a read before a write sees the old value, a read after it the new one.
    const [item] = items;
    const before = readPreference(['why-dismissed', 'priya', item!]);
    const written = writePreference(['why-dismissed', 'priya', item!], 'changed');
    const after = readPreference(['why-dismissed', 'priya', item!]);
    expect(await Promise.all([before, written, after])).to.deep.equal([true, undefined, 'changed']);
  });
});

