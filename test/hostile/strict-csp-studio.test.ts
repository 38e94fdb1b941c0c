/**
 * `<pk-manifest-studio>` used in depth on the strict-CSP page (test/hostile/csp/page.html:
 * no inline script or style, no eval, Trusted Types required): its chunk loads, a course's editor
 * opens with the preview banner and badge, typing, creating a tag and a pathway, undo, the changes
 * view and the JSON download all work, and the page sees no policy violation.
 */
import { expect } from '@open-wc/testing';
import { frameWindow, openFrame } from '../support/frame.js';
import type { PageWatch } from '../support/page-watch.js';
import { until } from '../support/wait.js';
import { studioManifest } from '../elements/manifest-studio/manifest.js';

const frame = await openFrame('/test/hostile/csp/page.html');
const page = frameWindow<{ pkWatch: PageWatch; pkLibrary: Promise<readonly string[]> }>(frame);
await page.pkLibrary;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<pk-manifest-studio> under a strict Content-Security-Policy and Trusted Types', () => {
  it('edits, previews, undoes, lists the changes and downloads, with no violation', async () => {
    const el = page.document.createElement('pk-manifest-studio') as HTMLElement & { manifest: unknown };
    el.manifest = studioManifest();
    page.document.body.append(el);
    try {
      const root = el.shadowRoot!;
      const button = (name: string) => [...root.querySelectorAll('button')].find((b) => text(b) === name || text(b).startsWith(name))!;
      const setValue = (id: string, value: string) => {
        const input = root.getElementById(id) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new page.Event('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new page.Event('change'));
      };
      const settle = () => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await until(() => root.querySelector('button[data-course="privacy"]'), 'the studio chunk');
      (root.querySelector('button[data-course="privacy"]') as HTMLButtonElement).click();
      await settle();
      setValue('why-from', 'avoiding fines');
      setValue('why-to', 'protecting client trust');
      setValue('why-statement', 'Clients stay where their data is safe.');
      await settle();
      const banner = root.querySelector('pk-why-banner')!;
      await until(() => banner.shadowRoot?.textContent?.includes('protecting client trust'), 'the preview banner');
      button('New impact tag').click();
      await settle();
      setValue('new-tag-label', 'Zero privacy breaches');
      setValue('new-tag-initiative', 'Privacy programme');
      setValue('new-tag-period', 'FY2027');
      setValue('new-tag-pillar', 'trust');
      await settle();
      button('Create impact tag').click();
      await settle();
      const badge = root.querySelector('pk-impact-badge')!;
      await until(() => badge.shadowRoot?.textContent?.includes('Zero privacy breaches'), 'the preview badge');
      button('Undo').click();
      await settle();
      button('Redo').click();
      await settle();
      button('Changes').click();
      await settle();
      expect(root.querySelectorAll('[part~="change"]').length).to.be.greaterThan(3);
      button('Download JSON').click();
      await until(() => text(root.querySelector('[part~="announcement"]')).startsWith('Downloaded'), 'the download');
      await new Promise((resolve) => page.setTimeout(resolve, 50));
      expect(page.pkWatch.problems()).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });
});
