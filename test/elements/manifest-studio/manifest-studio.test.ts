import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import { forgetDraft, readDraft } from '../../../src/core/studio/draft-store.js';
import type { PkManifestStudio } from '../../../src/elements/manifest-studio/manifest-studio.js';
import { generateManifest } from '../../support/generate-manifest.js';
import { settled } from '../../support/probe.js';
import { quietly, until } from '../../support/wait.js';
import { studioManifest } from './manifest.js';
import { button, click, field, focused, issuesOf, named, press, root, rowFlags, rowTitles, studio, tabTo, text, type } from './support.js';

describe('pk-manifest-studio', () => {
  beforeEach(() => forgetDraft('property'));
  afterEach(() => {
    clearManifestCache();
    return forgetDraft('property');
  });

  it('opens on the audit list, most used first, with the flags', async () => {
    const el = await studio(studioManifest());
    expect(rowTitles(el)).to.deep.equal(['Data Privacy Essentials', 'Excel for Analysts', 'Grid 101', 'Earning client trust']);
    expect(rowFlags(el, 'Data Privacy Essentials')).to.deep.equal(['No why framing', 'No impact tag']);
    expect(rowFlags(el, 'Grid 101')).to.deep.equal([]);
    expect(text(root(el).querySelector('[part~="status"]'))).to.contain('The draft is valid.');
    expect(button(el, 'Download JSON')).to.exist;
    expect(el.matches(':state(ready)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says it is loading while the manifest is on its way', async () => {
    const el = await fixture<PkManifestStudio>(html`<pk-manifest-studio .manifest=${new Promise(() => {})}></pk-manifest-studio>`);
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(text(root(el).querySelector('[part~="state"]'))).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });

  it('reads the manifest from src, and keeps its draft under that URL', async () => {
    const url = new URL('/test/fixtures/manifests/rich.json', location.href).href;
    const el = await fixture<PkManifestStudio>(html`<pk-manifest-studio src="/test/fixtures/manifests/rich.json"></pk-manifest-studio>`);
    await settled(el);
    await until(() => root(el).querySelector('[part~="course"]'), 'the list');
    expect(rowTitles(el).slice(0, 2)).to.deep.equal(['Data privacy essentials', 'Grid 101']);
    await click(el, 'Grid 101');
    await type(el, 'Why statement', 'Kept under the URL.');
    await until(async () => ((await readDraft(url))?.draft as any)?.courses[0].why.statement === 'Kept under the URL.', 'the draft kept under the URL');
    await forgetDraft(url);
  });

  it('shows what is wrong with a manifest it cannot open, and reports it', async () => {
    const bad = { ...studioManifest(), pillars: [] };
    const el = document.createElement('pk-manifest-studio') as PkManifestStudio;
    el.manifest = bad;
    const failed = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
    await quietly(async () => {
      document.body.append(el);
      const event = await failed;
      expect(event.detail.code).to.equal('manifest-invalid');
      await settled(el);
    });
    expect(el.matches(':state(error)')).to.equal(true);
    expect(text(root(el).querySelector('[part~="state"]'))).to.contain('pillars');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('re-wraps a course with the keyboard only: list, why framing, pillar, back to the list', async () => {
    const el = await studio(studioManifest());
    el.focus();
    await tabTo(el, named('Data Privacy Essentials'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('editor-heading');
    expect(text(focused(el))).to.equal('Data Privacy Essentials');
    await tabTo(el, named('From'));
    await sendKeys({ type: 'avoiding fines' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('why-to');
    await sendKeys({ type: 'protecting client trust' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Clients stay with a firm that keeps their data safe.' });
    await tabTo(el, named('Pillar of the course'));
    await sendKeys({ press: 'ArrowDown' }); // the first pillar after "None": Client Trust
    await el.updateComplete;
    expect(field<HTMLSelectElement>(el, 'Pillar of the course').value).to.equal('trust');
    // The preview is the real banner, given the draft.
    const banner = root(el).querySelector('pk-why-banner')!;
    await until(() => banner.shadowRoot?.textContent?.includes('protecting client trust'), 'the banner showing the new framing');
    expect(banner.shadowRoot!.textContent).to.contain('Clients stay with a firm that keeps their data safe.');
    await tabTo(el, named('Back to the courses'), true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(focused(el))).to.equal('Data Privacy Essentials'); // focus returns to the course edited
    expect(rowFlags(el, 'Data Privacy Essentials')).to.deep.equal(['No impact tag']);
    expect(text(root(el).querySelector('[part~="row"]:first-of-type td:nth-of-type(2)'))).to.equal('Client Trust');
  });

  it('puts the validator\'s messages beside the field as the draft changes, not on save', async () => {
    const el = await studio(studioManifest());
    await click(el, 'Data Privacy Essentials');
    expect(issuesOf(el, 'To')).to.deep.equal([]);
    await type(el, 'From', 'avoiding fines');
    expect(issuesOf(el, 'To').join()).to.contain('courses[0].why.reframe.to');
    expect(issuesOf(el, 'Why statement').join()).to.contain('courses[0].why.statement');
    expect(field(el, 'To').getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).querySelector('[part~="status"]'))).to.match(/2 problems to fix before saving/);
    expect(root(el).querySelector('[part~="preview-stale"]')).to.exist;
    await expect(el).to.be.accessible();
    await type(el, 'To', 'protecting client trust');
    await type(el, 'Why statement', 'Trust is what we sell.');
    expect(issuesOf(el, 'To')).to.deep.equal([]);
    expect(field(el, 'To').getAttribute('aria-invalid')).to.equal('false');
    expect(text(root(el).querySelector('[part~="status"]'))).to.contain('The draft is valid.');
  });

  it('counts two fields changed before it redraws (autofill, a script)', async () => {
    const el = await studio(studioManifest());
    await click(el, 'Data Privacy Essentials');
    for (const [label, value] of [['From', 'avoiding fines'], ['To', 'protecting client trust']] as const) {
      const input = field(el, label);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    expect(field<HTMLInputElement>(el, 'From').value).to.equal('avoiding fines');
    expect(field<HTMLInputElement>(el, 'To').value).to.equal('protecting client trust');
  });

  it('suggests pillars with the words that matched, and accepts one with Enter', async () => {
    const el = await studio(studioManifest());
    await click(el, 'Earning client trust');
    const suggestions = root(el).querySelector('[part~="suggestions"]')!;
    expect(text(suggestions.querySelector('h3'))).to.equal('Suggested pillars');
    const accept = button(el, 'Accept Client Trust');
    expect(text(accept.nextElementSibling)).to.match(/^matched: .*trust/);
    accept.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(field<HTMLSelectElement>(el, 'Pillar of the course').value).to.equal('trust');
    expect(focused(el)?.id).to.equal('course-pillar');
    expect(() => button(el, 'Accept Client Trust')).to.throw(); // accepted: no longer suggested
  });

  it('picks and creates impact tags, adds to a pathway, creates one and marks it hero', async () => {
    const el = await studio(studioManifest());
    await click(el, 'Excel for Analysts');
    field(el, 'Speeds up grid interconnection').click();
    await el.updateComplete;
    await click(el, 'New impact tag');
    expect(focused(el)?.id).to.equal('new-tag-label');
    await click(el, 'Create impact tag');
    expect(text(root(el).querySelector('.create .problem'))).to.equal('Fill in the label, initiative, target period and pillar.');
    await type(el, 'Tag label', 'Faster board reports');
    await type(el, 'Initiative', 'Monthly close in 3 days');
    await type(el, 'Target period', 'Q2 FY2027');
    field<HTMLSelectElement>(el, 'Pillar of the tag').value = 'trust';
    field<HTMLSelectElement>(el, 'Pillar of the tag').dispatchEvent(new Event('change'));
    await click(el, 'Create impact tag');
    expect((field(el, 'Faster board reports') as HTMLInputElement).checked).to.equal(true);
    expect(focused(el)?.id).to.equal('tag-faster-board-reports');

    const add = field<HTMLSelectElement>(el, 'Pathway to add the course to');
    add.value = 'grid-path';
    add.dispatchEvent(new Event('change'));
    await click(el, 'Add to pathway');
    expect(field(el, 'Hero pathway: Grid basics')).to.exist;
    await click(el, 'New pathway');
    await type(el, 'Pathway title', 'Finance for everyone');
    await type(el, 'Department', 'Finance');
    field<HTMLSelectElement>(el, 'Pillar of the pathway').value = 'trust';
    field<HTMLSelectElement>(el, 'Pillar of the pathway').dispatchEvent(new Event('change'));
    await click(el, 'Create pathway');
    const hero = field(el, 'Hero pathway: Finance for everyone');
    expect(focused(el)).to.equal(hero);
    expect(text(root(el).getElementById(`${hero.id}-hint`))).to.equal('Its pillar Client Trust is imperative 1.');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(hero.checked).to.equal(true);
    await expect(el).to.be.accessible();
    await click(el, /^Changes/);
    const lines = [...root(el).querySelectorAll('[part~="change"]')].map(text);
    expect(lines).to.include('Course "Excel for Analysts" · Impact tags: none → “interconnect”, “faster-board-reports”');
    expect(lines).to.include('Pathway "Grid basics" · Courses: “grid” → “grid”, “excel”');
    expect(lines).to.include('Pathway "Finance for everyone": added');
    expect(lines).to.include('Impact tag "Faster board reports": added');
  });

  it('undoes and redoes with the buttons and the keys, but leaves Ctrl+Z in a text field to the field', async () => {
    const el = await studio(studioManifest());
    await click(el, 'Data Privacy Essentials');
    expect(button(el, 'Undo').getAttribute('aria-disabled')).to.equal('true');
    await type(el, 'From', 'avoiding fines');
    await type(el, 'To', 'protecting client trust');
    await click(el, 'Undo');
    expect(field<HTMLInputElement>(el, 'To').value).to.equal('');
    expect(field<HTMLInputElement>(el, 'From').value).to.equal('avoiding fines');
    await click(el, 'Redo');
    expect(field<HTMLInputElement>(el, 'To').value).to.equal('protecting client trust');
    button(el, 'Undo').focus();
    await press(['Control', 'z']);
    await el.updateComplete;
    expect(field<HTMLInputElement>(el, 'To').value).to.equal('');
    await press(['Control', 'y']);
    await el.updateComplete;
    expect(field<HTMLInputElement>(el, 'To').value).to.equal('protecting client trust');
    await press(['Control', 'z']);
    await press(['Control', 'Shift', 'Z']);
    await el.updateComplete;
    expect(field<HTMLInputElement>(el, 'To').value).to.equal('protecting client trust');
    // Undoing everything leaves focus on the button (it only says there is nothing more to undo).
    button(el, 'Undo').focus();
    for (let i = 0; i < 3; i++) await click(el, 'Undo');
    expect(focused(el)).to.equal(button(el, 'Undo'));
    expect(button(el, 'Undo').getAttribute('aria-disabled')).to.equal('true');
    await until(() => text(root(el).querySelector('[part~="announcement"]')) === 'Nothing to undo.', 'the nothing-to-undo note');
    for (let i = 0; i < 2; i++) await click(el, 'Redo');
    // In a text field the keys belong to the field: the draft's history is not touched.
    field(el, 'From').focus();
    await press(['Control', 'z']);
    await el.updateComplete;
    expect(field<HTMLInputElement>(el, 'To').value).to.equal('protecting client trust');
    await until(() => text(root(el).querySelector('[part~="announcement"]')) !== '', 'the announcement');
  });

  it('lists what changed since the last save, in words, before → after', async () => {
    const el = await studio(studioManifest());
    await click(el, 'Excel for Analysts');
    await type(el, 'Why statement', 'Numbers decide which projects get built.');
    await click(el, 'Changes (1)');
    expect(focused(el)?.id).to.equal('changes-heading');
    expect([...root(el).querySelectorAll('[part~="change"]')].map(text)).to.deep.equal([
      'Course "Excel for Analysts" · Why statement: “Numbers decide projects.” → “Numbers decide which projects get built.”',
    ]);
    await expect(el).to.be.accessible();
    await click(el, 'Undo');
    expect(text(root(el).querySelector('[part~="changes"] p'))).to.equal('Nothing has changed since the last save.');
  });

  it('without a collector, downloads the draft as JSON and says the inbox needs one', async () => {
    const el = await studio(studioManifest());
    await click(el, /^Inbox/);
    expect(text(root(el).querySelector('[part~="inbox-none"]'))).to.contain('No collector is configured');
    await expect(el).to.be.accessible();
    await click(el, 'Courses');
    await click(el, 'Excel for Analysts');
    await type(el, 'Why statement', 'Numbers decide which projects get built.');
    const original = URL.createObjectURL;
    let saved: Blob | undefined;
    URL.createObjectURL = (blob: Blob) => {
      saved = blob;
      return original.call(URL, blob);
    };
    try {
      await click(el, 'Download JSON');
    } finally {
      URL.createObjectURL = original;
    }
    expect(saved!.type).to.equal('application/json');
    const json = JSON.parse(await saved!.text());
    expect(json.courses[1].why.statement).to.equal('Numbers decide which projects get built.');
    await until(() => text(root(el).querySelector('[part~="announcement"]')).startsWith('Downloaded manifest-'), 'the announcement');
  });

  it('refuses to save a draft with problems, and says so', async () => {
    const el = await studio(studioManifest());
    await click(el, 'Data Privacy Essentials');
    await type(el, 'From', 'avoiding fines');
    await click(el, 'Download JSON');
    await until(() => text(root(el).querySelector('[part~="announcement"]')) === 'Not saved: fix the 2 problems first.', 'the refusal');
  });

  it('keeps an unsaved draft across a reload', async () => {
    const first = await studio(studioManifest());
    await click(first, 'Excel for Analysts');
    await type(first, 'Why statement', 'Kept across reloads.');
    await until(async () => (await readDraft('property')) !== undefined, 'the draft written');
    first.remove();
    const second = await studio(studioManifest());
    await until(() => text(root(second).querySelector('[part~="announcement"]')) === 'Your unsaved draft was restored.', 'the restored note');
    await click(second, 'Excel for Analysts');
    expect(field<HTMLTextAreaElement>(second, 'Why statement').value).to.equal('Kept across reloads.');
    await click(second, 'Undo');
    expect(field<HTMLTextAreaElement>(second, 'Why statement').value).to.equal('Numbers decide projects.');
    await until(async () => (await readDraft('property')) === undefined, 'the draft forgotten (back to the saved version: nothing to keep)');
  });

  it('does not take up the draft of another manifest given as an object', async () => {
    const first = await studio(studioManifest());
    await click(first, 'Excel for Analysts');
    await type(first, 'Why statement', 'A draft of the first manifest.');
    await until(async () => (await readDraft('property')) !== undefined, 'the draft written');
    first.remove();
    const other = { ...studioManifest(), organization: { name: 'Another organisation' } };
    const second = await studio(other);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(button(second, 'Undo').getAttribute('aria-disabled')).to.equal('true');
    expect(text(root(second).querySelector('[part~="announcement"]'))).to.equal('');
  });

  it('works on a catalogue of 300 courses: listed a hundred at a time, an edit clears its flag', async () => {
    const manifest = generateManifest({ courses: 300, pathways: 40, pillars: 6 }) as any;
    manifest.courses.forEach((course: any, i: number) => (course.usage = { enrollments: 3000 - i }));
    const el = await studio(manifest);
    expect(root(el).querySelectorAll('[part~="row"]').length).to.equal(100); // a hundred at a time
    expect(text(root(el).querySelector('[part~="summary"], .summary'))).to.match(/^300 courses; /);
    await click(el, 'Show 100 more courses (200 not listed yet)');
    expect(root(el).querySelectorAll('[part~="row"]').length).to.equal(200);
    expect(focused(el)).to.equal(root(el).querySelectorAll('[part~="course"]')[100]!); // the first course added
    await click(el, 'Show 100 more courses (100 not listed yet)');
    expect(root(el).querySelectorAll('[part~="row"]').length).to.equal(300);
    expect(() => button(el, /^Show \d+ more/)).to.throw();
    const [first] = rowTitles(el);
    const flags = rowFlags(el, first!);
    expect(flags).to.include('No why framing');
    await click(el, first!);
    await type(el, 'Why statement', 'Why it matters now.');
    await click(el, 'Back to the courses');
    expect(rowFlags(el, first!)).to.not.include('No why framing');
    expect(rowFlags(el, first!).length).to.equal(flags.length - 1);
  });

  it('speaks Arabic, right to left', async () => {
    const el = await studio(studioManifest(), { lang: 'ar' });
    await until(() => text(root(el).querySelector('h2')) === 'الدورات، الأكثر استخدامًا أولًا', 'the Arabic messages');
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(rowFlags(el, 'Data Privacy Essentials')).to.have.length(2);
    await click(el, 'Data Privacy Essentials');
    expect(field(el, 'من')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('speaks German', async () => {
    const el = await studio(studioManifest(), { lang: 'de' });
    await until(() => text(root(el).querySelector('h2')) === 'Kurse, meistgenutzte zuerst', 'the German messages');
    expect(button(el, 'JSON herunterladen')).to.exist;
  });

  it('offers its theming hooks', async () => {
    const el = await studio(studioManifest());
    for (const part of ['studio', 'toolbar', 'tab', 'list', 'table', 'row', 'course', 'flag', 'status']) {
      expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
    el.style.setProperty('--pk-manifest-studio-flag-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(root(el).querySelector('[part~="flag"]')!).color).to.equal('rgb(1, 2, 3)');
    el.style.removeProperty('--pk-manifest-studio-flag-color');
  });
});
