import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { interactiveModule } from '../../../src/elements/pillar-navigator/interactive-loader.js';
import { all, idle, item, manifest, navigator, one, text, type Navigator } from './helpers.js';

const pathwayKeys = (el: Navigator) => all(el, '[part~="pathway"]').map((node) => node.dataset.key);
const tabCounts = (el: Navigator) => all(el, '[role="tab"] .tab-meta').map((meta) => text(meta.lastElementChild));
const status = (el: Navigator) => text(one(el, '[role="status"]'));

async function check(el: Navigator, part: string): Promise<void> {
  one<HTMLInputElement>(el, `[part~="${part}"]`).click();
  await idle(el);
}

describe('pk-pillar-navigator: filters', () => {
  // The keyboard model and filtering are a chunk of their own (interactive.test.ts is about its loading).
  before(() => interactiveModule.load());

  it('searches as the learner types, case- and accent-insensitive, and announces the count politely', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator>`);
    one(el, '[part~="search"]').focus();
    await sendKeys({ type: 'EOLIENNE' });
    await idle(el);
    expect(el.query).to.equal('EOLIENNE');
    expect(pathwayKeys(el)).to.deep.equal(['pathway:net-zero', 'pathway:storage-ops']);
    expect(tabCounts(el)).to.deep.equal(['0 matches', '2 matches', '0 matches', '0 matches']);
    expect(one(el, '[role="status"]').getAttribute('role')).to.equal('status');
    await waitUntil(() => status(el) === '2 pathways match your filters.', 'the result count is announced');
    expect(text(item(el, 'pathway:net-zero').querySelector('.matches'))).to.equal('1 course matches');
  });

  it('marks the courses that match the search when a pathway is opened', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} query="green" selected-pathway="green-finance"></pk-pillar-navigator>`);
    const flagged = all(el, '[part~="course"]').map((course) => course.classList.contains('match'));
    expect(flagged).to.deep.equal([true, false]);
    expect(text(item(el, 'course:green-finance:0'))).to.contain('Matches your search');
  });

  it('filters by department', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator>`);
    const select = one<HTMLSelectElement>(el, '[part~="department-filter"]');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'Engineering', 'Finance', 'Marketing', 'Legal', 'Operations', 'People']);
    select.value = 'Finance';
    select.dispatchEvent(new Event('change'));
    await idle(el);
    expect(el.department).to.equal('Finance');
    expect(all(el, '[part~="department"] .lane-name').map(text)).to.deep.equal(['Finance']);
    expect(pathwayKeys(el)).to.deep.equal(['pathway:green-finance']);
  });

  it('filters hero pathways only', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator>`);
    await check(el, 'hero-filter');
    expect(el.heroOnly).to.equal(true);
    expect(pathwayKeys(el)).to.deep.equal(['pathway:net-zero']);
    expect(tabCounts(el)).to.deep.equal(['1 match', '1 match', '1 match', '0 matches']);
  });

  it('filters mandatory pathways only', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="safety"></pk-pillar-navigator>`);
    await check(el, 'mandatory-filter');
    expect(el.mandatoryOnly).to.equal(true);
    expect(pathwayKeys(el)).to.deep.equal(['pathway:field-safety']);
    expect(tabCounts(el)).to.deep.equal(['1 match', '0 matches', '1 match', '0 matches']);
  });

  it('says when nothing matches anywhere, and clearing puts everything back with focus in the search', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} query="zebra"></pk-pillar-navigator>`);
    expect(el.shadowRoot!.querySelector('[role="tree"]')).to.equal(null);
    expect(text(one(el, '[part~="no-match"] p'))).to.equal('No pathway matches your filters.');
    await waitUntil(() => status(el) === 'No pathway matches your filters.');
    await expect(el).to.be.accessible();
    one(el, '[part~="no-match"] [part~="clear"]').click();
    await idle(el);
    expect(el.query).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(one(el, '[part~="search"]'));
    expect(pathwayKeys(el)).to.deep.equal(['pathway:trust-essentials']);
    expect(el.shadowRoot!.querySelector('[part~="clear"]')).to.equal(null);
    await waitUntil(() => status(el) === 'Showing all 7 pathways.');
  });

  it('says how many match in other pillars when none match in this one', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} query="battery"></pk-pillar-navigator>`);
    expect(text(one(el, '[part~="no-match"] p'))).to.equal('No pathway in this pillar matches your filters; 2 match in other pillars.');
  });

  it('clears filters that hide a hero pathway the learner opens', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} mandatory-only></pk-pillar-navigator>`);
    all(el, '[part~="hero"]').find((card) => card.dataset.pathway === 'net-zero')!.click();
    await idle(el);
    expect(el.mandatoryOnly).to.equal(false);
    expect(item(el, 'pathway:net-zero').getAttribute('aria-expanded')).to.equal('true');
  });

  it('filters from attributes, and shows everything again when they are removed', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy" query="bond" department="Finance"></pk-pillar-navigator>`);
    expect(pathwayKeys(el)).to.deep.equal(['pathway:green-finance']);
    el.removeAttribute('query');
    el.removeAttribute('department');
    await idle(el);
    expect(pathwayKeys(el)).to.have.length(4);
    expect(one<HTMLInputElement>(el, '[part~="search"]').value).to.equal('');
  });
});
