import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import { draftKey } from '../../../src/core/studio/draft-store.js';
import { studioManifest } from './manifest.js';
import { button, click, field, focused, issuesOf, root, rowFlags, rowTitles, studio, text, type } from './support.js';

describe('pk-manifest-studio', () => {
  beforeEach(() => localStorage.removeItem(draftKey('property')));
  afterEach(() => {
    clearManifestCache();
    localStorage.removeItem(draftKey('property'));
  });

  it('opens on the audit list, most used first, with the flags', async () => {
    const el = await studio(studioManifest());
    expect(rowTitles(el)).to.deep.equal(['Data Privacy Essentials', 'Excel for Analysts', 'Grid 101', 'Earning client trust']);
    expect(rowFlags(el, 'Data Privacy Essentials')).to.deep.equal(['No why framing', 'No impact tag']);
    expect(rowFlags(el, 'Grid 101')).to.deep.equal([]);
    expect(text(root(el).querySelector('[part~="status"]'))).to.contain('The draft is valid.');
    expect(button(el, 'Download JSON')).to.exist;
    await expect(el).to.be.accessible();
  });
});
