import { expect, fixtureSync, html } from '@open-wc/testing';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import '../../../src/elements/impact-badge/define.js';
import type { PkImpactBadge } from '../../../src/elements/impact-badge/impact-badge.js';
import { settled } from '../../support/probe.js';
import { manifest } from './manifest.js';
import { badges, placedTooltip, scrolled } from './support.js';

/** The gap floating-ui keeps between a badge and its tooltip (see position.ts). */
const GAP = 8;

/** Renders `template`, opens the tooltip of its badge and returns both boxes' elements. */
async function openIn(template: unknown): Promise<{ el: PkImpactBadge; trigger: HTMLElement; tooltip: HTMLElement }> {
  const host = fixtureSync<HTMLElement>(html`${template}`);
  const el = host.localName === 'pk-impact-badge' ? (host as PkImpactBadge) : host.querySelector('pk-impact-badge')!;
  await settled(el);
  const trigger = badges(el)[0]!;
  trigger.click();
  const tooltip = await placedTooltip(el);
  await until(() => tooltip.getBoundingClientRect().width > 0);
  return { el, trigger, tooltip };
}

function expectAbove(tooltip: HTMLElement, trigger: HTMLElement): void {
  expect(tooltip.dataset.placement).to.equal('top');
  expect(tooltip.getBoundingClientRect().bottom).to.be.closeTo(trigger.getBoundingClientRect().top - GAP, 1);
}

function expectBelow(tooltip: HTMLElement, trigger: HTMLElement): void {
  expect(tooltip.dataset.placement).to.equal('bottom');
  expect(tooltip.getBoundingClientRect().top).to.be.closeTo(trigger.getBoundingClientRect().bottom + GAP, 1);
}

function expectCentredOn(tooltip: HTMLElement, trigger: HTMLElement): void {
  const a = tooltip.getBoundingClientRect();
  const b = trigger.getBoundingClientRect();
  expect(a.left + a.width / 2).to.be.closeTo(b.left + b.width / 2, 1);
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('pk-impact-badge tooltip geometry', () => {
  afterEach(() => clearManifestCache());

  it('sits above its badge, centred, when there is room', async () => {
    const { trigger, tooltip } = await openIn(
      html`<div class="room"><pk-impact-badge .manifest=${manifest} tag="renewals"></pk-impact-badge></div>
        <style>.room { padding: 250px 200px 0; }</style>`,
    );
    expectAbove(tooltip, trigger);
    expectCentredOn(tooltip, trigger);
  });

  it('flips below its badge at the top edge of the viewport', async () => {
    const { trigger, tooltip } = await openIn(html`<pk-impact-badge .manifest=${manifest} tag="renewals"></pk-impact-badge>`);
    expect(trigger.getBoundingClientRect().top).to.be.lessThan(50);
    expectBelow(tooltip, trigger);
  });

  it('shifts inside the viewport at its inline edge', async () => {
    const { trigger, tooltip } = await openIn(
      html`<div class="edge"><pk-impact-badge .manifest=${manifest} tag="meters"></pk-impact-badge></div>
        <style>.edge { position: fixed; inset-block-start: 300px; inset-inline-end: 0; }</style>`,
    );
    const box = tooltip.getBoundingClientRect();
    expect(box.right).to.be.at.most(document.documentElement.clientWidth - GAP + 1);
    expect(box.width).to.be.greaterThan(trigger.getBoundingClientRect().width / 2);
    expectAbove(tooltip, trigger);
  });

  it('stays attached to its badge while a scroll container scrolls', async () => {
    const { el, trigger, tooltip } = await openIn(
      html`<div class="scroller">
          <div class="spacer"></div>
          <pk-impact-badge .manifest=${manifest} tag="renewals"></pk-impact-badge>
          <div class="spacer"></div>
        </div>
        <style>
          .scroller { block-size: 300px; overflow: auto; margin-block-start: 200px; padding-inline: 150px; }
          .spacer { block-size: 400px; }
        </style>`,
    );
    const scroller = el.parentElement!;
    const attached = () => Math.abs(tooltip.getBoundingClientRect().bottom - (trigger.getBoundingClientRect().top - GAP)) < 1;
    scrolled(scroller, 250);
    await until(attached);
    expectAbove(tooltip, trigger);
    const before = trigger.getBoundingClientRect().top;
    scrolled(scroller, 300);
    expect(trigger.getBoundingClientRect().top).to.be.closeTo(before - 50, 1);
    await until(attached);
    expectAbove(tooltip, trigger);
    expectCentredOn(tooltip, trigger);
  });

  it('follows its badge inside a transformed ancestor', async () => {
    const { trigger, tooltip } = await openIn(
      html`<div class="moved"><pk-impact-badge .manifest=${manifest} tag="renewals"></pk-impact-badge></div>
        <style>.moved { margin-block-start: 250px; transform: translate(60px, 20px) scale(0.9); }</style>`,
    );
    expectAbove(tooltip, trigger);
    expectCentredOn(tooltip, trigger);
  });

  it('escapes a clipping ancestor (the tooltip is in the top layer)', async () => {
    const { el, trigger, tooltip } = await openIn(
      html`<div class="clip"><pk-impact-badge .manifest=${manifest} tag="renewals"></pk-impact-badge></div>
        <style>.clip { margin-block-start: 250px; overflow: hidden; block-size: 2em; contain: paint; }</style>`,
    );
    expectAbove(tooltip, trigger);
    const box = tooltip.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit !== null && tooltip.contains(hit)).to.equal(true);
  });
});
