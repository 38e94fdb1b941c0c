/**
 * The shipped sample brand (src/themes/brand-sample.css, loaded with a `<link>` as its header
 * says) visibly changes every element: a themed part inside each shadow root computes the brand's
 * colour, in the light and the dark scheme. The expected colour is the stylesheet's own token,
 * resolved by the browser. Unrelated page CSS that follows cannot change it.
 */
import { expect } from '@open-wc/testing';
import { loadLibrary } from '../support/defined-elements.js';
import { until } from '../support/wait.js';
import { settled } from '../support/show-element.js';

const tags = await loadLibrary();

const BRAND_CSS = '/src/themes/brand-sample.css';
const MANIFEST = '/demo/manifest.json';

/** A part of an element that shows a brand colour, and where that colour comes from. */
interface Themed {
  /** The element's attributes, as the demo sets them. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** The part inside the shadow root. */
  readonly part: string;
  readonly property: string;
  /** The `--pk-*` token of the brand stylesheet that sets it. */
  readonly token: string;
}

const COURSE = { course: 'data-privacy-essentials' };

const THEMED: Readonly<Record<string, Themed>> = {
  'pk-pillar-navigator': { part: '[part~="tab"][part~="selected"]', property: 'border-inline-start-color', token: '--pk-color-accent' },
  'pk-impact-badge': { attributes: COURSE, part: '[part~="badge"]', property: 'background-color', token: '--pk-color-hero-soft' },
  'pk-why-banner': { attributes: COURSE, part: '[part~="banner"]', property: 'border-inline-start-color', token: '--pk-color-accent' },
  'pk-relevance-rater': { attributes: COURSE, part: '[part~="submit"]', property: 'background-color', token: '--pk-color-accent' },
  'pk-dividend-chart': { part: '[part~="headline"]', property: 'background-color', token: '--pk-color-surface-raised' },
  'pk-team-digest': { attributes: { learner: 'jonas.weber' }, part: '[part~="member"]', property: 'background-color', token: '--pk-color-surface' },
  'pk-content-audit': { part: '[part~="export"]', property: 'background-color', token: '--pk-color-accent' },
  'pk-relevance-report': { part: '[part~="column-header"]', property: 'color', token: '--pk-color-text-muted' },
  'pk-manifest-studio': { part: '[part~="save"]', property: 'background-color', token: '--pk-color-accent' },
};

/** A host page's own global CSS, unrelated to Purpose Kit and heavy-handed. */
const PAGE_CSS = `
  * { color: red !important; font: 40px serif !important; background: lime !important; border-color: lime !important; }
  button { background: lime !important; color: blue !important; }
`;

type Scheme = 'light' | 'dark';

/** Loads the brand stylesheet into the page with a `<link>`, as an app does. */
async function linkBrand(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = BRAND_CSS;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`${BRAND_CSS} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** The colour a token of the brand stylesheet gives in `scheme`, as the browser computes it. */
function brandColour(link: HTMLLinkElement, token: string, scheme: Scheme): string {
  const root = [...link.sheet!.cssRules].find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === ':root');
  const value = root?.style.getPropertyValue(token).trim();
  expect(value, `${token} in ${BRAND_CSS}`).to.be.a('string').and.not.be.empty;
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.colorScheme = scheme;
  probe.style.setProperty('color', value!);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

async function render(tag: string, themed: Themed, scheme: Scheme): Promise<HTMLElement> {
  const element = document.createElement(tag);
  element.setAttribute('manifest', MANIFEST);
  element.setAttribute('theme', scheme);
  for (const [name, value] of Object.entries(themed.attributes ?? {})) element.setAttribute(name, value);
  document.body.append(element);
  await settled(element);
  // An element whose content is a chunk of its own (the studio) draws the part once the chunk is here.
  await until(() => element.shadowRoot!.querySelector(themed.part), `${themed.part} inside <${tag}>`);
  return element;
}

describe('The sample brand theme', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => cleanup.splice(0).forEach((undo) => undo()));

  it('has a themed part for every element the library defines', () => {
    expect(Object.keys(THEMED).sort()).to.deep.equal([...tags].sort());
  });

  for (const [tag, themed] of Object.entries(THEMED)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`changes the ${themed.property} of <${tag}> ${themed.part} to its ${themed.token} (${scheme})`, async () => {
        const element = await render(tag, themed, scheme);
        cleanup.push(() => element.remove());
        const node = element.shadowRoot!.querySelector(themed.part);
        expect(node, `${themed.part} inside <${tag}>`).to.exist;
        const computed = () => getComputedStyle(node!).getPropertyValue(themed.property);
        const unthemed = computed();

        const link = await linkBrand();
        cleanup.push(() => link.remove());
        const brand = brandColour(link, themed.token, scheme);
        expect(brand, 'the brand differs from the default').not.to.equal(unthemed);
        expect(computed()).to.equal(brand);

        const page = document.head.appendChild(document.createElement('style'));
        cleanup.push(() => page.remove());
        page.textContent = PAGE_CSS;
        expect(getComputedStyle(element).color, 'the page CSS is in force').to.equal('rgb(255, 0, 0)');
        expect(computed(), 'after unrelated page CSS').to.equal(brand);
      });
    }
  }
});
