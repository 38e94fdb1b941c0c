/**
 * A host page whose global stylesheet sets `*` rules with `!important` (a CMS theme at war with
 * everything): every element stays readable and laid out. Its shadow content computes exactly the
 * styles it computes on a clean page, for every property such a theme can reach through
 * inheritance; and the elements leak no CSS out into the page.
 */
import { expect } from '@open-wc/testing';
import { fixtureUrl } from '../fixtures/hostile/generate.js';
import { deepElements } from '../support/deep-dom.js';
import { loadLibrary } from '../support/defined-elements.js';
import { showElement } from '../support/show-element.js';

const tags = await loadLibrary();
const ENDPOINT = `/__endpoint/host-styles-${crypto.randomUUID()}`;

/**
 * Every inherited property a theme commonly forces, set on `*`. Font size spares `html`: the
 * elements are sized in rem, and a page that resizes its root resizes them with it, by design.
 */
const HOSTILE_CSS = `
  * {
    color: rgb(255, 0, 255) !important;
    -webkit-text-fill-color: rgb(255, 0, 255) !important;
    background: rgb(0, 255, 0) !important;
    font-family: fantasy !important;
    font-weight: 900 !important;
    font-style: italic !important;
    font-variant: small-caps !important;
    line-height: 0 !important;
    letter-spacing: 12px !important;
    word-spacing: 30px !important;
    text-transform: uppercase !important;
    text-align: right !important;
    text-indent: -200px !important;
    text-shadow: 0 0 4px rgb(255, 0, 255) !important;
    white-space: pre !important;
    word-break: break-all !important;
    font-feature-settings: 'smcp' !important;
    -webkit-text-stroke: 2px rgb(255, 0, 255) !important;
    direction: rtl !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    box-sizing: content-box !important;
    display: inline !important;
  }
  *:not(html) {
    font-size: 4px !important;
  }
`;

/** What inheritance can carry from the page into a shadow root. */
const INHERITED = [
  'color',
  '-webkit-text-fill-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'word-break',
  'font-feature-settings',
  '-webkit-text-stroke-width',
  'direction',
];

/** The inherited styles of every node inside the element, in tree order. */
function insideStyles(element: HTMLElement): { node: string; style: Record<string, string> }[] {
  return deepElements(element).map((node) => {
    const computed = getComputedStyle(node);
    const part = node.getAttribute('part');
    return {
      node: `<${node.localName}${part ? ` part="${part}"` : ''}>`,
      style: Object.fromEntries(INHERITED.map((name) => [name, computed.getPropertyValue(name)])),
    };
  });
}

/** Each property the page changed on a node inside: `<p part="x"> color: rgb(…) → rgb(…)`. */
function differences(clean: ReturnType<typeof insideStyles>, hostile: ReturnType<typeof insideStyles>): string[] {
  return hostile.flatMap(({ node, style }, i) =>
    INHERITED.filter((name) => style[name] !== clean[i]!.style[name]).map(
      (name) => `${node} ${name}: ${clean[i]!.style[name]} → ${style[name]}`,
    ),
  );
}

describe('A host page with hostile global CSS', () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HOSTILE_CSS);

  afterEach(() => {
    document.adoptedStyleSheets = [];
  });

  for (const tag of tags) {
    it(`<${tag}> computes the same styles inside as on a clean page, and keeps its size`, async () => {
      const shown = await showElement(tag, {
        manifest: { kind: 'url', url: fixtureUrl('base.json') },
        learner: `learner-${crypto.randomUUID()}`,
        endpoint: ENDPOINT,
      });
      try {
        const clean = insideStyles(shown.element);
        document.adoptedStyleSheets = [sheet];
        expect(getComputedStyle(shown.element).color, 'the theme reaches the host').to.equal('rgb(255, 0, 255)');
        const hostile = insideStyles(shown.element);
        expect(clean.length, 'nodes inside').to.be.greaterThan(1);
        expect(hostile.length, 'nodes inside').to.equal(clean.length);
        expect(differences(clean, hostile), 'styles the page changed inside the element').to.deep.equal([]);

        const base = shown.element.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
        expect(base.width, 'width').to.be.greaterThan(100);
        expect(base.height, 'height').to.be.greaterThan(16);
      } finally {
        shown.remove();
      }
    });
  }

  it('the elements leak no CSS out: the page around them computes the same styles with them as without', async () => {
    const page = document.createElement('section');
    page.innerHTML = '<h2>Course catalogue</h2><p>Text of the page, <a href="#top">a link</a>.</p><button>A button</button><ul><li>An item</li></ul>';
    document.body.append(page);
    const pageStyles = () =>
      [...page.querySelectorAll('*')].map((node) => {
        const style = getComputedStyle(node);
        return `${node.localName}: ${['color', 'font', 'margin', 'padding', 'display', 'box-sizing', 'outline'].map((name) => style.getPropertyValue(name)).join('; ')}`;
      });
    try {
      const before = pageStyles();
      const shown = await Promise.all(
        tags.map((tag) =>
          showElement(tag, {
            manifest: { kind: 'url', url: fixtureUrl('base.json') },
            learner: `learner-${crypto.randomUUID()}`,
            endpoint: ENDPOINT,
          }),
        ),
      );
      try {
        expect(pageStyles()).to.deep.equal(before);
      } finally {
        for (const element of shown) element.remove();
      }
    } finally {
      page.remove();
    }
  });
});
