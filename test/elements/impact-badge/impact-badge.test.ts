import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import '../../../src/elements/impact-badge/define.js';
import type { PkPillarRequestEvent } from '../../../src/elements/impact-badge/events/pk-pillar-request.js';
import type { PkImpactBadge } from '../../../src/elements/impact-badge/impact-badge.js';
import { settled, shadowText } from '../../support/probe.js';
import { manifest } from './manifest.js';
import { badges, closedTooltip, hover, placedTooltip, tap, tooltipOf } from './support.js';
import { stateBox } from '../../support/host-state.js';

async function badge(attributes: { tag?: string; course?: string; max?: number } = { tag: 'meters' }): Promise<PkImpactBadge> {
  const el = await fixture<PkImpactBadge>(
    html`<pk-impact-badge .manifest=${manifest} tag=${attributes.tag ?? ''} course=${attributes.course ?? ''} max=${attributes.max ?? 3}></pk-impact-badge>`,
  );
  await settled(el);
  return el;
}

/** Silences and collects console.error while `run` runs (the base logs every reported error). */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => {};
  try {
    return await run();
  } finally {
    console.error = original;
  }
}

const dueDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(2026, 8, 30));

describe('pk-impact-badge', () => {
  afterEach(async () => {
    await resetMouse();
    clearManifestCache();
  });

  describe('rendering', () => {
    it('shows one tag by id, with its parts and no tooltip', async () => {
      const el = await badge();
      expect(shadowText(el)).to.equal('Builds Privacy by Design into the Q2 Smart-Meter Rollout');
      for (const part of ['base', 'item', 'badge', 'icon', 'label']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
      expect(tooltipOf(el)).to.equal(null);
      expect(badges(el)[0]!.hasAttribute('aria-describedby')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("shows a course's first tags, then a +N more button that reveals the rest", async () => {
      const el = await badge({ course: 'privacy' });
      const list = el.shadowRoot!.querySelector('[part~="list"]')!;
      expect(list.getAttribute('aria-label')).to.equal('Impact tags');
      expect(badges(el).map((b) => b.textContent!.trim())).to.deep.equal([
        'Builds Privacy by Design into the Q2 Smart-Meter Rollout',
        'Protects Key-Account Renewals Due in Q3',
        'Lifts Outage Satisfaction by Q4',
      ]);
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!;
      expect(more.textContent!.trim()).to.equal('+2 more');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(more.getAttribute('aria-controls')).to.equal(list.id);
      await expect(el).to.be.accessible();

      more.click();
      await el.updateComplete;
      expect(badges(el)).to.have.length(5);
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(more.textContent!.trim()).to.equal('Show fewer');
      await expect(el).to.be.accessible();

      more.click();
      await el.updateComplete;
      expect(badges(el)).to.have.length(3);
    });

    it('uses max to decide how many tags show', async () => {
      const el = await badge({ course: 'privacy', max: 1 });
      expect(badges(el)).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part~="more"]')!.textContent!.trim()).to.equal('+4 more');
    });

    it('has no more button when every tag fits', async () => {
      const el = await badge({ course: 'privacy', max: 5 });
      expect(badges(el)).to.have.length(5);
      expect(el.shadowRoot!.querySelector('[part~="more"]')).to.equal(null);
    });

    it('marks tags of imperative pillars', async () => {
      const el = await badge({ course: 'privacy', max: 5 });
      expect(badges(el).map((b) => b.classList.contains('imperative'))).to.deep.equal([true, true, true, false, false]);
    });

    it('says so when a course has no impact tags', async () => {
      const el = await badge({ course: 'untagged' });
      expect(shadowText(el)).to.equal('No impact tags yet');
      expect(stateBox(el, 'empty')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows manifest text with markup as text', async () => {
      const el = await badge({ tag: 'markup' });
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(shadowText(el)).to.equal('<b>Bold</b> claims');
      badges(el)[0]!.click();
      await placedTooltip(el);
      expect(el.shadowRoot!.querySelector('i')).to.equal(null);
      expect(tooltipOf(el)!.textContent).to.contain('Initiative: <i>Initiative</i>');
    });
  });

  describe('errors', () => {
    it('shows a small inline error and fires pk-error for an unknown tag', async () => {
      const el = document.createElement('pk-impact-badge');
      el.manifest = manifest;
      el.tag = 'nope';
      const event = quietly(async () => {
        const fired = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
        await fixture(el);
        return fired;
      });
      const { detail } = await event;
      expect(detail.code).to.equal('not-found');
      expect(detail.message).to.equal('impact tag "nope" is not in the pathway manifest');
      await settled(el);
      const error = stateBox(el, 'error')!;
      expect(error.localName).to.equal('span');
      expect(shadowText(el)).to.equal('Unknown impact tag “nope”');
      await expect(el).to.be.accessible();
    });

    it('reports an unknown course once, however often it renders', async () => {
      const errors: PkErrorEvent[] = [];
      await quietly(async () => {
        const el = document.createElement('pk-impact-badge');
        el.manifest = manifest;
        el.course = 'ghost';
        el.addEventListener('pk-error', (event) => errors.push(event));
        await fixture(el);
        await settled(el);
        el.max = 1;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(shadowText(el)).to.equal('Unknown course “ghost”');
      });
      expect(errors.map((event) => event.detail.message)).to.deep.equal(['course "ghost" is not in the pathway manifest']);
    });

    it('recovers when a known id replaces an unknown one', async () => {
      const el = await quietly(() => badge({ tag: 'nope' }));
      el.tag = 'renewals';
      await el.updateComplete;
      expect(shadowText(el)).to.equal('Protects Key-Account Renewals Due in Q3');
    });

    it('asks for an id when it has neither tag nor course', async () => {
      const el = document.createElement('pk-impact-badge');
      el.manifest = manifest;
      const { detail } = await quietly(async () => {
        const fired = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
        await fixture(el);
        return fired;
      });
      expect(detail.code).to.equal('config-invalid');
      expect(shadowText(el)).to.equal('Set tag or course');
    });

    it('shows a manifest failure as a badge-sized line', async () => {
      const el = await quietly(async () => {
        const broken = await fixture<PkImpactBadge>(html`<pk-impact-badge .manifest=${{ version: 2 }} tag="meters"></pk-impact-badge>`);
        await settled(broken);
        return broken;
      });
      expect(shadowText(el)).to.equal('The pathway manifest is not valid.');
      expect(stateBox(el, 'error')!.localName).to.equal('span');
    });
  });

  describe('tooltip', () => {
    it('opens on hover, describes the badge and closes when the pointer leaves', async () => {
      const el = await badge();
      const [trigger] = badges(el);
      await hover(trigger!);
      const tooltip = await placedTooltip(el);
      const text = tooltip.querySelector('[role="tooltip"]')!;
      expect(trigger!.getAttribute('aria-describedby')).to.equal(text.id);
      expect(text.querySelector('[part~="tooltip-pillar"]')!.textContent).to.equal('Advances Client Trust, strategic imperative 2');
      expect(text.querySelector('[part~="tooltip-initiative"]')!.textContent).to.equal('Initiative: Smart-Meter Rollout Wave 2');
      expect(text.querySelector('[part~="tooltip-target"]')!.textContent).to.equal(`Target: Q2 FY2027, due ${dueDate}`);
      expect(tooltip.matches(':popover-open')).to.equal(true);
      await expect(el).to.be.accessible();

      await sendMouse({ type: 'move', position: [700, 580] });
      await closedTooltip(el);
      expect(trigger!.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('stays open while the pointer moves from the badge into the tooltip', async () => {
      const el = await badge();
      await hover(badges(el)[0]!);
      const tooltip = await placedTooltip(el);
      await hover(tooltip);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(tooltipOf(el)).to.equal(tooltip);
    });

    it('says only the target period when the tag has no due date, and no rank for other pillars', async () => {
      const el = await badge({ tag: 'automation' });
      await hover(badges(el)[0]!);
      const tooltip = await placedTooltip(el);
      expect(tooltip.querySelector('[part~="tooltip-pillar"]')!.textContent).to.equal('Advances Operational Efficiency');
      expect(tooltip.querySelector('[part~="tooltip-target"]')!.textContent).to.equal('Target: Q3 FY2027');
    });

    it('opens on keyboard focus, and Escape closes it with focus kept on the badge', async () => {
      const el = await badge();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(badges(el)[0]);
      await placedTooltip(el);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltipOf(el)).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(badges(el)[0]);
    });

    it('lets the keyboard reach the pathways button, and Escape there returns focus to the badge', async () => {
      const el = await badge();
      await sendKeys({ press: 'Tab' });
      await placedTooltip(el);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('pathways');
      expect(tooltipOf(el)).to.exist;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltipOf(el)).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(badges(el)[0]);
    });

    it('closes when keyboard focus moves on past the tooltip', async () => {
      const el = fixtureSync<HTMLDivElement>(html`<div>
        <pk-impact-badge .manifest=${manifest} tag="meters"></pk-impact-badge><button>next</button>
      </div>`);
      const badgeEl = el.querySelector('pk-impact-badge')!;
      await settled(badgeEl);
      await sendKeys({ press: 'Tab' });
      await placedTooltip(badgeEl);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.querySelector('button'));
      await closedTooltip(badgeEl);
    });

    it('toggles with Enter', async () => {
      const el = await badge();
      await sendKeys({ press: 'Tab' });
      await placedTooltip(el);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(tooltipOf(el)).to.equal(null);
      await sendKeys({ press: 'Enter' });
      await placedTooltip(el);
    });

    it('toggles on tap and closes on a tap elsewhere', async () => {
      const el = await badge();
      const trigger = badges(el)[0]!;
      tap(trigger);
      await placedTooltip(el);
      tap(trigger);
      await el.updateComplete;
      expect(tooltipOf(el)).to.equal(null);

      tap(trigger);
      await placedTooltip(el);
      document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(tooltipOf(el)).to.equal(null);
    });

    it('ignores touch pointers entering the badge (the tap decides)', async () => {
      const el = await badge();
      const touch = { pointerType: 'touch', bubbles: true, composed: true };
      badges(el)[0]!.dispatchEvent(new PointerEvent('pointerenter', touch));
      badges(el)[0]!.dispatchEvent(new PointerEvent('pointerover', touch));
      await el.updateComplete;
      expect(tooltipOf(el)).to.equal(null);
    });

    it('shows one tooltip at a time among a course\'s badges', async () => {
      const el = await badge({ course: 'privacy' });
      const [first, second] = badges(el);
      await hover(first!);
      await placedTooltip(el);
      await hover(second!);
      await el.updateComplete;
      const tooltips = el.shadowRoot!.querySelectorAll('[part~="tooltip"]');
      expect(tooltips).to.have.length(1);
      expect(second!.getAttribute('aria-describedby')).to.equal('tooltip');
      expect(first!.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('asks for the pillar pathways with pk-pillar-request and closes', async () => {
      const el = await badge({ course: 'privacy' });
      await sendKeys({ press: 'Tab' });
      await placedTooltip(el);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pathways"]')!;
      expect(button.textContent!.trim()).to.equal('See Client Trust pathways');
      const fired = oneEvent(el, 'pk-pillar-request') as Promise<PkPillarRequestEvent>;
      button.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ pillar: 'trust', tag: 'meters', course: 'privacy' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(tooltipOf(el)).to.equal(null);
    });

    it('does not take focus back when the host moved it in its pk-pillar-request handler', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <pk-impact-badge .manifest=${manifest} tag="meters"></pk-impact-badge><button id="navigator">navigator</button>
      </div>`);
      const el = wrapper.querySelector('pk-impact-badge')!;
      await settled(el);
      const target = wrapper.querySelector<HTMLButtonElement>('#navigator')!;
      wrapper.addEventListener('pk-pillar-request', () => target.focus());
      await sendKeys({ press: 'Tab' });
      await placedTooltip(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(target);
    });

    it('formats the due date in the locale', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="de"><pk-impact-badge .manifest=${manifest} tag="meters"></pk-impact-badge></div>`);
      const el = wrapper.querySelector('pk-impact-badge')!;
      await settled(el);
      await until(() => badges(el).length > 0);
      badges(el)[0]!.click();
      const tooltip = await placedTooltip(el);
      expect(tooltip.querySelector('[part~="tooltip-target"]')!.textContent).to.equal('Ziel: Q2 FY2027, fällig am 30.09.2026');
    });

    it('passes axe with the tooltip open in a course list', async () => {
      const el = await badge({ course: 'privacy' });
      badges(el)[1]!.click();
      await placedTooltip(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('changes the badge through its tokens and parts', async () => {
      const el = await badge();
      el.style.setProperty('--pk-impact-badge-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(badges(el)[0]!).backgroundColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--pk-impact-badge-tooltip-background', 'rgb(4, 5, 6)');
      badges(el)[0]!.click();
      const tooltip = await placedTooltip(el);
      expect(getComputedStyle(tooltip).backgroundColor).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('right-to-left', () => {
    it('lays the badge out from the right and speaks Arabic', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="ar" dir="rtl">
        <pk-impact-badge .manifest=${manifest} course="privacy"></pk-impact-badge>
      </div>`);
      const el = wrapper.querySelector('pk-impact-badge')!;
      await settled(el);
      await until(() => el.shadowRoot!.querySelector('[part~="more"]') !== null);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      const [first] = badges(el);
      const icon = first!.querySelector('[part~="icon"]')!.getBoundingClientRect();
      const label = first!.querySelector('[part~="label"]')!.getBoundingClientRect();
      expect(icon.left).to.be.greaterThan(label.right - 1);
      expect(el.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-label')).to.equal('وسوم الأثر');
      first!.click();
      const tooltip = await placedTooltip(el);
      expect(tooltip.querySelector('[part~="tooltip-initiative"]')!.textContent).to.equal('المبادرة: \u2068Smart-Meter Rollout Wave 2\u2069', 'the initiative isolated');
      const box = tooltip.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(window.innerWidth);
      await expect(el).to.be.accessible();
    });
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition never became true');
}
