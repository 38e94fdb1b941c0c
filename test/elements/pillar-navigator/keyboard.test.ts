import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkCourseSelectEvent } from '../../../src/elements/pillar-navigator/events/pk-course-select.js';
import type { PkPathwaySelectEvent } from '../../../src/elements/pillar-navigator/events/pk-pathway-select.js';
import type { PkPillarSelectEvent } from '../../../src/elements/pillar-navigator/events/pk-pillar-select.js';
import { interactiveModule } from '../../../src/elements/pillar-navigator/interactive-loader.js';
import { generateManifest } from '../../support/generate-manifest.js';
import { all, focusedKey, idle, item, manifest, navigator, one, selectedTab, type Navigator } from './helpers.js';

async function press(el: Navigator, key: string): Promise<void> {
  await sendKeys({ press: key });
  await idle(el);
}

const focusedTab = (el: Navigator) => (el.shadowRoot!.activeElement as HTMLElement).querySelector('.tab-title')?.textContent;
const expanded = (el: Navigator, key: string) => item(el, key).getAttribute('aria-expanded');

describe('pk-pillar-navigator: keyboard', () => {
  // The keyboard model and filtering are a chunk of their own (interactive.test.ts is about its loading).
  before(() => interactiveModule.load());

  it('moves through the pillar tabs with arrows, Home and End, selecting as focus moves', async () => {
    const el = await navigator();
    one(el, '[role="tab"][aria-selected="true"]').focus();
    const selected = oneEvent(el, 'pk-pillar-select') as Promise<PkPillarSelectEvent>;
    await press(el, 'ArrowDown');
    expect((await selected).detail.pillarId).to.equal('energy');
    expect([focusedTab(el), selectedTab(el)]).to.deep.equal(['Sustainable Energy Leadership', 'Sustainable Energy Leadership']);
    await press(el, 'ArrowRight');
    expect(selectedTab(el)).to.equal('Zero Harm');
    await press(el, 'End');
    expect(focusedTab(el)).to.equal('Growing Our People');
    await press(el, 'ArrowDown');
    expect(focusedTab(el)).to.equal('Client Trust');
    await press(el, 'ArrowLeft');
    expect(focusedTab(el)).to.equal('Growing Our People');
    await press(el, 'Home');
    expect(selectedTab(el)).to.equal('Client Trust');
    expect(all(el, '[role="tab"][tabindex="0"]')).to.have.length(1);
  });

  it('follows the text direction with Left and Right in right-to-left pages', async () => {
    const el = await navigator(html`<div dir="rtl"><pk-pillar-navigator .manifest=${manifest}></pk-pillar-navigator></div>`);
    one(el, '[role="tab"][aria-selected="true"]').focus();
    await press(el, 'ArrowLeft');
    expect(selectedTab(el)).to.equal('Sustainable Energy Leadership');
    await press(el, 'ArrowRight');
    expect(selectedTab(el)).to.equal('Client Trust');
  });

  it('reaches the tree with Tab and walks it: open, enter, choose a course, leave and close', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator>`);
    one(el, '[role="tab"][aria-selected="true"]').focus();
    await press(el, 'Tab');
    expect(el.shadowRoot!.activeElement).to.equal(one(el, '[role="tabpanel"]'));
    await press(el, 'Tab');
    expect(focusedKey(el)).to.equal('lane:energy:Engineering');

    await press(el, 'ArrowDown');
    expect(focusedKey(el)).to.equal('pathway:net-zero');
    const opened = oneEvent(el, 'pk-pathway-select') as Promise<PkPathwaySelectEvent>;
    await press(el, 'ArrowRight');
    expect((await opened).detail.pathwayId).to.equal('net-zero');
    expect(expanded(el, 'pathway:net-zero')).to.equal('true');
    expect(focusedKey(el)).to.equal('pathway:net-zero');

    await press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('course:net-zero:0');
    await press(el, 'ArrowDown');
    expect(focusedKey(el)).to.equal('course:net-zero:1');
    const chosen = oneEvent(el, 'pk-course-select') as Promise<PkCourseSelectEvent>;
    await press(el, 'Enter');
    expect((await chosen).detail.courseId).to.equal('battery');

    await press(el, 'ArrowLeft');
    expect(focusedKey(el)).to.equal('pathway:net-zero');
    await press(el, 'ArrowLeft');
    expect(expanded(el, 'pathway:net-zero')).to.equal('false');
    await press(el, 'ArrowLeft');
    expect(focusedKey(el)).to.equal('lane:energy:Engineering');
    await press(el, 'ArrowLeft');
    expect(expanded(el, 'lane:energy:Engineering')).to.equal('false');
    expect(item(el, 'lane:energy:Engineering').querySelector('[role="group"]')).to.equal(null);
    await press(el, 'Space');
    expect(expanded(el, 'lane:energy:Engineering')).to.equal('true');
    expect(all(el, '[role="treeitem"][tabindex="0"]').map((node) => node.dataset.key)).to.deep.equal(['lane:energy:Engineering']);
  });

  it('jumps with Home, End and the first letter of an item', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator>`);
    item(el, 'lane:energy:Engineering').focus();
    await press(el, 'End');
    expect(focusedKey(el)).to.equal('pathway:credible-marketing');
    await press(el, 'Home');
    expect(focusedKey(el)).to.equal('lane:energy:Engineering');
    await press(el, 'o');
    expect(focusedKey(el)).to.equal('pathway:storage-ops');
    await press(el, 'f');
    expect(focusedKey(el)).to.equal('lane:energy:Finance');
  });

  it('opens with Left and closes with Right in right-to-left pages', async () => {
    const el = await navigator(html`<div dir="rtl"><pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator></div>`);
    item(el, 'pathway:net-zero').focus();
    await press(el, 'ArrowLeft');
    expect(expanded(el, 'pathway:net-zero')).to.equal('true');
    await press(el, 'ArrowLeft');
    expect(focusedKey(el)).to.equal('course:net-zero:0');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect([focusedKey(el), expanded(el, 'pathway:net-zero')]).to.deep.equal(['pathway:net-zero', 'false']);
  });

  it('shows more of a long lane with Enter and moves focus to the first new pathway', async () => {
    const big = generateManifest({ pillars: 1, pathways: 45, courses: 90, departments: 1 });
    const el = await navigator(html`<pk-pillar-navigator .manifest=${big}></pk-pillar-navigator>`);
    const more = one(el, '[part~="more"]');
    expect(more.textContent).to.contain('Show more (25 not shown)');
    more.focus();
    await press(el, 'Enter');
    expect(focusedKey(el)).to.equal('pathway:pathway-20');
    expect(all(el, '[part~="pathway"]')).to.have.length(40);
    await press(el, 'End');
    expect(el.shadowRoot!.activeElement!.textContent).to.contain('Show more (5 not shown)');
  });
});
