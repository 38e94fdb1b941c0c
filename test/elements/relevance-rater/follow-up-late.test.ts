/**
 * Sending, the words about a delivery and the expert's step are a chunk of their own that loads
 * after the first render: a learner who acts before it arrived loses nothing.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkRateEvent } from '../../../src/elements/relevance-rater/events/pk-rate.js';
import { followUpSteps } from '../../../src/elements/relevance-rater/parts.js';
import {
  checked,
  closeDelivery,
  endorsements,
  endorseStep,
  html,
  part,
  radio,
  rater,
  reportingTo,
  statusOf,
  TestEndpoint,
  uniqueLearner,
  untilStatus,
} from './support.js';

describe('pk-relevance-rater before its follow-up chunk arrived', function () {
  this.timeout(30_000);
  const endpoint = new TestEndpoint();
  const load = followUpSteps.load;
  /** Lets the chunk arrive: until then every attempt to load it waits. */
  let arrive!: () => void;

  before(() => {
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    followUpSteps.load = () => arrived.then(() => load.call(followUpSteps));
  });

  after(async () => {
    followUpSteps.load = load;
    arrive();
    await closeDelivery(endpoint, 'json');
  });

  it('draws its whole first screen, and asks for a missing scale with the focus on it', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${reportingTo(endpoint, 'json')} course="grid-101"></pk-relevance-rater>`);
    for (const name of ['heading', 'relevance', 'clarity', 'comment', 'submit', 'status']) {
      expect(part(el, name), name).to.exist;
    }
    await endorsements(el); // their own chunk: they do not wait for this one
    radio(el, 'relevance', 3).click();
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(part(el, 'invalid')!.textContent!.trim()).to.equal('Choose a point on both scales.');
    expect(el.shadowRoot!.activeElement?.closest('[part~="scale"][part~="clarity"]'), 'focus goes to the missing scale').to.exist;
    expect(followUpSteps.value).to.equal(undefined);
  });

  it('sends a rating given before the chunk arrived, then says where it is; the expert step appears with the chunk', async () => {
    const learner = uniqueLearner('early');
    const el = await rater(
      html`<pk-relevance-rater expert .manifest=${reportingTo(endpoint, 'json')} course="grid-101" learner=${learner}></pk-relevance-rater>`,
    );
    expect(part(el, 'endorse'), 'the expert step comes with the chunk').to.equal(null);
    const rates: PkRateEvent[] = [];
    el.addEventListener('pk-rate', (event) => rates.push(event));

    radio(el, 'relevance', 1).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    const submit = part<HTMLButtonElement>(el, 'submit')!;
    submit.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(rates.map(({ detail }) => [detail.relevance, detail.clarity]), 'pk-rate at once').to.deep.equal([[2, 1]]);
    expect(statusOf(el)).to.equal('Saving…');
    expect(submit.disabled, 'one rating at a time').to.equal(true);
    expect(await endpoint.received(), 'queued once the chunk is here').to.deep.equal([]);

    arrive();
    await untilStatus(el, 'Sent. Thank you.');
    const [request, ...more] = await endpoint.received();
    expect(more).to.deep.equal([]);
    const events = (request!.body as { events: { learnerId: string; type: string; data: unknown }[] }).events;
    expect(events.map(({ learnerId, type, data }) => [learnerId, type, data])).to.deep.equal([[learner, 'rating', { relevance: 2, clarity: 1 }]]);
    expect([checked(el, 'relevance'), checked(el, 'clarity')]).to.deep.equal([2, 1]);
    expect((await endorseStep(el)).textContent!.trim()).to.equal('This helped me solve a strategic problem');
    expect(rates).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
