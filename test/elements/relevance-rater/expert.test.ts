import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure, resetConfig } from '../../../src/core/config/config.js';
import type { PkEndorseEvent } from '../../../src/elements/relevance-rater/events/pk-endorse.js';
import type { PkRelevanceRater } from '../../../src/elements/relevance-rater/relevance-rater.js';
import {
  closeDelivery,
  endorseStep,
  html,
  manifest,
  part,
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
const problem = 'It let us clear 46 stalled solar connections without a new transformer.';

describe('pk-relevance-rater: expert endorsement', function () {
  // Real IndexedDB, a real endpoint and axe in several states: slower than the runner's default allows.
  this.timeout(30_000);
  let endpoint: TestEndpoint;
  let learner: string;
  const language = document.documentElement.lang;

  before(() => {
    document.documentElement.lang = 'en';
  });

  after(() => {
    document.documentElement.lang = language;
  });

  beforeEach(() => {
    endpoint = new TestEndpoint();
    learner = uniqueLearner('ingrid');
  });

  afterEach(async () => {
    resetConfig();
    await Promise.all([closeDelivery(endpoint, 'json'), closeDelivery(endpoint, 'xapi')]);
  });

  /** Opens the step, writes the problem, picks the pillar and sends, by keyboard and mouse. */
  async function endorse(el: PkRelevanceRater, pillar: string): Promise<PkEndorseEvent> {
    (await endorseStep(el)).click();
    await el.updateComplete;
    part(el, 'problem')!.focus();
    await sendKeys({ type: problem });
    const select = part<HTMLSelectElement>(el, 'pillar-select')!;
    select.value = pillar;
    select.dispatchEvent(new Event('change'));
    const endorsed = new Promise<PkEndorseEvent>((resolve) => el.addEventListener('pk-endorse', resolve, { once: true }));
    part(el, 'endorse-submit')!.click();
    return endorsed;
  }

  it('is offered only to experts', async () => {
    const learner = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    const expert = await rater(html`<pk-relevance-rater expert .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    expect((await endorseStep(expert)).textContent!.trim()).to.equal('This helped me solve a strategic problem');
    expect(part(learner, 'endorse'), 'the step has arrived, for experts only').to.equal(null);
    configure({ expert: true });
    await learner.updateComplete;
    expect(part(learner, 'endorse'), 'expert in page configuration').to.exist;
  });

  it('opens a step for the problem in one sentence and the pillar, defaulting to the course pillar', async () => {
    const el = await rater(html`<pk-relevance-rater expert .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    const toggle = await endorseStep(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector<HTMLElement>('#endorse-panel')!.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelector<HTMLElement>('#endorse-panel')!.hidden).to.equal(false);
    expect(part<HTMLSelectElement>(el, 'pillar-select')!.value).to.equal('energy');
    expect([...part<HTMLSelectElement>(el, 'pillar-select')!.options].map((option) => option.text)).to.deep.equal([
      'Sustainable Energy Leadership',
      'Client Trust',
    ]);
    await expect(el).to.be.accessible();

    part(el, 'endorse-submit')!.click();
    await el.updateComplete;
    expect(part(el, 'problem')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById('problem-invalid')!.textContent).to.equal('Describe the problem in one sentence.');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'problem'));
    await expect(el).to.be.accessible();
  });

  it('sends an endorsement as a json event and fires pk-endorse', async () => {
    const el = await rater(html`<pk-relevance-rater expert .manifest=${reportingTo(endpoint, 'json')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    const { detail } = await endorse(el, 'trust');
    expect(detail).to.deep.equal({ course: 'grid-101', pillar: 'trust', learner, problem, eventId: detail.eventId });
    await untilStatus(el, 'Sent. Thank you.', 'endorsement');
    await expect(el).to.be.accessible();

    const [request] = await endpoint.received();
    const [event] = (request!.body as { events: { time: string }[] }).events;
    expect(request!.body).to.deep.equal({
      events: [
        {
          id: detail.eventId,
          time: event!.time,
          learnerId: learner,
          pillarId: 'energy',
          courseId: 'grid-101',
          pathwayId: 'grid',
          type: 'endorsement',
          data: { problem, pillar: 'trust' },
        },
      ],
    });
    expect(statusOf(el), 'the rating has its own state').to.equal('');
  });

  it('sends an endorsement as an xAPI statement', async () => {
    const el = await rater(html`<pk-relevance-rater expert .manifest=${reportingTo(endpoint, 'xapi')} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    const { detail } = await endorse(el, 'trust');
    await untilStatus(el, 'Sent. Thank you.', 'endorsement');
    const [request] = await endpoint.received();
    const [statement] = request!.body as { timestamp: string }[];
    expect(request!.body).to.deep.equal([
      {
        id: detail.eventId,
        timestamp: statement!.timestamp,
        actor: { objectType: 'Agent', account: { homePage: origin, name: learner } },
        verb: { id: 'http://id.tincanapi.com/verb/applauded', display: { en: 'applauded' } },
        object: {
          objectType: 'Activity',
          id: iri('courses/grid-101'),
          definition: {
            type: 'http://adlnet.gov/expapi/activities/course',
            name: { en: 'Grid <b>101</b>' },
            moreInfo: 'https://lms.example/courses/grid-101',
          },
        },
        result: { response: problem },
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
              {
                objectType: 'Activity',
                id: iri('pillars/trust'),
                definition: { type: 'http://id.tincanapi.com/activitytype/goal' },
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

  it('remembers the endorsement for the expert on this device', async () => {
    const first = await rater(html`<pk-relevance-rater expert .manifest=${manifest} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    await endorse(first, 'energy');
    await untilStatus(first, 'Saved on this device.', 'endorsement');
    first.remove();
    const again = await rater(html`<pk-relevance-rater expert .manifest=${manifest} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    const previous = await until(() => part(again, 'endorse-previous'), 'the remembered endorsement');
    expect(previous.textContent).to.match(/^You endorsed this on \w+ \d+, \d{4}\.$/);
  });
});
