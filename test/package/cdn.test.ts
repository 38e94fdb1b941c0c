import { expect, fixture, html, waitUntil } from '@open-wc/testing';

/**
 * dist/cdn/purpose-kit.js (written by `npm run build`) as an intranet page uses it: one script,
 * tags in the page, each element's code loaded when its tag appears.
 */
const CDN = '/dist/cdn/purpose-kit.js';
const MANIFEST = new URL('../../demo/manifest.json', import.meta.url).href;

type CdnModule = typeof import('../../src/cdn.js');

async function cdn(): Promise<CdnModule> {
  const response = await fetch(CDN, { method: 'HEAD' });
  expect(response.ok, `${CDN} exists: run \`npm run build\` first`).to.equal(true);
  return (await import(/* @vite-ignore */ CDN)) as CdnModule;
}

describe('the CDN module', () => {
  it('defines <pk-config> at once and the other elements only when their tags appear', async () => {
    const kit = await cdn();
    expect(customElements.get('pk-config')).to.exist;
    expect(customElements.get('pk-why-banner'), 'no banner on the page yet').to.equal(undefined);
    kit.configure({ manifest: MANIFEST });

    const banner = await fixture(html`<div><pk-why-banner course="renewables-grid-integration"></pk-why-banner></div>`);
    await customElements.whenDefined('pk-why-banner');
    const element = banner.querySelector('pk-why-banner')!;
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="banner"]'), 'the banner renders');
    // A full banner loads the badge's code as it draws its badges.
    await waitUntil(() => customElements.get('pk-impact-badge'), 'the banner brings its badges', { timeout: 5000 });
    expect(customElements.get('pk-pillar-navigator'), 'elements not on the page stay unloaded').to.equal(undefined);

    await kit.preload('pk-pillar-navigator');
    expect(customElements.get('pk-pillar-navigator')).to.exist;
  });

  it('loads <pk-manifest-studio> and its studio chunk when its tag appears, previewing with the real banner', async () => {
    const kit = await cdn();
    kit.configure({ manifest: MANIFEST });
    const wrapper = await fixture(html`<div><pk-manifest-studio></pk-manifest-studio></div>`);
    await customElements.whenDefined('pk-manifest-studio');
    const studio = wrapper.querySelector('pk-manifest-studio')!;
    const course = () => studio.shadowRoot?.querySelector<HTMLButtonElement>('button[data-course="excel-financial-modelling"]');
    await waitUntil(course, 'the studio lists the courses', { timeout: 10000 });
    course()!.click();
    await waitUntil(() => studio.shadowRoot?.querySelector('pk-why-banner')?.shadowRoot?.querySelector('[part~="banner"]'), 'the preview banner renders', { timeout: 10000 });
    expect(studio.shadowRoot!.querySelector('[part~="suggestion"]'), 'a suggestion for a course placed nowhere').to.exist;
    kit.configure({ manifest: undefined });
  });

  it('exports the page API', async () => {
    const kit = await cdn();
    expect(kit.VERSION).to.match(/^\d+\.\d+\.\d+/);
    expect(kit.configure).to.be.a('function');
    expect(kit.registerMessages).to.be.a('function');
    expect(kit.discover).to.be.a('function');
  });
});
