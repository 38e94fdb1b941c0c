/**
 * Every attribute an element observes, set to markup and script, or to a `javascript:` URL, all at
 * once (the manifest stays honest): no script runs, nothing throws into the page, no markup and no
 * unsafe link appears, and the element settles into its content or an error state (never stuck).
 */
import { expect } from '@open-wc/testing';
import { fixtureUrl } from '../fixtures/hostile/generate.js';
import { MARKER, MARKUP } from '../fixtures/hostile/payloads.js';
import { deepQueryAll, unsafeLinks } from '../support/deep-dom.js';
import { loadLibrary } from '../support/defined-elements.js';
import { PageWatch } from '../support/page-watch.js';
import { settled } from '../support/show-element.js';

const tags = await loadLibrary();
const VALUES = { 'markup and script': MARKUP, 'a javascript: URL': "javascript:pkCanary='attribute'" };

describe('Hostile attribute values, on every element', () => {
  const quiet = { error: console.error, warn: console.warn };
  let watch: PageWatch;

  beforeEach(() => {
    watch = new PageWatch();
    console.error = () => {};
    console.warn = () => {};
  });

  afterEach(() => {
    Object.assign(console, quiet);
    watch.stop();
  });

  for (const tag of tags) {
    for (const [what, value] of Object.entries(VALUES)) {
      it(`<${tag}> with ${what} in every attribute it observes`, async () => {
        const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
        const element = document.createElement(tag);
        for (const name of observed) element.setAttribute(name, value);
        element.setAttribute('manifest', fixtureUrl('base.json'));
        document.body.append(element);
        try {
          await settled(element);
          expect(observed.length, 'observed attributes').to.be.greaterThan(4);
          expect(deepQueryAll(element, `[${MARKER}]`).map((node) => node.outerHTML), 'markup').to.deep.equal([]);
          expect(unsafeLinks(element), 'links').to.deep.equal([]);
          expect(watch.problems()).to.deep.equal([]);
        } finally {
          element.remove();
        }
      });
    }
  }
});
