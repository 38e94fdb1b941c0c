import { expect, html } from '@open-wc/testing';
import { interactiveModule } from '../../../src/elements/pillar-navigator/interactive-loader.js';
import { COURSE_PAGE, PATHWAY_PAGE } from '../../../src/elements/pillar-navigator/tree-model.js';
import { generateManifest } from '../../support/generate-manifest.js';
import { all, idle, item, navigator, one, tabTitles } from './helpers.js';

/**
 * The shadow DOM of a large catalogue is bounded by one pillar's drawn windows, never by the size
 * of the catalogue: about 450 elements here, where drawing every pathway would take thousands and
 * every course tens of thousands.
 */
const MAX_NODES = 1000;
const nodes = (el: Element) => el.shadowRoot!.querySelectorAll('*').length;

describe('pk-pillar-navigator: a large catalogue', () => {
  // The keyboard model and filtering are a chunk of their own (interactive.test.ts is about its loading).
  before(() => interactiveModule.load());

  const large = generateManifest({ pillars: 12, pathways: 600, courses: 10_000 });

  it('renders 12 pillars, 600 pathways and 10,000 courses with a bounded number of DOM nodes', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${large}></pk-pillar-navigator>`);
    expect(tabTitles(el)).to.have.length(12);
    expect(all(el, '[part~="hero"]')).to.have.length(3);
    expect(all(el, '[part~="pathway"]')).to.have.length(50);
    expect(all(el, '[part~="course"]')).to.have.length(0);
    const closed = nodes(el);
    expect(closed).to.be.below(MAX_NODES);

    item(el, 'pathway:pathway-0').querySelector<HTMLElement>('.row')!.click();
    await idle(el);
    expect(all(el, '[part~="course"]')).to.have.length(17);
    expect(nodes(el) - closed).to.be.below(17 * 12);

    all(el, '[role="tab"]')[5]!.click();
    await idle(el);
    expect(all(el, '[part~="course"]')).to.have.length(0);
    expect(nodes(el)).to.be.below(MAX_NODES);
  });

  it('draws a long lane and a long pathway a page at a time', async () => {
    const long = generateManifest({ pillars: 1, pathways: 300, courses: 300 * 40, departments: 1 });
    const el = await navigator(html`<pk-pillar-navigator .manifest=${long} selected-pathway="pathway-0"></pk-pillar-navigator>`);
    expect(all(el, '[part~="pathway"]')).to.have.length(PATHWAY_PAGE);
    expect(all(el, '[part~="course"]')).to.have.length(COURSE_PAGE);
    expect(all(el, '[part~="more"]')).to.have.length(2);
    expect(nodes(el)).to.be.below(MAX_NODES);
    expect(one(el, '[part~="course"]').getAttribute('aria-setsize')).to.equal('40');
    expect(one(el, '[part~="pathway"]').getAttribute('aria-setsize')).to.equal('300');
  });

  it('finds a course deep in the catalogue and counts the matches per pillar', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${large}></pk-pillar-navigator>`);
    const course = large.courses[9_876]!;
    el.query = course.title;
    await idle(el);
    const pathways = large.pathways.filter((pathway) => pathway.courses.includes(course.id));
    const counts = all(el, '[role="tab"] .tab-meta').map((meta) => Number(/(\d+) match/.exec(meta.textContent ?? '')![1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).to.equal(pathways.length);
    expect(pathways.length).to.be.above(0);
  });
});
