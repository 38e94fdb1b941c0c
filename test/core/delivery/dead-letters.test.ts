import { expect } from '@open-wc/testing';
import { Delivery, type DeadLetterExport } from '../../../src/core/delivery/delivery.js';
import { captureWarnings, Changes, enqueueRatings, ids, storedEvents, TestEndpoint, testEnvironment, until } from './support.js';

describe('Dead letters', () => {
  let endpoint: TestEndpoint;
  let changes: Changes;
  const deliveries: Delivery[] = [];

  /** A delivery to the test endpoint; a second one on the same endpoint and format is the page after a reload. */
  function open(): Delivery {
    const delivery = new Delivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }, testEnvironment().environment);
    deliveries.push(delivery);
    return delivery;
  }

  beforeEach(() => {
    endpoint = new TestEndpoint();
    changes = new Changes(endpoint);
  });

  afterEach(async () => {
    changes.stop();
    for (const delivery of deliveries.splice(0)) {
      await delivery.discardDeadLetters();
      await delivery.dispose();
    }
  });

  it('keeps a refused event in IndexedDB, lists it after a reload, and re-sends it with the same id', async () => {
    await endpoint.script({ status: 422, body: { error: 'unknown course' } });
    const first = open();
    const [refused] = await enqueueRatings(first, 1);
    await changes.first('dead-lettered');
    expect(await storedEvents(first)).to.deep.equal([]);
    await first.dispose();

    // The next page: nothing in memory, only what IndexedDB kept.
    const second = open();
    expect(second.status().deadLettered).to.deep.equal([]);
    const [letter, ...others] = await second.deadLetters();
    expect(others).to.deep.equal([]);
    expect(letter).to.deep.include({ event: refused, status: 422 });
    expect(letter?.reason).to.contain('unknown course');
    expect(Date.parse(letter!.at)).to.be.closeTo(Date.now(), 60_000);

    // The endpoint has been fixed: the letter goes back to the outbox and out.
    expect(await second.resend()).to.deep.equal([refused!.id]);
    await until(async () => (await endpoint.deliveredIds()).includes(refused!.id), 'the re-sent event');
    expect(await second.deadLetters()).to.deep.equal([]);
    const requests = await endpoint.received();
    expect(requests.map((request) => request.ids)).to.deep.equal([[refused!.id], [refused!.id]]);
    expect((requests[1]?.body as { events: { time: string }[] }).events[0]?.time).to.equal(refused!.time);
  });

  it('re-sends only the letters asked for, and discards on request', async () => {
    const delivery = open();
    await endpoint.script({ status: 400 }, { status: 400 }, { status: 400 });
    const events: Awaited<ReturnType<typeof enqueueRatings>> = [];
    for (let n = 0; n < 3; n += 1) {
      events.push(...(await enqueueRatings(delivery, 1)));
      await until(() => changes.of('dead-lettered').length === n + 1, `dead letter ${n + 1}`);
    }
    expect(ids((await delivery.deadLetters()).map((letter) => letter.event))).to.deep.equal(ids(events));

    expect(await delivery.resend([events[1]!.id, 'no-such-id'])).to.deep.equal([events[1]!.id]);
    await until(async () => (await endpoint.deliveredIds()).includes(events[1]!.id), 'the chosen event');
    expect(await delivery.discardDeadLetters([events[0]!.id])).to.deep.equal([events[0]!.id]);
    expect(ids((await delivery.deadLetters()).map((letter) => letter.event))).to.deep.equal([events[2]!.id]);
    expect(ids(delivery.status().deadLettered.map((letter) => letter.event))).to.deep.equal([events[2]!.id]);
  });

  it('exports the letters as JSON', async () => {
    await endpoint.script({ status: 413, body: 'too large' });
    const delivery = open();
    const [refused] = await enqueueRatings(delivery, 1);
    await changes.first('dead-lettered');
    const exported = JSON.parse(await delivery.exportDeadLetters()) as DeadLetterExport;
    expect(exported).to.deep.include({ endpoint: endpoint.absoluteUrl, format: 'json' });
    expect(Date.parse(exported.exportedAt)).to.be.closeTo(Date.now(), 60_000);
    expect(exported.deadLetters).to.have.length(1);
    expect(exported.deadLetters[0]).to.deep.include({ event: refused, status: 413, reason: 'HTTP 413: too large' });
  });

  describe('without IndexedDB', () => {
    const openDatabase = IDBFactory.prototype.open;

    beforeEach(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });

    afterEach(() => {
      IDBFactory.prototype.open = openDatabase;
    });

    it('keeps them in memory, says so once, and still re-sends them', async () => {
      await endpoint.script({ status: 400 }, { status: 400 });
      const delivery = open();
      const refused: Awaited<ReturnType<typeof enqueueRatings>> = [];
      const warnings = await captureWarnings(async () => {
        for (let n = 0; n < 2; n += 1) {
          refused.push(...(await enqueueRatings(delivery, 1)));
          await until(() => changes.of('dead-lettered').length === n + 1, `dead letter ${n + 1}`);
        }
        await delivery.deadLetters();
      });
      expect(warnings.filter((warning) => warning.includes('dead letters') && warning.includes('kept in memory'))).to.have.length(1);
      expect(ids((await delivery.deadLetters()).map((letter) => letter.event))).to.have.members(ids(refused));

      await delivery.resend();
      await until(async () => (await endpoint.deliveredIds()).length === 2, 'both re-sent events');
      expect(await delivery.deadLetters()).to.deep.equal([]);
    });
  });
});
