/**
 * A host page where another script defined `<pk-pillar-navigator>` and `<pk-config>` before the
 * library loaded: the library warns once per taken tag, throws nothing, leaves those tags to their
 * owner, and defines and runs everything else — configured through the other script's
 * `<pk-config>`, since configuration is read from its attributes.
 */
import { expect } from '@open-wc/testing';
import { fixtureUrl } from '../fixtures/hostile/generate.js';
import { loadLibrary } from '../support/defined-elements.js';
import { PageWatch } from '../support/page-watch.js';
import { showElement } from '../support/show-element.js';

class ForeignNavigator extends HTMLElement {}
class ForeignConfig extends HTMLElement {}
const TAKEN = { 'pk-pillar-navigator': ForeignNavigator, 'pk-config': ForeignConfig };
for (const [tag, foreign] of Object.entries(TAKEN)) customElements.define(tag, foreign);

const watch = new PageWatch();
const warnings: string[] = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
const loading = loadLibrary();
let tags: readonly string[] = [];
try {
  tags = await loading;
} finally {
  console.warn = warn;
}

describe('A host page that defined two of the tags first', () => {
  after(() => watch.stop());

  it('loading the library warns once for each taken tag, and throws nothing', () => {
    expect(warnings.filter((warning) => warning.startsWith('[purpose-kit]'))).to.have.length(2);
    for (const tag of Object.keys(TAKEN)) {
      expect(warnings.filter((warning) => warning.includes(`<${tag}> is already defined by another script`)), tag).to.have.length(1);
    }
    expect(watch.problems()).to.deep.equal([]);
  });

  it('leaves the taken tags to the script that defined them', () => {
    for (const [tag, foreign] of Object.entries(TAKEN)) expect(customElements.get(tag), tag).to.equal(foreign);
    expect(tags).not.to.include.members(Object.keys(TAKEN));
    expect(tags.length, 'elements the library defined').to.be.greaterThan(0);
  });

  it('defines the other elements, which read their configuration from the foreign <pk-config>', async () => {
    const config = document.createElement('pk-config');
    config.setAttribute('manifest', fixtureUrl('base.json'));
    config.setAttribute('learner', 'learner-under-foreign-config');
    document.body.append(config);
    try {
      for (const tag of tags) {
        const shown = await showElement(tag);
        try {
          expect(shown.errorState(), `<${tag}> error state`).to.equal(null);
        } finally {
          shown.remove();
        }
      }
    } finally {
      config.remove();
    }
    expect(watch.problems()).to.deep.equal([]);
  });
});
