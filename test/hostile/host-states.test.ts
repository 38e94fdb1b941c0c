/**
 * Every element names the face it shows as a whole on its host, as a custom state
 * (`ElementInternals.states`): `loading` while it waits, then `ready`, `error` or `empty` — one at a
 * time — and a page's stylesheet can style it (`pk-x:state(error)`, `pk-x:state(error)::part(state)`).
 */
import { expect } from '@open-wc/testing';
import type { HostState } from '../../src/core/base/pk-element.js';
import { base } from '../fixtures/hostile/generate.js';
import { loadLibrary } from '../support/defined-elements.js';
import { createElement } from '../support/element-setup.js';
import { stateBox } from '../support/host-state.js';
import { settled } from '../support/show-element.js';

const tags = await loadLibrary();
const STATES: readonly HostState[] = ['loading', 'ready', 'error', 'empty'];

/** The host states the element is in. */
const statesOf = (element: Element): HostState[] => STATES.filter((state) => element.matches(`:state(${state})`));

type Pk = HTMLElement & { manifest?: unknown; updateComplete: Promise<unknown> };

/** A `tag` element on the page whose manifest arrives when the test says so. */
function withManifestLater(tag: string): { element: Pk; give: (manifest: unknown) => void; refuse: (reason: unknown) => void } {
  let give!: (manifest: unknown) => void;
  let refuse!: (reason: unknown) => void;
  const element = createElement(tag) as Pk;
  element.manifest = new Promise((resolve, reject) => ((give = resolve), (refuse = reject)));
  document.body.append(element);
  return { element, give, refuse };
}

/** A stylesheet on the page for the length of `check`. */
async function withPageStyles(css: string, check: () => Promise<void> | void): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  try {
    await check();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  }
}

describe('Host custom states', () => {
  const quiet = console.error;
  beforeEach(() => (console.error = () => {}));
  afterEach(() => (console.error = quiet));

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('is loading while its manifest is on its way, then ready (or empty), one state at a time', async () => {
        const { element, give } = withManifestLater(tag);
        try {
          await element.updateComplete;
          expect(statesOf(element), 'waiting for the manifest').to.deep.equal(['loading']);
          expect(stateBox(element, 'loading')?.getAttribute('role')).to.equal('status');
          give(await base());
          await settled(element);
          const [shown, ...others] = statesOf(element);
          expect(others, 'one state at a time').to.deep.equal([]);
          expect(shown === 'ready' || shown === 'empty', `ready or empty, not ${shown}`).to.equal(true);
          expect(stateBox(element, 'loading'), 'no loading box left').to.equal(null);
        } finally {
          element.remove();
        }
      });

      it('is in its error state when the manifest cannot be had, and a page stylesheet styles it there', async () => {
        const { element, refuse } = withManifestLater(tag);
        try {
          refuse(new Error('offline'));
          await settled(element);
          expect(statesOf(element)).to.deep.equal(['error']);
          expect(stateBox(element, 'error'), 'the error box').to.exist;
          await withPageStyles(
            `${tag}:state(error) { outline: 3px solid rgb(1, 2, 3); }
             ${tag}:state(error)::part(state) { color: rgb(4, 5, 6); }
             ${tag}:state(loading) { outline-color: rgb(7, 8, 9); }`,
            () => {
              expect(getComputedStyle(element).outlineColor, 'pk-x:state(error)').to.equal('rgb(1, 2, 3)');
              expect(getComputedStyle(stateBox(element, 'error')!).color, 'pk-x:state(error)::part(state)').to.equal('rgb(4, 5, 6)');
            },
          );
          expect(getComputedStyle(element).outlineColor, 'only while the sheet is there').not.to.equal('rgb(1, 2, 3)');
        } finally {
          element.remove();
        }
      });

      it('leaves its error state for ready when a good manifest comes', async () => {
        const { element, refuse } = withManifestLater(tag);
        try {
          refuse(new Error('offline'));
          await settled(element);
          expect(statesOf(element)).to.deep.equal(['error']);
          element.manifest = await base();
          await settled(element);
          expect(statesOf(element)).to.have.length(1);
          expect(statesOf(element)[0]).to.be.oneOf(['ready', 'empty']);
        } finally {
          element.remove();
        }
      });
    });
  }

  it('<pk-pillar-navigator> is empty for a manifest without pathways, styleable as such', async () => {
    const { element, give } = withManifestLater('pk-pillar-navigator');
    try {
      give({ version: 1, organization: { name: 'Helio Grid' }, pillars: [{ id: 'p', title: 'P', description: 'D' }], pathways: [], courses: [], impactTags: [] });
      await settled(element);
      expect(statesOf(element)).to.deep.equal(['empty']);
      await withPageStyles('pk-pillar-navigator:state(empty) { outline: 1px solid rgb(10, 20, 30); }', () => {
        expect(getComputedStyle(element).outlineColor).to.equal('rgb(10, 20, 30)');
      });
    } finally {
      element.remove();
    }
  });
});
