import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { LazyModule, LazyPart, lazyPartStyles } from '../../../src/core/base/lazy-part.js';
import type { PkError } from '../../../src/core/errors.js';
import { translate, type MessageKey } from '../../../src/core/i18n/i18n.js';

/** A real module, imported the way an element imports its lazy parts. */
const REAL = new URL('../../support/wait.ts', import.meta.url).href;
/** A chunk the server does not have: the import fails as it does offline or after a redeploy. */
const MISSING = new URL('./no-such-chunk.js', import.meta.url).href;

type WaitModule = typeof import('../../support/wait.js');

/** An importer that fails while `missing` is true, counting its calls. */
function importer() {
  const state = { missing: true, calls: 0 };
  const load = () => {
    state.calls++;
    return import(/* @vite-ignore */ state.missing ? `${MISSING}?${state.calls}` : REAL) as Promise<WaitModule>;
  };
  return { state, load };
}

let modules: LazyModule<WaitModule>;

class LazyHost extends LitElement {
  static override styles = lazyPartStyles;
  readonly errors: PkError[] = [];
  readonly chunk: LazyPart<WaitModule> = new LazyPart(this, modules, {
    report: (error) => this.errors.push(error),
    t: (key: MessageKey) => translate('en', key),
  });

  protected override render() {
    return this.chunk.render((module) => html`<p class="loaded">${typeof module.until}</p>`, html`<p class="pending">…</p>`);
  }
}
let defined = 0;
function hostTag(): string {
  const tag = `lazy-host-${++defined}`;
  customElements.define(tag, class extends LazyHost {});
  return tag;
}

async function mount(tag: string): Promise<LazyHost> {
  const element = document.createElement(tag) as LazyHost;
  await fixture(html`<div></div>`).then((root) => root.append(element));
  await element.updateComplete;
  return element;
}

describe('LazyPart (parts of an element loaded after its first render)', () => {
  it('draws without the part first, then loads it in an idle moment and draws it', async () => {
    const { state, load } = importer();
    state.missing = false;
    modules = new LazyModule('test part', load);
    const element = await mount(hostTag());
    expect(element.shadowRoot!.querySelector('.pending'), 'the first render does not wait').to.exist;
    await waitUntil(() => element.shadowRoot!.querySelector('.loaded'), 'drawn once loaded');
    expect(element.shadowRoot!.querySelector('.loaded')!.textContent).to.equal('function');
    expect(element.errors).to.deep.equal([]);
  });

  it('imports a module once, however many elements use it', async () => {
    const { state, load } = importer();
    state.missing = false;
    modules = new LazyModule('shared part', load);
    const tag = hostTag();
    const elements = await Promise.all([mount(tag), mount(tag), mount(tag)]);
    await waitUntil(() => elements.every((element) => element.shadowRoot!.querySelector('.loaded')), 'every element drawn');
    expect(state.calls).to.equal(1);
  });

  it('says so on screen and reports a chunk that cannot be loaded, and its button tries again', async () => {
    const { state, load } = importer();
    modules = new LazyModule('search', load);
    const element = await mount(hostTag());
    await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'), 'the failure on screen');
    expect(element.errors).to.have.length(1);
    expect(element.errors[0]!.code).to.equal('element-load');
    expect(element.errors[0]!.message).to.contain(`could not load the search of <${element.localName}>`);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('This part could not be loaded.');
    await expect(element).to.be.accessible();
    await nextFrame();
    expect(state.calls, 'no retry of its own: it waits to be asked').to.equal(1);

    state.missing = false;
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.equal('Try again');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot!.querySelector('.loaded'), 'loaded on the second attempt');
    expect(state.calls).to.equal(2);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(element.errors, 'nothing more reported').to.have.length(1);
  });

  it('load() is what an interaction calls: it resolves to the part, or to undefined once reported', async () => {
    const { state, load } = importer();
    modules = new LazyModule('endorsement step', load);
    const element = await mount(hostTag());
    // The idle attempt and this one are the same import while it is in flight.
    expect(await element.chunk.load()).to.equal(undefined);
    expect(element.errors, 'one report per failed attempt').to.have.length(1);
    state.missing = false;
    const module = await element.chunk.load();
    expect(module?.until).to.be.a('function');
    expect(element.chunk.value).to.equal(module);
    expect(element.chunk.error).to.equal(undefined);
  });
});
