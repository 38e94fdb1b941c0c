import { expect } from '@open-wc/testing';
import { readPreference, writePreference } from '../../../src/core/preferences/preferences.js';

describe('preferences without IndexedDB', () => {
  it('keep working in memory for the page, with one warning', async () => {
    const open = indexedDB.open;
    const warn = console.warn;
    const warnings: string[] = [];
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    console.warn = (message: string) => warnings.push(message);
    try {
      await writePreference(['rating', 'priya', 'course-1'], { relevance: 5 });
      await writePreference(['rating', 'priya', 'course-2'], { relevance: 1 });
      expect(await readPreference(['rating', 'priya', 'course-1'])).to.deep.equal({ relevance: 5 });
      expect(await readPreference(['rating', 'priya', 'course-3'])).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('IndexedDB is unavailable');
    } finally {
      indexedDB.open = open;
      console.warn = warn;
    }
  });
});
