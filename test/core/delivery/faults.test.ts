import { expect } from '@open-wc/testing';
import { Delivery } from '../../../src/core/delivery/delivery.js';
import type { PkEvent } from '../../../src/core/delivery/event.js';
import type { PkDeliveryDetail } from '../../../src/core/delivery/pk-delivery-event.js';
import {
  accepted,
  Changes,
  enqueueRatings,
  ids,
  never,
  sentAgainAfterSuccess,
  storedEvents,
  TestEndpoint,
  testEnvironment,
  until,
  type Fault,
  type ReceivedRequest,
} from './support.js';

interface Scenario {
  name: string;
  faults: () => Fault[];
  timeoutMs?: number;
  /** What the sender must have said about the fault. */
  check(changes: Changes, requests: ReceivedRequest[]): void;
}

const retried = (changes: Changes): Extract<PkDeliveryDetail, { kind: 'retrying' }> => {
  const [first] = changes.of('retrying');
  expect(first, 'a "retrying" change').not.to.equal(undefined);
  return first!;
};

const scenarios: Scenario[] = [
  {
    name: 'a refused connection (offline)',
    faults: () => [{ abort: true, times: 2 }],
    check: (changes) => expect(retried(changes).reason).to.match(/^network error/),
  },
  {
    name: '500, twice',
    faults: () => [{ status: 500, times: 2 }],
    // 1 s then 2 s ceilings, with jitter fixed at the middle.
    check: (changes) => expect(changes.of('retrying').map((change) => change.delayMs)).to.deep.equal([750, 1500]),
  },
  {
    name: '503 with Retry-After: 2',
    faults: () => [{ status: 503, headers: { 'Retry-After': '2' } }],
    check: (changes) => expect(retried(changes)).to.deep.include({ status: 503, delayMs: 2000 }),
  },
  {
    name: '429 with an HTTP-date Retry-After',
    faults: () => [{ status: 429, headers: { 'Retry-After': new Date(Date.now() + 3000).toUTCString() } }],
    // HTTP-dates have whole seconds: three seconds ahead, less up to one.
    check: (changes) => expect(retried(changes).delayMs).to.be.within(1000, 3000),
  },
  {
    name: 'an answer slower than the request timeout',
    faults: () => [{ delayMs: 1500 }],
    timeoutMs: 250,
    check: (changes, requests) => {
      expect(retried(changes).reason).to.equal('no answer within 250 ms');
      expect(requests[0]?.answered).to.equal(false);
    },
  },
];

