import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { autoloader } from '../../../src/core/base/autoload.js';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { uuid } from '../../../src/core/id.js';

/** A loader that defines `tag` (a plain custom element) when called, and counts its calls. */
function definer(tag: string) {
  const loader = async () => {
    loader.calls++;
    customElements.define(tag, class extends HTMLElement {});
  };
  loader.calls = 0;
  return loader;
}

const uniqueTag = (name: string) => `pk-${name}-${uuid().slice(0, 8)}`;

describe('autoloader (the CDN module elements)', () => {
  it('defines the elements already in a root, and only those', async () => {
    const [used, unused] = [uniqueTag('used'), uniqueTag('unused')];
    const loaders = { [used]: definer(used), [unused]: definer(unused) };
    const root = await fixture(html`<div></div>`);
    root.append(document.createElement(used), document.createElement(used));
    await autoloader(loaders).discover(root);
    expect(customElements.get(used)).to.exist;
    expect(loaders[used]!.calls, 'one load for two tags').to.equal(1);
    expect(customElements.get(unused), 'a tag not on the page is not loaded').to.equal(undefined);
  });

  it('defines elements added later, however deep, and in a shadow root it was given', async () => {
    const [late, shadowed] = [uniqueTag('late'), uniqueTag('shadowed')];
    const root = await fixture(html`<div></div>`);
    const host = document.createElement('div');
    root.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const elements = autoloader({ [late]: definer(late), [shadowed]: definer(shadowed) });
    await elements.discover(root);
    await elements.discover(shadow);

    const wrapper = document.createElement('section');
    wrapper.innerHTML = `<article><${late}></${late}></article>`;
    root.append(wrapper);
    shadow.append(document.createElement(shadowed));
    await Promise.all([customElements.whenDefined(late), customElements.whenDefined(shadowed)]);
    expect(customElements.get(late)).to.exist;
    expect(customElements.get(shadowed)).to.exist;
  });

  it('preloads named elements, or every one', async () => {
    const [one, two] = [uniqueTag('one'), uniqueTag('two')];
    const elements = autoloader({ [one]: definer(one), [two]: definer(two) });
    await elements.preload(one);
    expect(customElements.get(one)).to.exist;
    expect(customElements.get(two)).to.equal(undefined);
    await elements.preload();
    expect(customElements.get(two)).to.exist;
  });

  it('stops watching once every element is defined', async () => {
    const [one, two] = [uniqueTag('one'), uniqueTag('two')];
    const root = await fixture(html`<div></div>`);
    const elements = autoloader({ [one]: definer(one), [two]: definer(two) });
    await elements.discover(root);
    await elements.preload();
    const querySelectorAll = Element.prototype.querySelectorAll;
    let queries = 0;
    Element.prototype.querySelectorAll = function (this: Element, selectors: string) {
      queries++;
      return querySelectorAll.call(this, selectors);
    } as typeof querySelectorAll;
    try {
      const section = document.createElement('section');
      section.innerHTML = '<article><p>Page content added later</p></article>';
      root.append(section);
      await new Promise((resolve) => setTimeout(resolve, 0)); // past any observer callback
      expect(queries, 'no search of what the page adds').to.equal(0);
    } finally {
      Element.prototype.querySelectorAll = querySelectorAll;
    }
  });

  it('reports an element whose code cannot load, on the console and as pk-error, and tries again later', async () => {
    const tag = uniqueTag('broken');
    let attempts = 0;
    const loader = async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      customElements.define(tag, class extends HTMLElement {});
    };
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = document.createElement(tag);
    root.append(element);
    const events: PkErrorEvent[] = [];
    root.addEventListener('pk-error', (event) => events.push(event));
    const errors: string[] = [];
    const consoleError = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      await autoloader({ [tag]: loader }).discover(root);
    } finally {
      console.error = consoleError;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain(`could not load <${tag}>`);
    expect(events).to.have.length(1);
    expect(events[0]!.detail.code).to.equal('element-load');
    expect(events[0]!.target).to.equal(element);
    await waitUntil(() => element.querySelector('[role="alert"]'), 'a sentence in the tag');
    expect(element.textContent, 'said on screen, in the page language').to.equal('This learning widget could not be loaded.');

    root.append(document.createElement(tag));
    await customElements.whenDefined(tag);
    expect(attempts, 'the next sighting loads it').to.equal(2);
    await nextFrame();
    expect(element.querySelector('[role="alert"]'), 'the sentence goes once the element loads').to.equal(null);
  });
});
