import { expect } from '@open-wc/testing';
import { createStore, get } from 'idb-keyval';
import { forgetPreferences, readPreference, writePreference } from '../../../src/core/preferences/preferences.js';

describe('preferences', () => {
  afterEach(() => forgetPreferences());

  it('keeps a record per kind, learner and item in IndexedDB', async () => {
    await writePreference(['rating', 'priya', 'course-1'], { relevance: 4 });
    await writePreference(['rating', 'tomas', 'course-1'], { relevance: 2 });
    await writePreference(['dismissed', 'priya', 'course-1'], true);
    expect(await readPreference(['rating', 'priya', 'course-1'])).to.deep.equal({ relevance: 4 });
    expect(await readPreference(['rating', 'tomas', 'course-1'])).to.deep.equal({ relevance: 2 });
    expect(await readPreference(['dismissed', 'priya', 'course-1'])).to.equal(true);
    expect(await readPreference(['rating', 'priya', 'course-2'])).to.equal(undefined);

    // Stored in IndexedDB, so the next page reads it.
    const database = createStore('purpose-kit-preferences', 'preferences');
    expect(await get(['rating', 'priya', 'course-1'], database)).to.deep.equal({ relevance: 4 });
  });

  it('forgets every record', async () => {
    await writePreference(['rating', 'priya', 'course-1'], { relevance: 4 });
    await forgetPreferences();
    expect(await readPreference(['rating', 'priya', 'course-1'])).to.equal(undefined);
  });
});
