import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { sendKeys } from '@web/test-runner-commands';
import { LazyModule, LazyPart, type LazyPartOptions } from '../../../src/core/base/lazy-part.js';
import type { PkError } from '../../../src/core/errors.js';
import { translate, type MessageKey } from '../../../src/core/i18n/i18n.js';
import { until } from '../../support/wait.js';

/** A real module, imported the way an element imports its lazy parts. */
const REAL = new URL('../../support/wait.ts', import.meta.url).href;
/** A chunk the server does not have: the import fails as it does offline or after a redeploy. */
const MISSING = new URL('./no-such-chunk.js', import.meta.url).href;

type WaitModule = typeof import('../../support/wait.js');

/** A module whose import fails while `missing` is true, counting the imports. */
function lazyModule(name: string, missing = false) {
  const state = { missing, calls: 0 };
  const module = new LazyModule(name, () => {
    state.calls++;
    return import(/* @vite-ignore */ state.missing ? `${MISSING}?${state.calls}` : REAL) as Promise<WaitModule>;
  });
  return { state, module };
}

/** Defines a host element whose template shows the part while `shown` is true. */
function hostTag(module: LazyModule<WaitModule>, when?: LazyPartOptions['when']): string {
  const tag = `lazy-host-${crypto.randomUUID()}`;
  class LazyHost extends LitElement {
    @property({ type: Boolean }) shown = true;
    readonly errors: PkError[] = [];
    readonly chunk: LazyPart<WaitModule> = new LazyPart(this, module, {
      report: (error) => this.errors.push(error),
      t: (key: MessageKey) => translate('en', key),
      when,
    });

    protected override render() {
      return this.shown
        ? html`<button class="first-control">A control</button>
            ${this.chunk.render((loaded) => html`<p class="loaded">${typeof loaded.until}</p>`, html`<p class="pending">…</p>`)}`
        : html`<p>without the part</p>`;
    }
  }
  customElements.define(tag, LazyHost);
  return tag;
}

type Host = HTMLElement & { shown: boolean; errors: PkError[]; chunk: LazyPart<WaitModule>; updateComplete: Promise<boolean> };

async function mount(tag: string, shown = true): Promise<Host> {
  const element = document.createElement(tag) as Host;
  element.shown = shown;
  (await fixture(html`<div></div>`)).append(element);
  await element.updateComplete;
  return element;
}

const find = (element: Host, selector: string) => element.shadowRoot!.querySelector(selector);

describe('LazyPart (parts of an element loaded after its first render)', () => {
  it('draws a stand-in first, then the part once it has loaded', async () => {
    const { module } = lazyModule('test part');
    const element = await mount(hostTag(module));
    expect(find(element, '.pending'), 'the first render does not wait').to.exist;
    await until(() => find(element, '.loaded'), 'drawn once loaded');
    expect(find(element, '.loaded')!.textContent).to.equal('function');
    expect(element.errors).to.deep.equal([]);
  });

  it('imports a module once, however many elements use it', async () => {
    const { state, module } = lazyModule('shared part');
    const tag = hostTag(module);
    const elements = await Promise.all([mount(tag), mount(tag), mount(tag)]);
    await until(() => elements.every((element) => find(element, '.loaded')), 'every element drawn');
    expect(state.calls).to.equal(1);
  });

  it('a part the element does not draw yet loads in an idle moment, ready for the interaction', async () => {
    const { state, module } = lazyModule('search');
    const element = await mount(hostTag(module), false);
    await until(() => module.value !== undefined, 'loaded while idle');
    expect(state.calls).to.equal(1);
    element.shown = true;
    await element.updateComplete;
    expect(find(element, '.loaded'), 'drawn at once when shown').to.exist;
  });

  it("with when: 'shown', only an element that draws the part loads it", async () => {
    const { state, module } = lazyModule('impact badge');
    const tag = hostTag(module, 'shown');
    await mount(tag, false);
    await new Promise((resolve) => requestIdleCallback(resolve));
    await nextFrame();
    expect(state.calls, 'not loaded for an element that does not show it').to.equal(0);
    const showing = await mount(tag, true);
    await until(() => find(showing, '.loaded'), 'loaded when shown');
    expect(state.calls).to.equal(1);
  });

  it('says so on screen and reports a chunk that cannot be loaded, and its button tries again', async () => {
    const { state, module } = lazyModule('endorsement step', true);
    const element = await mount(hostTag(module, 'shown'));
    await until(() => find(element, '[role="alert"]'), 'the failure on screen');
    expect(element.errors).to.have.length(1);
    expect(element.errors[0]!.code).to.equal('element-load');
    expect(element.errors[0]!.message).to.contain(`could not load the endorsement step of <${element.localName}>`);
    const alert = find(element, '[role="alert"]')!;
    expect(alert.textContent).to.contain('This part could not be loaded.');
    await expect(element).to.be.accessible();
    await nextFrame();
    expect(state.calls, 'no retry of its own: it waits to be asked').to.equal(1);

    state.missing = false;
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.equal('Try again');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => find(element, '.loaded'), 'loaded on the second attempt');
    expect(state.calls).to.equal(2);
    expect(find(element, '[role="alert"]')).to.equal(null);
    expect(element.shadowRoot!.activeElement, 'focus stays in the element, on its first control').to.equal(find(element, '.first-control'));
    expect(element.errors, 'nothing more reported').to.have.length(1);
  });

  it('load() is what an interaction calls: it resolves to the part, or to undefined once reported', async () => {
    const { state, module } = lazyModule('export', true);
    const element = await mount(hostTag(module, 'shown'), false);
    expect(await element.chunk.load()).to.equal(undefined);
    expect(element.errors, 'one report per failed attempt').to.have.length(1);
    state.missing = false;
    const loaded = await element.chunk.load();
    expect(loaded?.until).to.be.a('function');
    expect(element.chunk.value).to.equal(loaded);
    expect(element.chunk.error).to.equal(undefined);
  });
});
