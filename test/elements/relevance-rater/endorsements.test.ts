/**
 * The manifest's endorsements of the course are a chunk of their own: only a course that has some
 * loads it, and when it cannot be loaded the rater says so where they go and keeps working.
 */
import { expect } from '@open-wc/testing';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { endorsementList, followUpSteps } from '../../../src/elements/relevance-rater/parts.js';
import { breakChunk } from '../../support/broken-chunk.js';
import { endorsements, html, manifest, part, quietly, radios, rater, until } from './support.js';

describe('pk-relevance-rater: the endorsements chunk', function () {
  this.timeout(30_000);

  it('is not loaded for a course without endorsements', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="orphan-ish"></pk-relevance-rater>`);
    await until(() => followUpSteps.value, 'the follow-up chunk, loaded after the first render');
    await el.updateComplete;
    expect(part(el, 'endorsements')).to.equal(null);
    expect(part(el, 'part-failed')).to.equal(null);
    expect(endorsementList.value, 'never asked for').to.equal(undefined);
  });

  it('says where the endorsements go when it cannot be loaded, and shows them once "Try again" loaded it', async () => {
    const chunk = breakChunk(endorsementList);
    const errors: PkErrorEvent[] = [];
    const collect = (event: PkErrorEvent) => errors.push(event);
    try {
      await quietly(async () => {
        const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101" @pk-error=${collect}></pk-relevance-rater>`);
        const failure = await until(() => part(el, 'part-failed'), 'the failure on screen');
        expect(failure.previousElementSibling, 'where the endorsements go, under the heading').to.equal(part(el, 'heading'));
        expect(failure.getAttribute('role')).to.equal('alert');
        expect(failure.textContent).to.contain('This part could not be loaded.');
        expect(errors.map(({ detail }) => [detail.code, detail.message])).to.deep.equal([
          ['element-load', 'could not load the endorsements of <pk-relevance-rater>: TypeError: Failed to fetch dynamically imported module'],
        ]);
        expect(radios(el, 'relevance'), 'the rest of the rater is there').to.have.length(5);
        await expect(el).to.be.accessible();

        chunk.mend();
        part(el, 'retry')!.click();
        await endorsements(el);
        await el.updateComplete;
        expect(part(el, 'part-failed')).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('[part~="endorsements"] summary')).to.have.length(2);
      });
    } finally {
      chunk.mend();
    }
  });
});
