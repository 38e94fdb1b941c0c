import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { getDelivery } from '../../../src/core/delivery/get-delivery.js';
import { formatDate } from '../../../src/core/i18n/format.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import type { PkRelevanceReport } from '../../../src/elements/relevance-report/relevance-report.js';
import { TestEndpoint } from '../../core/delivery/support.js';
import { shadowText } from '../../support/probe.js';
import { ratingEvent, reportManifest } from './manifest.js';
import { cells, choose, firstColumn, part, quietly, ready, report, sortButton, text, until } from './support.js';
import { stateBox } from '../../support/host-state.js';

const NO_TREND = 'Not enough ratings to compare';

describe('pk-relevance-report', function () {
  this.timeout(20_000);
  afterEach(() => clearManifestCache());

  describe('from the manifest’s ratings', () => {
    it('reports each provider: averages weighted by count, ratings and recommendations', async () => {
      const el = await report();
      expect(text(part(el, 'as-of'))).to.equal(`Ratings as of ${formatDate('en', new Date().toISOString().slice(0, 10))}.`);
      expect(text(part(el, 'rules'))).to.equal(
        'Keep: relevance and clarity of 3.5 or more. Re-wrap with why context: either below 3.5. Retire: relevance below 2.5. A recommendation needs 5 ratings or more; the trend compares the last 90 days with the time before.',
      );
      expect(cells(el, 'providers-table')).to.deep.equal([
        ['Ostara', '3.3', '3.8', '2,500', NO_TREND, '1', '1', '0'],
        ['Kestrel', '3.5', '2.9', '691', NO_TREND, '1', '1', '1'],
        ['No provider', '4.2', '4.0', '20', NO_TREND, '1', '0', '0'],
        ['Aurelis Academy', '4.5', '4.3', '3', NO_TREND, '0', '0', '0'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('recommends per course, what needs action first', async () => {
      const el = await report();
      expect(cells(el, 'items-table')).to.deep.equal([
        ['Blockchain Trading', 'Kestrel', '1.9', '3.2', '41', NO_TREND, 'Retire'],
        ['Anti-Bribery Refresher', 'Ostara', '2.6', '3.4', '1,180', NO_TREND, 'Re-wrap with why context'],
        ['Excel for Finance', 'Kestrel', '3.6', '2.9', '640', NO_TREND, 'Re-wrap with why context'],
        ['Data Privacy Essentials', 'Ostara', '3.9', '4.2', '1,320', NO_TREND, 'Keep'],
        ['<i>Loud</i> course', 'Kestrel', '4.0', '4.0', '10', NO_TREND, 'Keep'],
        ['Our Own Induction', 'No provider', '4.2', '4.0', '20', NO_TREND, 'Keep'],
        ['Key Account Management', 'Aurelis Academy', '4.5', '4.3', '3', NO_TREND, 'Too few ratings'],
      ]);
      expect(el.shadowRoot!.querySelector('[part~="recommendation"][part~="retire"]')).to.exist;
      expect(el.shadowRoot!.querySelector('i')).to.equal(null);
    });

    it('is empty when no course has ratings', async () => {
      const manifest = reportManifest();
      manifest.courses = manifest.courses.filter((course: { ratings?: unknown }) => !course.ratings);
      const el = await report(undefined, manifest);
      expect(shadowText(el)).to.equal('No ratings yet.');
      await expect(el).to.be.accessible();
    });
  });

  describe('from raw rating events', () => {
    it('aggregates them and shows the trend of the recent window against the time before', async () => {
      const events = [
        ...[1, 2, 3, 4, 5].map((n) => ratingEvent('privacy', 3, 4, 100, `early-${n}`)),
        ...[1, 2, 3, 4, 5].map((n) => ratingEvent('privacy', 4, 4, 10, `late-${n}`)),
        ratingEvent('excel', 2, 5, 3),
      ];
      const el = await report((created) => (created.ratings = events));
      const [privacy] = cells(el, 'items-table').filter((row) => row[0] === 'Data Privacy Essentials');
      expect(privacy).to.deep.equal(['Data Privacy Essentials', 'Ostara', '3.5', '4.0', '10', '▲ Relevance +1.0 up ▬ Clarity 0.0 steady', 'Keep']);
      expect(el.shadowRoot!.querySelector('[part~="trend"][part~="up"]')).to.exist;
      expect(el.shadowRoot!.querySelector('[part~="trend"][part~="steady"]')).to.exist;
      expect(cells(el, 'items-table').map((row) => row[0])).to.deep.equal(['Data Privacy Essentials', 'Excel for Finance']);
      expect(cells(el, 'providers-table')[0]![4]).to.equal('▲ Relevance +1.0 up ▬ Clarity 0.0 steady');
    });

    it('shows a falling trend', async () => {
      const events = [
        ...[1, 2, 3, 4, 5].map((n) => ratingEvent('excel', 4, 4, 200, `a-${n}`)),
        ...[1, 2, 3, 4, 5].map((n) => ratingEvent('excel', 3, 3, 1, `b-${n}`)),
      ];
      const el = await report((created) => (created.ratings = events));
      expect(cells(el, 'items-table')[0]![5]).to.equal('▼ Relevance -1.0 down ▼ Clarity -1.0 down');
      expect(el.shadowRoot!.querySelector('[part~="trend"][part~="down"]')).to.exist;
    });

    it('takes the recent window from window-days', async () => {
      const events = [
        ...[1, 2, 3, 4, 5].map((n) => ratingEvent('excel', 4, 4, 20, `a-${n}`)),
        ...[1, 2, 3, 4, 5].map((n) => ratingEvent('excel', 2, 2, 1, `b-${n}`)),
      ];
      const el = await report((created) => {
        created.ratings = events;
        created.setAttribute('window-days', '7');
      });
      expect(cells(el, 'items-table')[0]![5]).to.equal('▼ Relevance -2.0 down ▼ Clarity -2.0 down');
      expect(text(part(el, 'rules'))).to.contain('the last 7 days');
    });
  });

  describe('thresholds', () => {
    it('follows thresholds given as JSON in the attribute', async () => {
      const el = await report((created) => created.setAttribute('thresholds', '{"minRatings": 1, "rewrapBelow": 4}'));
      const recommendation = (title: string) => cells(el, 'items-table').find((row) => row[0] === title)![6];
      expect(recommendation('Key Account Management')).to.equal('Keep');
      expect(recommendation('Data Privacy Essentials')).to.equal('Re-wrap with why context');
      expect(text(part(el, 'rules'))).to.contain('of 4.0 or more');
      expect(text(part(el, 'rules'))).to.contain('needs 1 ratings or more');
    });

    it('shows an error, and fires pk-error once, for thresholds out of range', async () => {
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkRelevanceReport>(
          html`<pk-relevance-report .manifest=${reportManifest()} thresholds='{"retireBelow": 4, "rewrapBelow": 3}' @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-relevance-report>`,
        );
        await ready(created);
        created.requestUpdate();
        await created.updateComplete;
        return created;
      });
      expect(errors.map(({ detail }) => [detail.code, detail.message])).to.deep.equal([
        ['config-invalid', 'thresholds: retireBelow (4) must not be above rewrapBelow (3)'],
      ]);
      expect(text(stateBox(el, 'error'))).to.contain('retireBelow (4) must not be above rewrapBelow (3)');
      await expect(el).to.be.accessible();
    });
  });

  describe('settings out of range', () => {
    const errorsOf = async (setup: (el: PkRelevanceReport) => void) => {
      const errors: string[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkRelevanceReport>(
          html`<pk-relevance-report .manifest=${reportManifest()} @pk-error=${(event: PkErrorEvent) => errors.push(event.detail.message)}></pk-relevance-report>`,
        );
        setup(created);
        await ready(created);
        created.requestUpdate();
        await created.updateComplete;
        return created;
      });
      return { el, errors };
    };

    it('reports thresholds that are not a JSON object, without throwing into the page', async () => {
      const { el, errors } = await errorsOf((created) => created.setAttribute('thresholds', '{minRatings: 20}'));
      expect(errors).to.deep.equal(['thresholds must be a JSON object such as {"minRatings": 20}, got "{minRatings: 20}"']);
      expect(stateBox(el, 'error')).to.exist;
      const list = await errorsOf((created) => created.setAttribute('thresholds', '[1, 2]'));
      expect(list.errors).to.deep.equal(['thresholds must be a JSON object such as {"minRatings": 20}, got [1,2]']);
    });

    it('reports a window that is not a whole number of days', async () => {
      const { el, errors } = await errorsOf((created) => created.setAttribute('window-days', '0'));
      expect(errors).to.deep.equal(['windowDays must be a whole number from 1 to 3660, got 0']);
      expect(text(stateBox(el, 'error'))).to.contain('windowDays must be a whole number from 1 to 3660, got 0');
      el.windowDays = 30;
      await el.updateComplete;
      expect(stateBox(el, 'error')).to.equal(null);
      expect(text(part(el, 'rules'))).to.contain('the last 30 days');
    });
  });

  describe('sorting and filtering', () => {
    it('sorts each table by its column header buttons, with aria-sort', async () => {
      const el = await report();
      const count = sortButton(el, 'providers-table', 'count').closest('th')!;
      expect(count.getAttribute('aria-sort')).to.equal('descending');
      sortButton(el, 'providers-table', 'provider').click();
      await el.updateComplete;
      expect(firstColumn(el, 'providers-table')).to.deep.equal(['Aurelis Academy', 'Kestrel', 'Ostara', 'No provider']);
      expect(sortButton(el, 'providers-table', 'provider').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      expect(count.hasAttribute('aria-sort')).to.equal(false);
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Sorted by Provider, ascending.');
      sortButton(el, 'items-table', 'relevance').click();
      await el.updateComplete;
      expect(firstColumn(el, 'items-table')[0]).to.equal('Key Account Management');
      expect(firstColumn(el, 'providers-table')[0]).to.equal('Aurelis Academy');
      await expect(el).to.be.accessible();
    });

    it('sorts from the keyboard', async () => {
      const el = await report();
      sortButton(el, 'items-table', 'count').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(firstColumn(el, 'items-table')[0]).to.equal('Data Privacy Essentials');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(firstColumn(el, 'items-table')[0]).to.equal('Key Account Management');
      expect(sortButton(el, 'items-table', 'count').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    });

    it('filters courses by recommendation and provider, announcing the count', async () => {
      const el = await report();
      await choose(el, 'Recommendation', 'Re-wrap with why context');
      expect(firstColumn(el, 'items-table')).to.deep.equal(['Anti-Bribery Refresher', 'Excel for Finance']);
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Showing 2 of 7 courses.');
      await choose(el, 'Provider', 'Kestrel');
      expect(firstColumn(el, 'items-table')).to.deep.equal(['Excel for Finance']);
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Showing 1 of 7 courses.');
      await choose(el, 'Recommendation', 'Too few ratings');
      expect(firstColumn(el, 'items-table')).to.deep.equal([]);
      expect(text(part(el, 'no-match'))).to.equal('No course matches these filters.');
      await choose(el, 'Recommendation', 'All recommendations');
      await choose(el, 'Provider', 'No provider');
      expect(firstColumn(el, 'items-table')).to.deep.equal(['Our Own Induction']);
      await expect(el).to.be.accessible();
    });
  });

  describe('from a URL', () => {
    const aggregate = {
      asOf: '2026-06-30',
      windowDays: 30,
      items: [
        { course: 'privacy', earlier: { count: 10, relevance: 3, clarity: 3 }, recent: { count: 10, relevance: 4, clarity: 3.5 } },
        { course: 'retired-course', earlier: { count: 8, relevance: 2, clarity: 2 } },
      ],
    };

    it('reads the aggregate from src; a course the manifest no longer has shows by its id', async () => {
      const endpoint = new TestEndpoint();
      await endpoint.script({ body: aggregate });
      const el = await report((created) => (created.src = `${endpoint.url}/ratings`));
      expect(text(part(el, 'as-of'))).to.equal('Ratings as of Jun 30, 2026.');
      expect(text(part(el, 'rules'))).to.contain('the last 30 days');
      expect(cells(el, 'items-table')).to.deep.equal([
        ['retired-course', 'No provider', '2.0', '2.0', '8', NO_TREND, 'Retire'],
        ['Data Privacy Essentials', 'Ostara', '3.5', '3.3', '20', '▲ Relevance +1.0 up ▲ Clarity +0.5 up', 'Re-wrap with why context'],
      ]);
    });

    it('fetches src again when this page’s outbox delivers events', async () => {
      const ratings = new TestEndpoint();
      const events = new TestEndpoint();
      const later = { ...aggregate, items: [{ course: 'kam', recent: { count: 6, relevance: 4.8, clarity: 4.6 } }] };
      await ratings.script({ body: aggregate }, { body: later });
      const el = await report((created) => (created.src = `${ratings.url}/ratings`));
      expect(firstColumn(el, 'items-table')).to.have.length(2);
      const delivery = getDelivery({ endpoint: events.url, format: 'json', flushIntervalMs: 0 });
      try {
        await delivery.enqueue({ type: 'rating', learnerId: 'priya', courseId: 'kam', data: { relevance: 5, clarity: 5 } });
        await until(() => firstColumn(el, 'items-table')[0] === 'Key Account Management', 'the report to refresh');
        expect(cells(el, 'items-table')).to.deep.equal([['Key Account Management', 'Aurelis Academy', '4.8', '4.6', '6', NO_TREND, 'Keep']]);
      } finally {
        await delivery.dispose();
      }
    });

    it('shows every problem of an invalid aggregate, with its path', async () => {
      const endpoint = new TestEndpoint();
      await endpoint.script({ body: { ...aggregate, windowDays: 0, items: [{ course: 'privacy', recent: { count: 3, relevance: 7, clarity: 4 } }] } });
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkRelevanceReport>(
          html`<pk-relevance-report .manifest=${reportManifest()} src=${`${endpoint.url}/ratings`} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-relevance-report>`,
        );
        return ready(created);
      });
      expect(errors.map(({ detail }) => detail.code)).to.deep.equal(['data-invalid']);
      const error = text(stateBox(el, 'error'));
      expect(error).to.contain('windowDays: expected at least 1, got 0');
      expect(error).to.contain('items[0].recent.relevance: expected at most 5, got 7');
    });

    it('shows the loading state while the aggregate is on its way', async () => {
      const endpoint = new TestEndpoint();
      await endpoint.script({ body: aggregate, delayMs: 2000 });
      const el = await fixture<PkRelevanceReport>(html`<pk-relevance-report .manifest=${reportManifest()} src=${`${endpoint.url}/ratings`}></pk-relevance-report>`);
      await until(() => (el as unknown as { manifestState: { status: string } }).manifestState.status === 'ready', 'the manifest');
      await el.updateComplete;
      expect(stateBox(el, 'loading')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('theming and direction', () => {
    it('has its parts and takes recommendation colours from tokens', async () => {
      const el = await report();
      for (const name of ['report', 'as-of', 'rules', 'providers-table', 'items-table', 'caption', 'sort-button', 'select', 'row', 'recommendation']) {
        expect(part(el, name), name).to.exist;
      }
      el.style.setProperty('--pk-relevance-report-retire-color', 'rgb(7, 8, 9)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="recommendation"][part~="retire"]')!).color).to.equal('rgb(7, 8, 9)');
    });

    it('reads right to left in Arabic', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><pk-relevance-report .manifest=${reportManifest()}></pk-relevance-report></div>`);
      const el = await ready(wrapper.querySelector('pk-relevance-report')!);
      await until(() => text(part(el, 'caption')).startsWith('التقييمات'), 'Arabic messages');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      const table = part(el, 'providers-table')!.getBoundingClientRect();
      const first = el.shadowRoot!.querySelector('[part~="providers-table"] thead th')!.getBoundingClientRect();
      expect(first.right).to.be.closeTo(table.right, 1);
      await expect(el).to.be.accessible();
    });
  });
});
