import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import type { PkContentAudit } from '../../../src/elements/content-audit/content-audit.js';
import type { PkAuditExportEvent } from '../../../src/elements/content-audit/events/pk-audit-export.js';
import { settled, shadowText } from '../../support/probe.js';
import { auditManifest, withCourses } from './manifest.js';
import { audit, choose, part, parts, quietly, rowIds, sortButton, text, until } from './support.js';
import { stateBox } from '../../support/host-state.js';

describe('pk-content-audit', () => {
  afterEach(() => clearManifestCache());

  describe('the most-used 20 %', () => {
    it('lists the most-enrolled courses with what each needs', async () => {
      const el = await audit();
      expect(rowIds(el)).to.deep.equal(['privacy', 'excel']);
      expect(text(part(el, 'caption'))).to.equal('The most-used 20% of courses, by enrollments Select a column header to sort the table.');
      expect(text(part(el, 'summary'))).to.equal(
        '2 of 10 courses with usage figures; the cut-off is 1,800. 2 need work. 1 course has no usage figures and is left out.',
      );
      const [privacy, excel] = parts(el, 'row');
      expect(text(privacy!.querySelector('[part~="course"]'))).to.equal('Data Privacy Essentials');
      expect(privacy!.querySelector('a[part~="course"]')!.getAttribute('href')).to.equal('https://lms.example.com/privacy');
      expect(text(privacy!.querySelector('[part~="course"] + .meta'))).to.equal('privacy · Ostara');
      expect(text(privacy!.querySelector('[part~="mandatory"]'))).to.equal('Mandatory');
      expect([...privacy!.querySelectorAll('[part~="flag"]')].map(text)).to.deep.equal([
        'No why framing',
        'Mandatory without a purpose statement',
        'Weak relevance ratings',
      ]);
      expect(privacy!.querySelector('[part~="flag"][part~="mandatory-without-purpose"]')).to.exist;
      expect([...excel!.querySelectorAll('[part~="flag"]')].map(text)).to.deep.equal(['No impact tag', 'Weak clarity ratings']);
      expect(text(excel!.querySelector('[part~="weak"]'))).to.equal('2.9');
      expect(text(privacy!.querySelector('td:nth-of-type(2)'))).to.equal('Client Trust');
      await expect(el).to.be.accessible();
    });

    it('takes everything tied at the cut-off, ranked alike', async () => {
      const el = await audit({ by: 'completions' });
      expect(rowIds(el)).to.deep.equal(['privacy', 'excel', 'markup']);
      expect(parts(el, 'row').map((row) => text(row.querySelector('td')))).to.deep.equal(['1', '2', '2']);
      expect(text(part(el, 'caption'))).to.contain('by completions');
      expect(text(el.shadowRoot!.querySelector('thead th:nth-child(4)'))).to.contain('Completions');
    });

    it('still audits the most-used course of a small catalogue', async () => {
      const manifest = withCourses((courses) => courses.slice(1, 3));
      const el = await audit({}, manifest);
      expect(rowIds(el)).to.deep.equal(['excel']);
      expect(text(part(el, 'summary'))).to.equal('1 of 2 courses with usage figures; the cut-off is 1,800. 1 needs work.');
    });

    it('follows top, weak-below and min-ratings', async () => {
      const el = await audit({ top: '30' });
      expect(rowIds(el)).to.deep.equal(['privacy', 'excel', 'markup']);
      el.weakBelow = 4.5;
      await el.updateComplete;
      const markup = parts(el, 'row')[2]!;
      expect([...markup.querySelectorAll('[part~="flag"]')].map(text)).to.deep.equal(['Weak relevance ratings', 'Weak clarity ratings']);
      el.minRatings = 1000;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="flag"][part~="weak-relevance"]')).to.have.length(0);
      expect(text(part(el, 'summary'))).to.contain('2 need work.');
    });

    it('says nothing needs work when nothing does', async () => {
      const manifest = withCourses((courses) => courses.slice(2));
      const el = await audit({}, manifest);
      expect(text(part(el, 'summary'))).to.contain('None needs work.');
      expect(text(el.shadowRoot!.querySelector('td:last-child .no-value'))).to.equal('Nothing to fix');
    });

    it('shows manifest text with markup as text', async () => {
      const el = await audit({ by: 'completions' });
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(shadowText(el)).to.contain('<b>Bold</b> course');
    });
  });

  describe('sorting', () => {
    it('sorts by a column header button, flipping on the second press, with aria-sort and an announcement', async () => {
      const el = await audit({ top: '100' });
      const rank = sortButton(el, 'rank').closest('th')!;
      expect(rank.getAttribute('aria-sort')).to.equal('ascending');
      const course = sortButton(el, 'course');
      course.click();
      await el.updateComplete;
      expect(course.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(rank.hasAttribute('aria-sort')).to.equal(false);
      expect(rowIds(el).slice(0, 4)).to.deep.equal(['markup', 'c0', 'c1', 'c2']);
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Sorted by Course, ascending.');
      course.click();
      await el.updateComplete;
      expect(course.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      expect(rowIds(el).slice(0, 2)).to.deep.equal(['excel', 'privacy']);
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Sorted by Course, descending.');
      await expect(el).to.be.accessible();
    });

    it('puts the most flags first, and courses without ratings last either way', async () => {
      const manifest = auditManifest();
      delete manifest.courses[2].ratings;
      const el = await audit({ top: '100' }, manifest);
      sortButton(el, 'flags').click();
      await el.updateComplete;
      expect(rowIds(el).slice(0, 2)).to.deep.equal(['privacy', 'excel']);
      sortButton(el, 'relevance').click();
      await el.updateComplete;
      expect(rowIds(el)[0]).to.equal('privacy');
      expect(rowIds(el).at(-1)).to.equal('markup');
      sortButton(el, 'relevance').click();
      await el.updateComplete;
      expect(rowIds(el).at(-1)).to.equal('markup');
    });

    it('sorts from the keyboard', async () => {
      const el = await audit({ top: '100' });
      sortButton(el, 'usage').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(sortButton(el, 'usage').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(sortButton(el, 'usage').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(rowIds(el)[0]).to.equal('c0');
      expect(el.shadowRoot!.activeElement).to.equal(sortButton(el, 'usage'));
    });
  });

  describe('filters', () => {
    it('shows one flag, courses that need work, or those that do not, and announces the count', async () => {
      const el = await audit({ top: '100' });
      await choose(el, 'Show', 'no-impact-tag');
      expect(rowIds(el)).to.deep.equal(['excel']);
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Showing 1 of 10 courses.');
      await choose(el, 'Show', 'any');
      expect(rowIds(el)).to.deep.equal(['privacy', 'excel']);
      await choose(el, 'Show', 'none');
      expect(rowIds(el)).to.have.length(8);
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Showing 8 of 10 courses.');
    });

    it('filters by pillar, and says when nothing matches', async () => {
      const el = await audit({ top: '100' });
      await choose(el, 'Pillar', 'trust');
      expect(rowIds(el)).to.deep.equal(['privacy']);
      await choose(el, 'Show', 'no-impact-tag');
      expect(rowIds(el)).to.deep.equal([]);
      expect(text(part(el, 'no-match'))).to.equal('No audited course matches these filters.');
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Showing 0 of 10 courses.');
      await expect(el).to.be.accessible();
    });

    it('filters from the keyboard', async () => {
      const el = await audit({ top: '100' });
      el.shadowRoot!.querySelector<HTMLSelectElement>('[part~="select"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['privacy', 'excel']);
    });
  });

  describe('export', () => {
    it('offers the rows shown, as CSV, and downloads them unless the host cancels', async () => {
      const el = await audit({ top: '100' });
      await choose(el, 'Show', 'any');
      sortButton(el, 'course').click();
      await el.updateComplete;
      const created: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        created.push(blob);
        return original.call(URL, blob);
      };
      try {
        el.addEventListener('pk-audit-export', (event) => event.preventDefault(), { once: true });
        const cancelled = oneEvent(el, 'pk-audit-export') as Promise<PkAuditExportEvent>;
        part(el, 'export')!.click();
        const { detail } = await cancelled;
        expect(detail.rows).to.equal(2);
        expect(detail.filename).to.match(/^content-audit-\d{4}-\d{2}-\d{2}\.csv$/);
        const lines = detail.csv.split('\r\n');
        expect(lines[0]).to.equal('rank,course,title,provider,pillar,enrollments,mandatory,why,impactTags,relevance,clarity,ratings,flags');
        expect(lines.slice(1, 3).map((line) => line.split(',')[1])).to.deep.equal(['privacy', 'excel']);
        expect(created).to.have.length(0);

        const downloaded = oneEvent(el, 'pk-audit-export') as Promise<PkAuditExportEvent>;
        part(el, 'export')!.click();
        const event = await downloaded;
        expect(created).to.have.length(1);
        expect(created[0]!.type).to.equal('text/csv;charset=utf-8');
        const bytes = new Uint8Array(await created[0]!.arrayBuffer());
        expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
        expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(`\uFEFF${event.detail.csv}`);
        expect(el.shadowRoot!.querySelector('a[download]')).to.equal(null);
      } finally {
        URL.createObjectURL = original;
      }
    });
  });

  describe('states', () => {
    it('is empty when no course has usage figures', async () => {
      const manifest = withCourses((courses) => courses.slice(-1));
      const el = await audit({}, manifest);
      expect(shadowText(el)).to.equal('No course in the manifest has usage figures yet, so there is nothing to audit.');
      expect(stateBox(el, 'empty')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the loading state until the manifest arrives', async () => {
      const el = await fixture<PkContentAudit>(html`<pk-content-audit .manifest=${new Promise(() => {})}></pk-content-audit>`);
      expect(stateBox(el, 'loading')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows an error, and fires pk-error once, for an option out of range', async () => {
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkContentAudit>(
          html`<pk-content-audit .manifest=${auditManifest()} top="150" @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-content-audit>`,
        );
        await settled(created);
        created.requestUpdate();
        await created.updateComplete;
        return created;
      });
      expect(errors.map(({ detail }) => [detail.code, detail.message])).to.deep.equal([
        ['config-invalid', 'audit options: top must be a percentage above 0 up to 100, got 150'],
      ]);
      expect(stateBox(el, 'error')!.textContent).to.contain('top must be a percentage above 0 up to 100, got 150');
      await expect(el).to.be.accessible();
    });

    it('shows the manifest’s problems when it is invalid', async () => {
      const manifest = auditManifest();
      manifest.courses[0].impactTags = ['nope'];
      const el = await quietly(() => audit({}, manifest));
      expect(stateBox(el, 'error')!.textContent).to.contain('courses[0].impactTags[0]: unknown impact tag "nope"');
    });
  });

  describe('theming and direction', () => {
    it('has its parts and takes flag colours from tokens', async () => {
      const el = await audit();
      for (const name of ['audit', 'select', 'export', 'summary', 'table', 'caption', 'column-header', 'sort-button', 'row', 'course', 'flag']) {
        expect(part(el, name), name).to.exist;
      }
      el.style.setProperty('--pk-content-audit-flag-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--pk-content-audit-flag-background', 'rgb(250, 240, 230)');
      const flag = getComputedStyle(part(el, 'flag')!);
      expect(flag.color).to.equal('rgb(1, 2, 3)');
      expect(flag.backgroundColor).to.equal('rgb(250, 240, 230)');
    });

    it('reads right to left in Arabic', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
        <pk-content-audit .manifest=${auditManifest()}></pk-content-audit>
      </div>`);
      const el = wrapper.querySelector('pk-content-audit')!;
      await settled(el);
      await until(() => part(el, 'export') !== null && text(part(el, 'export')) !== 'Export CSV', 'Arabic messages');
      expect(text(part(el, 'export'))).to.equal('تصدير CSV');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(text(part(el, 'export'))).to.not.equal('Export CSV');
      const table = part(el, 'table')!.getBoundingClientRect();
      const firstHeader = el.shadowRoot!.querySelector('thead th')!.getBoundingClientRect();
      expect(firstHeader.right).to.be.closeTo(table.right, 1);
      await expect(el).to.be.accessible();
    });
  });
});
