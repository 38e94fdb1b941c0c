/**
 * The issue's story end to end, in the browser, against a real collector: a 300-course LMS export
 * imported into a manifest (the import's own code), served by the collector; in the studio, with
 * the keyboard only, five courses re-wrapped, an expert's endorsement accepted, a hero pathway
 * built; saved; then the audit of the saved manifest has those courses' flags cleared and the
 * why-banner shows the new framing from it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { auditContent } from '../../../src/core/audit/audit.js';
import { readCatalogue } from '../../../src/core/catalogue/read.js';
import { draftManifest, mergeCatalogue } from '../../../src/core/catalogue/merge.js';
import { configure, resetConfig } from '../../../src/core/config/config.js';
import { catalogOf } from '../../../src/core/manifest/catalog.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import { forgetDraft } from '../../../src/core/studio/draft-store.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import '../../../src/elements/why-banner/define.js';
import { until } from '../../support/wait.js';
import { endorse, post, startCollector, stored, token } from './collector-support.js';
import { studioManifest } from './manifest.js';
import { announcement, focused, named, namedLike, rowTitles, studio, tabTo, text } from './support.js';

async function imported(): Promise<Manifest> {
  const bytes = new Uint8Array(await (await fetch('/test/fixtures/catalogue/catalogue-300.csv')).arrayBuffer());
  const catalogue = await readCatalogue([bytes], { format: 'csv' });
  // The manifest the organisation already has (its pillars, one of them imperative 1), with the export merged in.
  const base = { ...draftManifest('Helio Grid'), pillars: studioManifest().pillars };
  return mergeCatalogue(base as Manifest, catalogue).manifest;
}

describe('from a 300-course export to a saved, re-wrapped manifest, with the keyboard only', function () {
  this.timeout(180_000);
  let base: string;

  afterEach(async () => {
    resetConfig();
    clearManifestCache();
    await forgetDraft(new URL(`${base}/v1/manifest`, location.href).href);
    if (base) await post(`${base}/__stop`, {});
  });

  it('re-wraps five courses, accepts an endorsement, builds a hero pathway, saves; the audit and the banner show it', async () => {
    const manifest = await imported();
    expect(manifest.courses).to.have.length(300);
    base = await startCollector(manifest);
    const ldOps = await token('lee', { roles: ['ld-ops'] });
    configure({ headers: () => ({ Authorization: `Bearer ${ldOps}` }) });
    const before = auditContent(catalogOf(manifest), { top: 100 });
    const five = before.rows.slice(0, 5).map((row) => row.course);
    expect(five.every((course) => before.rows.find((row) => row.course === course)!.flags.includes('no-why'))).to.equal(true);
    await endorse(base, 'ingrid', 'Ingrid Solberg', five[0]!.id, 'trust', 'Cleared 46 stalled grid connections.');

    const el = await studio(undefined, { collector: base });
    expect(rowTitles(el).slice(0, 5)).to.deep.equal(five.map((course) => course.title));
    el.focus();

    for (const [i, course] of five.entries()) {
      await tabTo(el, named(course.title));
      await sendKeys({ press: 'Enter' });
      await until(() => focused(el)?.id === 'editor-heading', 'the editor');
      await tabTo(el, named('From'));
      await sendKeys({ type: `ticking box ${i + 1}` });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: `protecting client trust ${i + 1}` });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: `Why course ${i + 1} matters.` });
      await tabTo(el, named('Pillar of the course'));
      await sendKeys({ press: 'ArrowDown' }); // Client Trust, the first pillar
      if (i === 0) {
        // A hero pathway for imperative 1, with this course in it.
        await tabTo(el, named('New pathway'));
        await sendKeys({ press: 'Enter' });
        await until(() => focused(el)?.id === 'new-pathway-title', 'the pathway form');
        await sendKeys({ type: 'Trusted advisor' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'Sales' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'ArrowDown' });
        await tabTo(el, named('Create pathway'));
        await sendKeys({ press: 'Enter' });
        await until(() => named('Hero pathway: Trusted advisor')(focused(el) ?? el), 'the hero checkbox');
        await sendKeys({ press: 'Space' });
      }
      await tabTo(el, named('Back to the courses'), true);
      await sendKeys({ press: 'Enter' });
      await until(() => text(focused(el)) === course.title, 'back on the list');
    }

    await tabTo(el, namedLike(/^Inbox \(1 waiting\)$/), true);
    await sendKeys({ press: 'Enter' });
    await tabTo(el, named(`Accept the endorsement by Ingrid Solberg of ${five[0]!.title}`));
    await sendKeys({ press: 'Enter' });
    await until(() => announcement(el) === 'The endorsement by Ingrid Solberg is in the draft.', 'the endorsement accepted');

    await tabTo(el, named('Save'), true);
    await sendKeys({ press: 'Enter' });
    await until(() => announcement(el) === 'Saved as version 2.', 'the save', 20_000);

    const saved = (await stored(base)) as Manifest;
    const after = auditContent(catalogOf(saved), { top: 100 });
    for (const course of five) {
      const row = after.rows.find((entry) => entry.course.id === course.id)!;
      expect(row.flags, course.id).to.not.include('no-why');
      expect(row.pillar?.id, course.id).to.equal('trust');
    }
    expect(saved.pathways).to.deep.equal([{ id: 'trusted-advisor', title: 'Trusted advisor', department: 'Sales', pillar: 'trust', courses: [five[0]!.id], hero: true }]);
    expect(saved.endorsements).to.have.length(1);
    expect(saved.endorsements![0]).to.include({ course: five[0]!.id, pillar: 'trust', problem: 'Cleared 46 stalled grid connections.' });

    // The learner's view, from the saved manifest on the collector.
    clearManifestCache();
    const banner = await fixture(html`<pk-why-banner manifest=${`${base}/v1/manifest`} course=${five[2]!.id}></pk-why-banner>`);
    await until(() => banner.shadowRoot?.textContent?.includes('protecting client trust 3'), 'the banner with the new framing');
    expect(banner.shadowRoot!.textContent).to.contain('Why course 3 matters.');
  });
});
