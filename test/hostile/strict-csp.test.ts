/**
 * Every element on a page served with
 *   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'
 * (test/hostile/csp/page.html, given that header by test/support/strict-csp.mjs): it renders, every
 * control of it works, and the page sees zero `securitypolicyviolation` events — with an honest
 * manifest and with markup in every text field.
 *
 * The page runs in an iframe, so the policy covers the library and nothing of the test runner.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { markupEverywhere, base, fixtureUrl } from '../fixtures/hostile/generate.js';
import { deepQueryAll } from '../support/deep-dom.js';
import type { ManifestGiven } from '../support/element-setup.js';
import { setupOf } from '../support/element-setup.js';
import { frameWindow, openFrame } from '../support/frame.js';
import type { PageWatch } from '../support/page-watch.js';
import { showElement } from '../support/show-element.js';
import { useEveryControl } from '../support/use-controls.js';

const PAGE = '/test/hostile/csp/page.html';
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const frame = await openFrame(PAGE);
const page = frameWindow<{ pkWatch: PageWatch; pkLibrary: Promise<readonly string[]> }>(frame);
const tags = await page.pkLibrary;
const watch = page.pkWatch;
const ENDPOINT = `/__endpoint/strict-csp-${crypto.randomUUID()}`;

/** Waits until every canvas the element shows has something painted on it: a chart was drawn. */
async function canvasesPainted(element: HTMLElement): Promise<void> {
  const painted = (canvas: HTMLCanvasElement) =>
    canvas.width > 0 && canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data.some((value) => value > 0);
  for (const deadline = Date.now() + 8000; ; ) {
    if ((deepQueryAll(element, 'canvas') as HTMLCanvasElement[]).every(painted)) return;
    if (Date.now() > deadline) throw new Error(`a canvas of <${element.localName}> was never painted`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the page has had a chance to report violations of what just happened. */
const reported = () => new Promise((resolve) => page.setTimeout(resolve, 50));

describe('A page under a strict Content-Security-Policy and Trusted Types', () => {
  it('is served with the policy, and the policy is enforced (a control: a <style> and a style attribute in a shadow root, eval and innerHTML are refused and reported)', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy'), 'the header strictCsp() of test/support/strict-csp.mjs sets').to.equal(POLICY);

    // Inside a shadow root, where an element's own markup would be.
    const host = page.document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    try {
      page.document.body.append(host);
      const style = page.document.createElement('style');
      style.textContent = 'p { color: red }';
      const styled = page.document.createElement('p');
      styled.setAttribute('style', 'color: red');
      root.append(style, styled);
      expect(() => page.eval('1 + 1'), 'eval').to.throw();
      expect(() => (page.document.createElement('div').innerHTML = '<b>markup</b>'), 'innerHTML without Trusted Types').to.throw();
      await reported();
      const refused = watch.violations.map(({ directive, sample }) => `${directive} ${sample}`);
      expect(refused).to.have.members([
        'style-src-elem ',
        'style-src-attr ',
        'require-trusted-types-for eval|1 + 1',
        'require-trusted-types-for Element innerHTML|<b>markup</b>',
      ]);
    } finally {
      host.remove();
      watch.violations.length = 0;
    }
  });

  const manifests: [string, () => Promise<ManifestGiven>][] = [
    ['an honest manifest', async () => ({ kind: 'url', url: fixtureUrl('base.json') })],
    ['markup and script in every text field', async () => ({ kind: 'property', value: markupEverywhere(await base()).doc })],
  ];

  for (const tag of tags) {
    for (const [what, manifest] of manifests) {
      it(`<${tag}> renders and works with ${what}, and nothing violates the policy`, async () => {
        const fired = new Set<string>();
        const expected = setupOf(tag).firesOnUse ?? [];
        const shown = await showElement(tag, {
          document: page.document,
          manifest: await manifest(),
          learner: `learner-${crypto.randomUUID()}`,
          endpoint: ENDPOINT,
        });
        try {
          for (const name of expected) shown.element.addEventListener(name, () => fired.add(name));
          expect(shown.errorState(), 'an error state').to.equal(null);
          expect(shown.errors.map((error) => error.message), 'pk-error').to.deep.equal([]);
          expect(shown.element.shadowRoot!.adoptedStyleSheets.length, 'constructed style sheets').to.be.greaterThan(0);
          await canvasesPainted(shown.element);
          expect(await useEveryControl(shown.element), 'controls used').to.be.greaterThan(0);
          // A control whose part loads on first use (an export, a discussion step) fires once it has.
          await waitUntil(() => expected.every((name) => fired.has(name)), 'events fired', { timeout: 5000 }).catch(() => undefined);
          expect([...fired], 'events fired by using it').to.have.members(expected);
          expect(shown.errors.map((error) => error.message), 'pk-error after use').to.deep.equal([]);
          await reported();
          expect(watch.problems()).to.deep.equal([]);
        } finally {
          shown.remove();
        }
      });
    }
  }
});
