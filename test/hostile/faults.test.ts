/**
 * Faults beyond the delivery suite: a tab closed mid-send, storage that is full, a device clock
 * off by a day, and a manifest URL that answers slowly or with an HTML page. Nothing breaks, and
 * no learner event is lost: every one arrives, with the id it was given, exactly as the outbox
 * promises (at least once; the server de-duplicates a repeat by id).
 */
import { expect } from '@open-wc/testing';
import { translate } from '../../src/core/i18n/i18n.js';
import { Delivery } from '../../src/core/delivery/delivery.js';
import { backoffDelay, RETRY_AFTER_CAP_MS } from '../../src/core/delivery/retry-policy.js';
import {
  accepted,
  captureWarnings,
  Changes,
  enqueueRatings,
  ids,
  never,
  storedEvents,
  TestEndpoint,
  testEnvironment,
  until,
} from '../core/delivery/support.js';
import { base } from '../fixtures/hostile/generate.js';
import { loadLibrary } from '../support/defined-elements.js';
import { createElement } from '../support/element-setup.js';
import { frameWindow, openFrame } from '../support/frame.js';
import { settled, showElement } from '../support/show-element.js';
import { stateBox } from '../support/host-state.js';

const tags = await loadLibrary();
const DAY = 24 * 60 * 60 * 1000;

