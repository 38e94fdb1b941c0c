import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PkCourseSelectEvent } from '../../../src/elements/pillar-navigator/events/pk-course-select.js';
import type { PkPathwaySelectEvent } from '../../../src/elements/pillar-navigator/events/pk-pathway-select.js';
import type { PkPillarSelectEvent } from '../../../src/elements/pillar-navigator/events/pk-pillar-select.js';
import { all, focusedKey, idle, item, manifest, navigator, one, selectedTab, type Navigator } from './helpers.js';

const EVENTS = ['pk-pillar-select', 'pk-pathway-select', 'pk-course-select'] as const;

/** Every navigator event fired while `action` runs, in order. */
async function recorded(el: Navigator, action: () => unknown): Promise<CustomEvent[]> {
  const events: CustomEvent[] = [];
  const record = (event: Event) => events.push(event as CustomEvent);
  for (const type of EVENTS) document.addEventListener(type, record);
  try {
    await action();
    await idle(el);
  } finally {
    for (const type of EVENTS) document.removeEventListener(type, record);
  }
  return events;
}

const row = (el: Navigator, key: string) => item(el, key).querySelector<HTMLElement>('.row') ?? item(el, key);

describe('pk-pillar-navigator: events and selection', () => {
  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('fires pk-pillar-select when the learner picks another pillar, and reflects it', async () => {
    const el = await navigator();
    const tab = all(el, '[role="tab"]')[1]!;
    const events = await recorded(el, () => tab.click());
    expect(events.map((event) => event.type)).to.deep.equal(['pk-pillar-select']);
    const { detail, bubbles, composed } = events[0] as PkPillarSelectEvent;
    expect([detail.pillarId, detail.pillar.title, bubbles, composed]).to.deep.equal(['energy', 'Sustainable Energy Leadership', true, true]);
    expect(el.getAttribute('selected-pillar')).to.equal('energy');
    expect(selectedTab(el)).to.equal('Sustainable Energy Leadership');
    expect(await recorded(el, () => tab.click())).to.have.length(0);
  });

  it('fires pk-pathway-select when the learner opens a pathway, reflects it, and clears it on close', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator>`);
    const events = await recorded(el, () => row(el, 'pathway:green-finance').click());
    expect(events.map((event) => event.type)).to.deep.equal(['pk-pathway-select']);
    expect((events[0] as PkPathwaySelectEvent).detail).to.include({ pathwayId: 'green-finance', pillarId: 'energy', source: 'tree' });
    expect(el.getAttribute('selected-pathway')).to.equal('green-finance');
    expect(item(el, 'pathway:green-finance').getAttribute('aria-expanded')).to.equal('true');

    expect(await recorded(el, () => row(el, 'pathway:green-finance').click())).to.have.length(0);
    expect(el.hasAttribute('selected-pathway')).to.equal(false);
    expect(item(el, 'pathway:green-finance').getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens a hero pathway in its pillar from its card, focused, firing both events', async () => {
    const el = await navigator();
    const card = all(el, '[part~="hero"]').find((hero) => hero.dataset.pathway === 'net-zero')!;
    const events = await recorded(el, () => card.click());
    expect(events.map((event) => [event.type, event.detail.pillarId])).to.deep.equal([
      ['pk-pillar-select', 'energy'],
      ['pk-pathway-select', 'energy'],
    ]);
    expect((events[1] as PkPathwaySelectEvent).detail.source).to.equal('hero');
    expect(selectedTab(el)).to.equal('Sustainable Energy Leadership');
    expect(focusedKey(el)).to.equal('pathway:net-zero');
    expect(item(el, 'pathway:net-zero').getAttribute('aria-expanded')).to.equal('true');
  });

  it('fires a cancelable pk-course-select with the safe course URL', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pathway="trust-essentials"></pk-pillar-navigator>`);
    const fired = oneEvent(el, 'pk-course-select') as Promise<PkCourseSelectEvent>;
    item(el, 'course:trust-essentials:0').click();
    const event = await fired;
    expect(event.cancelable).to.equal(true);
    expect(event.detail).to.include({ courseId: 'privacy', pathwayId: 'trust-essentials', pillarId: 'trust' });
    expect(event.detail.url).to.equal(new URL('#course-privacy', document.baseURI).href);
    expect(location.hash).to.equal('');
  });

  it('follows the course URL with navigate unless the host cancels', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} navigate selected-pathway="trust-essentials"></pk-pillar-navigator>`);
    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('pk-course-select', cancel);
    item(el, 'course:trust-essentials:0').click();
    expect(location.hash).to.equal('');
    el.removeEventListener('pk-course-select', cancel);
    item(el, 'course:trust-essentials:0').click();
    expect(location.hash).to.equal('#course-privacy');
  });

  it('selects from code, attributes or properties, without firing events', async () => {
    const el = await navigator();
    const events = await recorded(el, async () => {
      el.selectedPillar = 'safety';
      await el.updateComplete;
      expect(selectedTab(el)).to.equal('Zero Harm');
      el.setAttribute('selected-pathway', 'green-finance');
      await el.updateComplete;
    });
    expect(events).to.have.length(0);
    expect(selectedTab(el)).to.equal('Sustainable Energy Leadership');
    expect(el.getAttribute('selected-pillar')).to.equal('energy');
    expect(item(el, 'pathway:green-finance').getAttribute('aria-expanded')).to.equal('true');
  });

  it('goes back to the first pillar when selected-pillar is removed', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="growth"></pk-pillar-navigator>`);
    const errors: Event[] = [];
    el.addEventListener('pk-error', (event) => errors.push(event));
    el.removeAttribute('selected-pillar');
    await el.updateComplete;
    expect(el.selectedPillar).to.equal(undefined);
    expect(selectedTab(el)).to.equal('Client Trust');
    expect(errors).to.have.length(0);
  });

  it('drops the selected pathway when another pillar is selected', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pathway="net-zero"></pk-pillar-navigator>`);
    el.selectedPillar = 'growth';
    await el.updateComplete;
    expect(el.selectedPathway).to.equal(undefined);
    expect(el.hasAttribute('selected-pathway')).to.equal(false);
    all(el, '[role="tab"]')[1]!.click();
    await el.updateComplete;
    expect(item(el, 'pathway:net-zero').getAttribute('aria-expanded')).to.equal('true');
  });

  it('opens a deep-linked pathway from markup in its own pillar, whatever selected-pillar says', async () => {
    const el = await navigator(
      html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="growth" selected-pathway="field-safety"></pk-pillar-navigator>`,
    );
    expect(selectedTab(el)).to.equal('Zero Harm');
    expect(el.getAttribute('selected-pillar')).to.equal('safety');
    expect(one(el, '.pathway.selected').dataset.key).to.equal('pathway:field-safety');
  });

  it('sends pathway-opened to the configured endpoint when the learner opens a pathway, not when code does', async () => {
    const endpoint = `/__endpoint/pillar-navigator-${crypto.randomUUID()}`;
    const learner = `learner-${crypto.randomUUID()}`;
    const reporting = { ...manifest, reporting: { endpoint, flushIntervalMs: 0 } };
    const el = await navigator(
      html`<pk-pillar-navigator .manifest=${reporting} learner=${learner} selected-pathway="net-zero"></pk-pillar-navigator>`,
    );
    row(el, 'pathway:storage-ops').click();
    let received: { body: { events: Record<string, unknown>[] } }[] = [];
    await waitUntil(async () => {
      received = await (await fetch(`${endpoint}/__received`)).json();
      return received.length > 0;
    }, 'a request at the endpoint');
    const events = received.flatMap((request) => request.body.events);
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ type: 'pathway-opened', pathwayId: 'storage-ops', pillarId: 'energy', learnerId: learner });
  });
});
