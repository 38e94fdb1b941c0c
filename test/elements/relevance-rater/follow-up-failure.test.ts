/**
 * The follow-up chunk (device memory, sending, delivery words, the expert step) cannot be loaded:
 * the rater says so where its later steps go, keeps the learner's rating, and tries again on request.
 */
import { expect } from '@open-wc/testing';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { followUpSteps } from '../../../src/elements/relevance-rater/parts.js';
import { breakChunk } from '../../support/broken-chunk.js';
import { checked, html, manifest, part, quietly, rate, rater, statusOf, uniqueLearner, until, untilStatus } from './support.js';

describe('pk-relevance-rater whose follow-up chunk cannot be loaded', function () {
  this.timeout(30_000);

  it('says so at the end of the rater, keeps the rating chosen, and sends it once "Try again" loaded the chunk', async () => {
    const chunk = breakChunk(followUpSteps);
    const errors: PkErrorEvent[] = [];
    const collect = (event: PkErrorEvent) => errors.push(event);
    try {
      await quietly(async () => {
        // The rater asks for the chunk as soon as it knows the course, to recall the learner's last rating.
        const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101" learner=${uniqueLearner('offline')} @pk-error=${collect}></pk-relevance-rater>`);
        const failure = await until(() => part(el, 'part-failed'), 'the failure on screen');
        expect(failure.parentElement, 'at the end of the rater, where its later steps go').to.equal(part(el, 'rater'));
        expect(failure.getAttribute('role')).to.equal('alert');
        expect(failure.textContent).to.contain('This part could not be loaded.');
        expect(errors.map(({ detail }) => [detail.code, detail.message])).to.deep.equal([
          ['element-load', 'could not load the follow-up steps of <pk-relevance-rater>: TypeError: Failed to fetch dynamically imported module'],
        ]);
        await expect(el).to.be.accessible();

        await rate(el, 4, 5);
        part(el, 'submit')!.click();
        await until(() => errors.length === 2, 'the second attempt reported');
        await el.updateComplete;
        expect(part(el, 'part-failed'), 'still said').to.exist;
        expect(statusOf(el)).to.equal('');
        expect(part<HTMLButtonElement>(el, 'submit')!.disabled, 'the learner can send again').to.equal(false);
        expect([checked(el, 'relevance'), checked(el, 'clarity')], 'the rating is kept').to.deep.equal([4, 5]);

        chunk.mend();
        part(el, 'retry')!.click();
        await until(() => !part(el, 'part-failed'), 'the chunk loaded');
        part(el, 'submit')!.click();
        await untilStatus(el, 'Saved on this device.');
        await until(() => part(el, 'previous'), 'the remembered rating');
      });
    } finally {
      chunk.mend();
    }
  });
});