describe('Faults beyond the delivery suite', () => {
  let endpoint: TestEndpoint;
  let changes: Changes;
  const deliveries: Delivery[] = [];
  const open = (delivery: Delivery) => (deliveries.push(delivery), delivery);

  beforeEach(() => {
    endpoint = new TestEndpoint();
    changes = new Changes(endpoint);
  });

  afterEach(async () => {
    changes.stop();
    await Promise.all(deliveries.splice(0).map((delivery) => delivery.dispose()));
  });

  /** Every id arrived in a 2xx the client saw; nothing else arrived; the outbox is empty. */
  async function expectDeliveredOnce(expected: readonly string[], outboxOf: Delivery): Promise<void> {
    await until(async () => new Set(await endpoint.deliveredIds()).size >= expected.length, 'every event');
    const requests = await endpoint.received();
    expect(new Set(requests.filter(accepted).flatMap((request) => request.ids)), 'delivered').to.deep.equal(new Set(expected));
    expect(requests.flatMap((request) => request.ids).filter((id) => !expected.includes(id)), 'unknown ids').to.deep.equal([]);
    await until(async () => (await storedEvents(outboxOf)).length === 0, 'an empty outbox');
  }

  describe('a tab closed mid-send', () => {
    it('a tab torn down while its request is in flight: the next load sends the same events, same ids', async () => {
      await endpoint.script({ delayMs: 3000 });
      const tab = await openFrame(`/test/hostile/pages/outbox-tab.html?endpoint=${encodeURIComponent(endpoint.url)}`);
      const queued = await frameWindow<{ pkTab: Promise<string[]> }>(tab).pkTab;
      await until(async () => (await endpoint.received()).length > 0, 'the tab’s request to reach the server');
      tab.remove();

      const next = open(new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment().environment));
      await expectDeliveredOnce(queued, next);
      const [inFlight] = await endpoint.received();
      expect(inFlight!.answered, 'the torn-down request was never answered').to.equal(false);
      expect(inFlight!.ids, 'the torn-down request').not.to.be.empty;
      expect(queued, 'the torn-down request carried ids the next load sent again').to.include.members(inFlight!.ids);
    });

    it('a page closed while its request went unanswered and more events waited: the next load delivers them all', async () => {
      await endpoint.script({ delayMs: 1000 });
      const closing = new Delivery(
        { endpoint: endpoint.url, format: 'json', batchSize: 3, flushIntervalMs: 60_000, timeoutMs: 100 },
        testEnvironment({ schedule: never }).environment,
      );
      const sent = await enqueueRatings(closing, 3);
      await changes.first('retrying');
      const waiting = await enqueueRatings(closing, 2);
      await closing.dispose();
      expect(ids(await storedEvents(closing))).to.have.members(ids([...sent, ...waiting]));

      const next = open(new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment().environment));
      await expectDeliveredOnce(ids([...sent, ...waiting]), next);
    });
  });

  describe('storage quota exceeded', () => {
    const put = IDBObjectStore.prototype.put;

    /** Every IndexedDB write fails as on a full disk: its transaction aborts with QuotaExceededError. */
    function exceedQuota(): void {
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const request = put.apply(this, args);
        const { transaction } = this;
        Object.defineProperty(transaction, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
        transaction.abort();
        return request;
      };
    }

    afterEach(() => {
      IDBObjectStore.prototype.put = put;
    });

    it('keeps queueing in memory, says so once, and delivers what was stored before and after', async () => {
      await endpoint.script({ abort: true });
      const delivery = open(
        new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment({ schedule: never }).environment),
      );
      const before = await enqueueRatings(delivery, 3);
      await changes.first('retrying');
      let after: Awaited<ReturnType<typeof enqueueRatings>> = [];
      const warnings = await captureWarnings(async () => {
        exceedQuota();
        after = await enqueueRatings(delivery, 3);
      });
      expect(warnings.filter((warning) => warning.includes('IndexedDB')), 'warnings').to.have.length(1);
      expect(changes.of('storage-fallback').map((change) => change.reason)).to.deep.equal(['The quota has been exceeded.']);
      expect(delivery.status().storage).to.equal('memory');

      await delivery.flush();
      await expectDeliveredOnce(ids([...before, ...after]), delivery);
    });
  });

  describe('the device clock off by a day', () => {
    for (const [label, offset] of [['fast', DAY], ['slow', -DAY]] as const) {
      it(`events stored under a clock a day ${label} are sent at once by the next load, same ids`, async () => {
        const skewed = testEnvironment({ schedule: never });
        skewed.clock.offsetMs = offset;
        const earlier = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 60_000 }, skewed.environment);
        const events = await enqueueRatings(earlier, 3);
        await earlier.dispose();

        // The next load, with the clock right again and the default batching window.
        const next = open(new Delivery({ endpoint: endpoint.url, format: 'json' }, testEnvironment().environment));
        await expectDeliveredOnce(ids(events), next);
      });
    }

    for (const [label, offset, expected] of [
      ['fast, so the date has passed: it waits its own backoff', DAY, [1, 2, 3].map((n) => backoffDelay(n, 0.5))],
      ['slow, so the date is a day away: it waits the 300 s cap', -DAY, [RETRY_AFTER_CAP_MS, RETRY_AFTER_CAP_MS, RETRY_AFTER_CAP_MS]],
    ] as const) {
      it(`Retry-After as a date on a clock a day ${label}`, async () => {
        await endpoint.script({ status: 503, headers: { 'Retry-After': new Date(Date.now() + 2000).toUTCString() }, times: 3 });
        const skewed = testEnvironment();
        skewed.clock.offsetMs = offset;
        const delivery = open(new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, skewed.environment));
        const events = await enqueueRatings(delivery, 1);
        await expectDeliveredOnce(ids(events), delivery);
        expect(changes.of('retrying').map((change) => change.delayMs)).to.deep.equal(expected);
      });
    }
  });

  describe('a manifest URL that answers slowly, or with an HTML page', () => {
    for (const tag of tags) {
      it(`<${tag}> shows its loading state while the manifest is on its way, then its content`, async () => {
        await endpoint.script({ delayMs: 600, body: await base() });
        const element = createElement(tag, { manifest: { kind: 'url', url: endpoint.url }, learner: 'learner-slow' });
        document.body.append(element);
        try {
          await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const loading = stateBox(element, 'loading');
          expect(loading?.getAttribute('role'), 'a status').to.equal('status');
          expect(loading?.textContent).to.contain(translate('en', 'state.loading'));
          expect(await endpoint.received(), 'no answer yet').to.satisfy((requests: { answered: boolean }[]) => requests.every((request) => !request.answered));

          await settled(element);
          expect(stateBox(element, 'error'), 'an error state').to.equal(null);
          expect(stateBox(element, 'loading'), 'a loading state').to.equal(null);
          expect(element.matches(':state(ready)'), 'the content').to.equal(true);
        } finally {
          element.remove();
        }
      });

      it(`<${tag}> says the manifest URL answered with HTML, not JSON`, async () => {
        await endpoint.script({ body: '<!doctype html><html><head><title>Sign in</title></head><body><form>…</form></body></html>' });
        const error = console.error;
        console.error = () => {};
        const shown = await showElement(tag, { manifest: { kind: 'url', url: endpoint.url } }).finally(() => (console.error = error));
        try {
          expect(shown.errorState()?.textContent).to.contain(translate('en', 'error.manifest-parse'));
          expect(shown.errors.map(({ code, message }) => `${code}: ${message}`)).to.deep.equal(['manifest-parse: expected JSON but got HTML']);
        } finally {
          shown.remove();
        }
      });
    }
  });
});
