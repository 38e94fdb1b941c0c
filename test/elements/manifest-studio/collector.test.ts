/**
 * The studio against a real collector (`purpose-kit-server` as its own process, PGlite, started by
 * the test runner's middleware: test/support/collector-process.mjs), with real JWTs: saving with
 * If-Match, a conflict between two studios, and the endorsement inbox.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { configure, resetConfig } from '../../../src/core/config/config.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import { forgetDraft } from '../../../src/core/studio/draft-store.js';
import type { PkManifestConflictEvent } from '../../../src/elements/manifest-studio/events/pk-manifest-conflict.js';
import type { PkManifestSavedEvent } from '../../../src/elements/manifest-studio/events/pk-manifest-saved.js';
import type { PkManifestStudio } from '../../../src/elements/manifest-studio/manifest-studio.js';
import { until } from '../../support/wait.js';
import { endorse, post, startCollector, stored, token } from './collector-support.js';
import { studioManifest } from './manifest.js';
import { announcement, button, click, field, focused, root, studio, text, type } from './support.js';

describe('pk-manifest-studio with a collector', function () {
  this.timeout(60_000);
  let base: string;

  beforeEach(async () => {
    base = await startCollector(studioManifest());
    const ldOps = await token('lee', { roles: ['ld-ops'] });
    configure({ headers: () => ({ Authorization: `Bearer ${ldOps}` }) });
  });

  afterEach(async () => {
    resetConfig();
    clearManifestCache();
    await forgetDraft(new URL(`${base}/v1/manifest`, location.href).href);
    await post(`${base}/__stop`, {});
  });

  it('saves the draft with PUT and If-Match, and says so', async () => {
    const el = await studio(undefined, { collector: base });
    expect(button(el, 'Save')).to.exist;
    await click(el, 'Excel for Analysts');
    await type(el, 'Why statement', 'Numbers decide which projects get built.');
    const saved = oneEvent(el, 'pk-manifest-saved') as Promise<PkManifestSavedEvent>;
    await click(el, 'Save');
    const { detail } = await saved;
    expect(detail.version).to.equal(2);
    expect(detail.changes).to.equal(1);
    await until(() => announcement(el) === 'Saved as version 2.', 'the saved announcement');
    expect((await stored(base)).courses[1].why.statement).to.equal('Numbers decide which projects get built.');
    expect(text(button(el, /^Changes/))).to.equal('Changes (0)');
    await expect(el).to.be.accessible();
    // The next save is conditional on the new version: it goes through.
    await type(el, 'Why statement', 'Numbers decide.');
    const again = oneEvent(el, 'pk-manifest-saved') as Promise<PkManifestSavedEvent>;
    await click(el, 'Save');
    expect((await again).detail.version).to.equal(3);
  });

  it('meets a save made meanwhile with a conflict view, then re-applies its edits on top and saves', async () => {
    const first = await studio(undefined, { collector: base });
    const second = await studio(undefined, { collector: base });
    await click(first, 'Excel for Analysts');
    await type(first, 'Why statement', 'Theirs: numbers decide.');
    await click(first, 'Back to the courses');
    await click(first, 'Grid 101');
    await type(first, 'Why statement', 'Theirs: the grid decides.');
    await click(first, 'Save');
    await until(() => announcement(first) === 'Saved as version 2.', 'the first save');

    await click(second, 'Excel for Analysts');
    await type(second, 'Why statement', 'Mine: numbers decide projects.');
    await click(second, 'Back to the courses');
    await click(second, 'Data Privacy Essentials');
    await type(second, 'Why statement', 'Mine: trust is what we sell.');
    const conflict = oneEvent(second, 'pk-manifest-conflict') as Promise<PkManifestConflictEvent>;
    await click(second, 'Save');
    const { detail } = await conflict;
    expect(detail.version).to.equal(2);
    expect(detail.conflicts).to.deep.equal(['courses[excel].why.statement']);
    await until(() => focused(second)?.id === 'conflict-heading', 'focus on the conflict view');
    const row = text(root(second).querySelector('[part~="conflict"] tbody tr'));
    expect(row).to.equal('Course "Excel for Analysts" · Why statement “Theirs: numbers decide.” “Mine: numbers decide projects.”');
    await expect(second).to.be.accessible();
    expect((await stored(base)).courses[1].why.statement).to.equal('Theirs: numbers decide.'); // nothing stored over theirs

    const saved = oneEvent(second, 'pk-manifest-saved') as Promise<PkManifestSavedEvent>;
    await click(second, 'Keep mine on top of theirs and save');
    expect((await saved).detail.version).to.equal(3);
    const merged = await stored(base);
    expect(merged.courses.map((course: any) => course.why?.statement)).to.deep.equal([
      'Mine: trust is what we sell.',
      'Mine: numbers decide projects.',
      'Theirs: the grid decides.',
      undefined,
    ]);
  });

  it('keeps theirs on request, and one Undo brings the studio\'s draft back', async () => {
    const first = await studio(undefined, { collector: base });
    const second = await studio(undefined, { collector: base });
    await click(first, 'Excel for Analysts');
    await type(first, 'Why statement', 'Theirs.');
    await click(first, 'Back to the courses');
    await click(first, 'Grid 101');
    await type(first, 'Why statement', 'Theirs: the grid decides.');
    await click(first, 'Save');
    await until(() => announcement(first) === 'Saved as version 2.', 'the first save');
    await click(second, 'Excel for Analysts');
    await type(second, 'Why statement', 'Mine.');
    await click(second, 'Save');
    await until(() => root(second).querySelector('[part~="conflict"]'), 'the conflict view');
    await click(second, 'Keep theirs');
    expect(focused(second)?.id).to.equal('list-heading');
    await click(second, 'Excel for Analysts');
    expect(field<HTMLTextAreaElement>(second, 'Why statement').value).to.equal('Theirs.');
    expect(text(root(second).querySelector('[part~="status"]'))).to.contain('The draft is valid.');
    await click(second, 'Undo'); // yours again, on top of theirs
    expect(field<HTMLTextAreaElement>(second, 'Why statement').value).to.equal('Mine.');
    await click(second, 'Back to the courses');
    await click(second, 'Grid 101');
    expect(field<HTMLTextAreaElement>(second, 'Why statement').value).to.equal('Theirs: the grid decides.');
    const saved = oneEvent(second, 'pk-manifest-saved') as Promise<PkManifestSavedEvent>;
    await click(second, 'Save'); // now conditional on version 2: it goes through
    expect((await saved).detail.version).to.equal(3);
    expect((await stored(base)).courses.map((course: any) => course.why?.statement)).to.deep.equal([undefined, 'Mine.', 'Theirs: the grid decides.', undefined]);
  });

  it('lists the endorsements experts sent; accepting one puts it into the manifest, dismissing one tells the collector', async () => {
    await endorse(base, 'ingrid', 'Ingrid Solberg', 'grid', 'energy', 'Cleared 46 stalled grid connections.');
    await endorse(base, 'omar', 'Omar Said', 'excel', 'trust', 'Built the audit model in a sheet.');
    const el = await studio(undefined, { collector: base });
    await until(() => /^Inbox \(2 waiting\)$/.test(text(button(el, /^Inbox/))), 'the inbox count');
    await click(el, /^Inbox/);
    expect(focused(el)?.id).to.equal('inbox-heading');
    const items = () => [...root(el).querySelectorAll('[part~="endorsement"]')];
    expect(items().map((item) => text(item.querySelector('.problem-statement')))).to.deep.equal([
      'Built the audit model in a sheet.',
      'Cleared 46 stalled grid connections.',
    ]);
    await expect(el).to.be.accessible();

    await click(el, 'Accept the endorsement by Ingrid Solberg of Grid 101');
    expect(text(items()[1]!.querySelector('[part~="done"]'))).to.equal('Accepted: in the draft until you save.');
    expect(focused(el)).to.equal(items()[1]); // the buttons are gone: focus stays on the endorsement
    await click(el, 'Dismiss the endorsement by Omar Said of Excel for Analysts');
    await until(() => items().length === 1, 'the dismissed endorsement gone');
    const inbox = await fetch(`${base}/v1/endorsements/inbox`, { headers: { Authorization: `Bearer ${await token('lee', { roles: ['ld-ops'] })}` } });
    expect(((await inbox.json()) as any).endorsements.map((entry: any) => entry.expert.name)).to.deep.equal(['Ingrid Solberg']);

    const saved = oneEvent(el, 'pk-manifest-saved') as Promise<PkManifestSavedEvent>;
    await click(el, 'Save');
    await saved;
    const [curated] = (await stored(base)).endorsements;
    expect(curated).to.include({ course: 'grid', pillar: 'energy', problem: 'Cleared 46 stalled grid connections.' });
    expect(curated.expert.name).to.equal('Ingrid Solberg');
    expect(curated.id).to.match(/^sent-/);
  });

  it('says on screen and in a pk-error when the inbox cannot be read', async () => {
    resetConfig(); // no token: the collector answers 401
    const el = document.createElement('pk-manifest-studio') as PkManifestStudio;
    el.setAttribute('collector', base);
    const failed = oneEvent(el, 'pk-error');
    const original = console.error;
    console.error = () => {};
    try {
      document.body.append(el);
      await failed;
    } finally {
      console.error = original;
    }
    await until(() => root(el).querySelector('[part~="studio"]'), 'the studio');
    await click(el, /^Inbox/);
    expect(text(root(el).querySelector('[part~="inbox-error"]'))).to.contain('401');
    el.remove();
  });
});