describe('Delivery under faults', () => {
  let endpoint: TestEndpoint;
  let changes: Changes;
  let delivery: Delivery | undefined;

  beforeEach(() => {
    endpoint = new TestEndpoint();
    changes = new Changes(endpoint);
  });

  afterEach(async () => {
    changes.stop();
    await delivery?.dispose();
    delivery = undefined;
  });

  /** Every event arrived in a 2xx the client saw, nothing else arrived, and the outbox is empty. */
  async function expectAllDelivered(events: readonly PkEvent[]): Promise<ReceivedRequest[]> {
    await until(async () => new Set(await endpoint.deliveredIds()).size === events.length, 'every event to arrive');
    const requests = await endpoint.received();
    expect(new Set(requests.filter(accepted).flatMap((request) => request.ids))).to.deep.equal(new Set(ids(events)));
    expect(requests.flatMap((request) => request.ids).every((id) => ids(events).includes(id)), 'ids unchanged').to.equal(true);
    expect(sentAgainAfterSuccess(requests), 'sent again after a 2xx').to.deep.equal([]);
    await until(async () => (await storedEvents(delivery!)).length === 0, 'an empty outbox');
    return requests;
  }

  for (const scenario of scenarios) {
    it(`recovers from ${scenario.name}`, async () => {
      await endpoint.script(...scenario.faults());
      delivery = new Delivery(
        { endpoint: endpoint.url, format: 'json', batchSize: 4, flushIntervalMs: 0, timeoutMs: scenario.timeoutMs ?? 5000 },
        testEnvironment().environment,
      );
      const events = await enqueueRatings(delivery, 10);
      const requests = await expectAllDelivered(events);
      scenario.check(changes, requests);
      expect(requests.filter((request) => !accepted(request)).length, 'requests that failed').to.be.greaterThan(0);
      expect(delivery.status()).to.deep.include({ queued: 0, paused: false, retryAt: undefined, lastError: undefined });
    });
  }

  it('pauses on 401, keeps everything, and resumes with fresh credentials on flush', async () => {
    await endpoint.script({ status: 401, body: { error: 'token expired' } });
    let token = 0;
    delivery = new Delivery(
      { endpoint: endpoint.url, format: 'json', batchSize: 4, flushIntervalMs: 0, headers: () => ({ Authorization: `Bearer ${++token}` }) },
      testEnvironment().environment,
    );
    const [first] = await enqueueRatings(delivery, 1);
    const paused = await changes.first('paused');
    expect(paused).to.deep.include({ status: 401, ids: [first!.id] });
    expect(paused.reason).to.contain('token expired');
    expect(delivery.status().paused).to.equal(true);

    const later = await enqueueRatings(delivery, 5);
    expect(await endpoint.received(), 'nothing sent while paused').to.have.length(1);
    expect(ids(await storedEvents(delivery))).to.have.members([first!.id, ...ids(later)]);

    await delivery.flush();
    const requests = await expectAllDelivered([first!, ...later]);
    expect(requests[0]?.headers.authorization).to.equal('Bearer 1');
    expect(requests.slice(1).every((request) => request.headers.authorization !== 'Bearer 1')).to.equal(true);
    expect(delivery.status().paused).to.equal(false);
  });

  it('retries when the headers callback fails', async () => {
    let calls = 0;
    const headers = () => {
      calls += 1;
      if (calls === 1) throw new Error('token service unreachable');
      return { Authorization: 'Bearer fresh' };
    };
    delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0, headers }, testEnvironment().environment);
    const events = await enqueueRatings(delivery, 2);
    expect((await changes.first('retrying')).reason).to.equal('the headers callback failed: token service unreachable');
    const requests = await expectAllDelivered(events);
    expect(requests.every((request) => request.headers.authorization === 'Bearer fresh')).to.equal(true);
  });

  it('backs off when the lock cannot be taken, and sends once it can', async () => {
    let refusals = 1;
    const locks = {
      request: (name: string, task: () => Promise<unknown>) =>
        refusals-- > 0 ? Promise.reject(new DOMException('The document is not fully active.', 'InvalidStateError')) : navigator.locks.request(name, task),
    } as unknown as LockManager;
    delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment({ locks }).environment);
    const events = await enqueueRatings(delivery, 2);
    expect((await changes.first('retrying')).reason).to.contain('not fully active');
    await expectAllDelivered(events);
  });

  it('pauses on a configuration error (405) instead of dropping or hammering', async () => {
    await endpoint.script({ status: 405 });
    delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment().environment);
    const [event] = await enqueueRatings(delivery, 1);
    expect(await changes.first('paused')).to.deep.include({ status: 405, ids: [event!.id] });
    expect(ids(await storedEvents(delivery))).to.deep.equal([event!.id]);
  });

  it('pauses instead of following a redirect to a sign-in page', async () => {
    await endpoint.script({ status: 302, headers: { Location: '/login' } });
    delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment().environment);
    const [event] = await enqueueRatings(delivery, 1);
    const paused = await changes.first('paused');
    expect(paused).to.deep.include({ status: 0, ids: [event!.id] });
    expect(paused.reason).to.contain('redirected');
    expect(ids(await storedEvents(delivery))).to.deep.equal([event!.id]);
  });

  it('sends immediately when the browser comes back online, ending the backoff', async () => {
    await endpoint.script({ abort: true });
    delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment({ schedule: never }).environment);
    const events = await enqueueRatings(delivery, 3);
    await changes.first('retrying');
    expect(delivery.status().retryAt).to.be.a('number');

    window.dispatchEvent(new Event('online'));
    await expectAllDelivered(events);
  });

  it('dead-letters a 400 with its reason and never sends the event again', async () => {
    await endpoint.script({ status: 400, body: { error: 'unknown course' } });
    delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment().environment);
    const [refused] = await enqueueRatings(delivery, 1);
    const dead = await changes.first('dead-lettered');
    expect(dead).to.deep.include({ ids: [refused!.id], status: 400 });
    expect(dead.reason).to.contain('unknown course');
    expect(delivery.status().deadLettered.map(({ at, ...letter }) => letter)).to.deep.equal([{ event: refused, status: 400, reason: dead.reason }]);
    expect(await storedEvents(delivery)).to.deep.equal([]);

    const [next] = await enqueueRatings(delivery, 1);
    await delivery.flush();
    await until(async () => (await endpoint.deliveredIds()).includes(next!.id), 'the next event');
    const requests = await endpoint.received();
    expect(requests.filter((request) => request.ids.includes(refused!.id))).to.have.length(1);
    expect(changes.of('retrying')).to.deep.equal([]);
  });

  it('isolates the one refused event of a batch and delivers the rest once', async () => {
    const { environment } = testEnvironment({ schedule: never });
    delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 60_000 }, environment);
    const events = await enqueueRatings(delivery, 6);
    const bad = events[3]!;
    await endpoint.reject({ id: bad.id, status: 422, body: { error: 'relevance out of range' } });

    await delivery.flush();
    const requests = await endpoint.received();
    const delivered = requests.filter(accepted).flatMap((request) => request.ids);
    expect(delivered).to.have.members(ids(events).filter((id) => id !== bad.id));
    expect(new Set(delivered).size).to.equal(delivered.length);
    const single = requests.findIndex((request) => request.ids.length === 1 && request.ids[0] === bad.id);
    expect(single, 'a request with the refused event alone').to.be.greaterThan(-1);
    expect(requests.slice(single + 1).some((request) => request.ids.includes(bad.id))).to.equal(false);
    expect(changes.of('dead-lettered').map((change) => change.ids)).to.deep.equal([[bad.id]]);
    expect(await storedEvents(delivery)).to.deep.equal([]);
  });

  it('treats 409 (the server already has the id) as delivered', async () => {
    await endpoint.script({ status: 409 });
    delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment().environment);
    const [event] = await enqueueRatings(delivery, 1);
    expect(await changes.first('sent')).to.deep.include({ ids: [event!.id], status: 409 });
    expect(await storedEvents(delivery)).to.deep.equal([]);
    expect(delivery.status().deadLettered).to.deep.equal([]);
  });
});
