import { expect } from '@open-wc/testing';
import type { PkDeliveryEvent } from '../../../src/core/delivery/pk-delivery-event.js';
import { getDelivery } from '../../../src/core/delivery/get-delivery.js';
import type { PkRateEvent } from '../../../src/elements/relevance-rater/events/pk-rate.js';
import {
  checked,
  closeDelivery,
  html,
  manifest,
  part,
  rate,
  rater,
  reportingTo,
  statusOf,
  TestEndpoint,
  until,
  uniqueLearner,
  untilStatus,
} from './support.js';

const origin = `${location.origin}/`;
const iri = (path: string) => `${origin}purpose-kit/${path}`;

describe('pk-relevance-rater: sending', function () {
  // Real IndexedDB, a real endpoint and axe in several states: slower than the runner's default allows.
  this.timeout(30_000);
  let endpoint: TestEndpoint;
  let learner: string;
  let stored: string[];
  const recordStored = (event: PkDeliveryEvent) => {
    if (event.detail.kind === 'stored') stored.push(...event.detail.ids);
  };
  const language = document.documentElement.lang;

  before(() => {
    document.documentElement.lang = 'en';
  });

  after(() => {
    document.documentElement.lang = language;
  });

  beforeEach(() => {
    endpoint = new TestEndpoint();
    learner = uniqueLearner('priya');
    stored = [];
    window.addEventListener('pk-delivery', recordStored);
  });

  afterEach(async () => {
    window.removeEventListener('pk-delivery', recordStored);
    await Promise.all([closeDelivery(endpoint, 'json'), closeDelivery(endpoint, 'xapi')]);
  });

  it('sends a rating as one json event, saying each state in words', async () => {
    await endpoint.script({ delayMs: 300 });
    const el = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'json')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    await rate(el, 4, 5);
    el.comment = '  Helps me plan grid connections  ';
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(statusOf(el)).to.equal('Saving…');
    await untilStatus(el, 'Saved. Sending…');
    await expect(el).to.be.accessible();
    await untilStatus(el, 'Sent. Thank you.');
    await expect(el).to.be.accessible();

    const [request, ...more] = await endpoint.received();
    expect(more).to.deep.equal([]);
    const [event] = (request!.body as { events: { time: string }[] }).events;
    expect(request!.body).to.deep.equal({
      events: [
        {
          id: stored[0],
          time: event!.time,
          learnerId: learner,
          pillarId: 'energy',
          courseId: 'grid-101',
          pathwayId: 'grid',
          type: 'rating',
          data: { relevance: 4, clarity: 5, comment: 'Helps me plan grid connections' },
        },
      ],
    });
    expect(Date.now() - Date.parse(event!.time)).to.be.within(0, 60_000);
  });

  it('sends a rating as an xAPI 1.0.3 statement', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'xapi')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    await rate(el, 4, 2);
    part(el, 'submit')!.click();
    await untilStatus(el, 'Sent. Thank you.');

    const [request] = await endpoint.received();
    expect(request!.path).to.equal(`${endpoint.url}/statements`);
    expect(request!.headers['x-experience-api-version']).to.equal('1.0.3');
    const [statement] = request!.body as { timestamp: string }[];
    expect(request!.body).to.deep.equal([
      {
        id: stored[0],
        timestamp: statement!.timestamp,
        actor: { objectType: 'Agent', account: { homePage: origin, name: learner } },
        verb: { id: 'http://id.tincanapi.com/verb/rated', display: { en: 'rated' } },
        object: {
          objectType: 'Activity',
          id: iri('courses/grid-101'),
          definition: {
            type: 'http://adlnet.gov/expapi/activities/course',
            name: { en: 'Grid <b>101</b>' },
            moreInfo: 'https://lms.example/courses/grid-101',
          },
        },
        result: {
          score: { scaled: 0.75, raw: 4, min: 1, max: 5 },
          extensions: { 'https://w3id.org/purpose-kit/xapi/extensions/relevance': 4, 'https://w3id.org/purpose-kit/xapi/extensions/clarity': 2 },
        },
        context: {
          platform: 'Purpose Kit',
          language: 'en',
          contextActivities: {
            parent: [
              {
                objectType: 'Activity',
                id: iri('pathways/grid'),
                definition: { type: 'http://adlnet.gov/expapi/activities/module', name: { en: 'Grid basics' } },
              },
            ],
            grouping: [
              {
                objectType: 'Activity',
                id: iri('pillars/energy'),
                definition: { type: 'http://id.tincanapi.com/activitytype/goal', name: { en: 'Sustainable Energy Leadership' } },
              },
            ],
            category: [
              { objectType: 'Activity', id: 'https://w3id.org/purpose-kit/xapi/v1', definition: { type: 'http://adlnet.gov/expapi/activities/profile' } },
              {
                objectType: 'Activity',
                id: iri('impact-tags/q3-connections'),
                definition: { type: 'http://id.tincanapi.com/activitytype/tag', name: { en: 'Clears Stalled Grid Connections by Q3' } },
              },
            ],
          },
        },
      },
    ]);
  });

  it('fires a cancelable pk-rate before queueing; cancelled, nothing is queued', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'json')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    const rates: PkRateEvent[] = [];
    el.addEventListener('pk-rate', (event) => {
      rates.push(event);
      if (rates.length === 1) {
        expect(stored, 'fired before the event is queued').to.deep.equal([]);
        event.preventDefault();
      }
    });
    await rate(el, 2, 3);
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(rates[0]!.detail).to.deep.equal({
      course: 'grid-101',
      pillar: 'energy',
      learner,
      relevance: 2,
      clarity: 3,
      comment: '',
    });
    expect(rates[0]!.bubbles && rates[0]!.composed && rates[0]!.cancelable).to.equal(true);
    expect(statusOf(el)).to.equal('');
    expect(part(el, 'previous'), 'a cancelled rating is not remembered').to.equal(null);

    // The next, uncancelled rating is the only event that ever reaches the endpoint.
    await rate(el, 5, 5);
    part(el, 'submit')!.click();
    await untilStatus(el, 'Sent. Thank you.');
    const requests = await endpoint.received();
    expect(requests.flatMap((request) => request.ids)).to.deep.equal(stored);
    expect(stored).to.have.length(1);
    expect((requests[0]!.body as { events: { data: unknown }[] }).events[0]!.data).to.deep.equal({ relevance: 5, clarity: 5 });
  });

  it('asks for both scales before sending', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'json')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    let rates = 0;
    el.addEventListener('pk-rate', () => rates++);
    el.shadowRoot!.querySelector('[role="radiogroup"]')!.querySelector<HTMLElement>('[data-point="3"]')!.click();
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(part(el, 'invalid')!.textContent!.trim()).to.equal('Choose a point on both scales.');
    expect(el.shadowRoot!.activeElement?.closest('[part~="scale"][part~="clarity"]'), 'focus goes to the missing scale').to.exist;
    expect(rates).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('says why the server did not accept a rating', async () => {
    await endpoint.script({ status: 422, body: { error: 'course retired' } });
    const el = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'json')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    await rate(el, 3, 3);
    part(el, 'submit')!.click();
    await untilStatus(el, 'Not accepted by the server: HTTP 422: {"error":"course retired"}');
    expect(part(el, 'status')!.classList.contains('rejected')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says when sending is paused until the learner signs in again', async () => {
    await endpoint.script({ status: 401 });
    const el = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'json')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    await rate(el, 3, 4);
    part(el, 'submit')!.click();
    await untilStatus(el, 'Saved on this device; sending is paused until you sign in again.');
    await expect(el).to.be.accessible();
  });

  it('keeps an offline rating and, after a reload, delivers it once and says so', async () => {
    // A broken answer fails the request as a network error; a dropped connection would not do,
    // since Chromium silently resends a request whose reused connection closes without an answer.
    await endpoint.script({ abort: true });
    const first = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'json')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    await rate(first, 2, 4);
    part(first, 'submit')!.click();
    await untilStatus(first, 'Saved on this device; waiting for the network to send it.');
    // The page goes away before the retry; the next page has a new outbox over the same store.
    await closeDelivery(endpoint, 'json');
    await expect(first).to.be.accessible();
    const [id] = stored;
    first.remove();
    const second = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'json')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    await until(() => part(second, 'previous'), 'the remembered rating');
    expect([checked(second, 'relevance'), checked(second, 'clarity')]).to.deep.equal([2, 4]);
    // The new page opens its outbox, which replays what the last page left.
    getDelivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 });
    await untilStatus(second, 'Sent. Thank you.');

    const requests = await endpoint.received();
    expect(requests.map((request) => [request.ids, request.answered])).to.deep.equal([
      [[id], false],
      [[id], true],
    ]);
    await getDelivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }).flush();
    expect(await endpoint.received(), 'nothing is sent again').to.have.length(2);
  });

  it('keeps the rating on the device when no endpoint is configured', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    await rate(el, 5, 4);
    part(el, 'submit')!.click();
    await untilStatus(el, 'Saved on this device.');
    await until(() => part(el, 'previous'), 'the remembered rating');
    expect(part(el, 'submit')!.textContent!.trim()).to.equal('Update rating');
    await expect(el).to.be.accessible();
  });

  it('says the rating was not saved when there is no learner to send it for', async () => {
    const original = console.error;
    const errors: string[] = [];
    console.error = (message: string) => errors.push(message);
    try {
      const el = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'json')} course="grid-101"></pk-relevance-rater>`);
      const reported = new Promise((resolve) => el.addEventListener('pk-error', resolve, { once: true }));
      await rate(el, 1, 1);
      part(el, 'submit')!.click();
      await reported;
      await until(() => statusOf(el).startsWith('Not saved: cannot send a "rating" event without a learner id'), 'the failure');
      expect(errors).to.have.length(1);
      expect(part(el, 'previous'), 'a rating that was not saved is not remembered').to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });
});
