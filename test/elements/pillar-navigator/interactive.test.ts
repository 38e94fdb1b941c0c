/**
 * The keyboard model and filtering are a chunk of their own: the first render does without them,
 * an idle moment, focus or a filter loads them, and what the learner does before they are here is
 * applied when they arrive. One test, first and alone in its page: once loaded, the chunk stays.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { interactiveModule } from '../../../src/elements/pillar-navigator/interactive-loader.js';
import { all, IdleStub, manifest, navigator, one, selectedTab, text } from './helpers.js';

describe('pk-pillar-navigator: the keyboard and filtering chunk', () => {
  it('draws without it, asks for it when idle or focused, and applies keys and filters that came first once it is here', async () => {
    expect(interactiveModule.value, 'not loaded yet').to.equal(undefined);
    const load = interactiveModule.load;
    let asked = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    interactiveModule.load = () => {
      asked++;
      return released.then(() => load.call(interactiveModule));
    };
    const stub = new IdleStub();
    try {
      const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator>`);
      expect(all(el, '[part~="pathway"]')).to.have.length(4);
      expect(asked, 'nothing asked for it during the first render').to.equal(0);
      stub.runWaiting(Infinity);
      expect(asked, 'an idle moment asks for it').to.equal(1);

      const tab = one(el, '[role="tab"][aria-selected="true"]');
      tab.focus();
      expect(asked, 'focus asks for it').to.equal(2);
      const prevented: Record<string, boolean> = {};
      el.addEventListener('keydown', (event) => (prevented[event.key] = event.defaultPrevented));
      await sendKeys({ press: 'ArrowDown' });
      tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true }));
      expect(prevented, 'an arrow does not scroll the page meanwhile; Tab keeps its default').to.deep.equal({ ArrowDown: true, Tab: false });
      el.query = 'battery';
      await el.updateComplete;
      expect(selectedTab(el), 'the key waits for the chunk').to.equal('Sustainable Energy Leadership');
      expect(one(el, '[part~="panel"] [part~="state"]').getAttribute('role')).to.equal('status');
      expect(el.matches(':state(loading)'), 'the host says it is loading').to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="tree"]'), 'no unfiltered pathways meanwhile').to.equal(null);
      expect(all(el, '[role="tab"] .tab-meta').map(text)).to.deep.equal(['Imperative 1 1 pathway', 'Imperative 2 4 pathways', '1 pathway', '1 pathway']);
      await expect(el).to.be.accessible();

      release();
      await waitUntil(() => selectedTab(el) === 'Zero Harm', 'the key applied once the chunk is here');
      expect((el.shadowRoot!.activeElement as HTMLElement).textContent).to.contain('Zero Harm');
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="no-match"]'), 'the filter applied');
      expect(text(one(el, '[part~="no-match"] p'))).to.equal('No pathway in this pillar matches your filters; 2 match in other pillars.');
      expect(el.shadowRoot!.querySelector('[part~="state"]')).to.equal(null);
      expect(el.matches(':state(ready)')).to.equal(true);
      await waitUntil(() => text(one(el, '[role="status"]')) === '2 pathways match your filters.', 'the result count announced');
    } finally {
      interactiveModule.load = load;
      stub.restore();
    }
  });
});
