/**
 * The keyboard and filtering chunk cannot be loaded (offline, or after a redeploy): the navigator
 * says so, reports it once per attempt, keeps working with the pointer, and "Try again" loads it.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { interactiveModule } from '../../../src/elements/pillar-navigator/interactive-loader.js';
import { breakChunk } from '../../support/broken-chunk.js';
import { quietly, until } from '../../support/wait.js';
import { all, idle, manifest, navigator, one, selectedTab, text } from './helpers.js';

describe('pk-pillar-navigator whose keyboard and filtering chunk cannot be loaded', () => {
  it('says so, reports it, keeps the pointer working, and loads it with "Try again"', async () => {
    expect(interactiveModule.value, 'not loaded yet').to.equal(undefined);
    const chunk = breakChunk(interactiveModule);
    const errors: PkErrorEvent[] = [];
    const collect = (event: PkErrorEvent) => errors.push(event);
    try {
      await quietly(async () => {
        const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy" @pk-error=${collect}></pk-pillar-navigator>`);
        one(el, '[role="tab"][aria-selected="true"]').focus();
        const failure = await until(() => el.shadowRoot!.querySelector('[part~="part-failed"]'), 'the failure on screen');
        expect(failure.getAttribute('role')).to.equal('alert');
        expect(text(failure)).to.contain('This part could not be loaded.');
        expect(errors.map(({ detail }) => [detail.code, detail.message])).to.deep.equal([
          ['element-load', 'could not load the keyboard and filters of <pk-pillar-navigator>: TypeError: Failed to fetch dynamically imported module'],
        ]);
        await expect(el).to.be.accessible();

        // Keys do nothing until it is here; nothing is tried again behind the learner's back.
        await sendKeys({ press: 'ArrowDown' });
        await idle(el);
        expect(selectedTab(el)).to.equal('Sustainable Energy Leadership');
        el.query = 'battery';
        await idle(el);
        expect(el.shadowRoot!.querySelector('[role="tree"]'), 'no unfiltered pathways').to.equal(null);
        expect(el.matches(':state(loading)'), 'not said to be loading').to.equal(false);
        expect(el.shadowRoot!.querySelector('[part~="state"]'), 'no loading box').to.equal(null);
        expect(errors).to.have.length(1);

        // The pointer still works.
        all(el, '[role="tab"]')[2]!.click();
        await idle(el);
        expect(selectedTab(el)).to.equal('Zero Harm');

        chunk.mend();
        one(el, '[part~="retry"]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="no-match"]'), 'the filter applied');
        expect(el.shadowRoot!.querySelector('[part~="part-failed"]')).to.equal(null);
        expect(el.shadowRoot!.activeElement, 'focus in the search field').to.equal(one(el, '[part~="search"]'));
        await waitUntil(() => text(one(el, '[role="status"]')) === '2 pathways match your filters.', 'the result count announced');
        one(el, '[role="tab"][aria-selected="true"]').focus();
        await sendKeys({ press: 'ArrowDown' });
        await idle(el);
        expect(selectedTab(el), 'keys work').to.equal('Growing Our People');
        expect(errors).to.have.length(1);
      });
    } finally {
      chunk.mend();
    }
  });
});
