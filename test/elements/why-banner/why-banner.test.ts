import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import '../../../src/elements/why-banner/define.js';
import { LazyModule } from '../../../src/core/base/lazy-part.js';
import { PkWhyBanner } from '../../../src/elements/why-banner/why-banner.js';
import { shadowText } from '../../support/probe.js';
import { manifest } from './manifest.js';
import { banner, freshLearner, part, quietly, ready, until } from './support.js';
import { stateBox } from '../../support/host-state.js';

const text = (el: PkWhyBanner, name: string) => (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('pk-why-banner', () => {
  afterEach(() => clearManifestCache());

  describe('full variant', () => {
    it('says why the course matters, tied to its pillar, hero pathway and impact tags', async () => {
      const el = await banner();
      const heading = part(el, 'heading')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(text(el, 'heading')).to.equal('Why “Data Privacy Essentials” matters');
      expect(text(el, 'reframe')).to.equal('Not just avoiding fines, but protecting client trust as a competitive differentiator');
      expect(text(el, 'reframe-from')).to.equal('Not just avoiding fines,');
      expect(text(el, 'reframe-to')).to.equal('but protecting client trust as a competitive differentiator');
      expect(text(el, 'statement')).to.equal('Clients hand us their data every day; handling it with care is a promise kept.');
      expect(text(el, 'pillar')).to.equal('Serves the Client Trust pillar, strategic imperative 2');
      // Only hero pathways of imperative pillars count (the catalog's definition), not every `hero` flag.
      expect(text(el, 'hero')).to.equal('Part of the hero pathway Client Trust Essentials');
      expect(part(el, 'fallback-note')).to.equal(null);
      const badges = part(el, 'badges')!;
      expect(badges.localName).to.equal('pk-impact-badge');
      expect(badges.getAttribute('course')).to.equal('privacy');
      expect(el.hasAttribute('dismissed')).to.equal(false);
      for (const name of ['base', 'banner', 'dismiss', 'facts']) expect(part(el, name), name).to.exist;
      await expect(el).to.be.accessible();
    });

    it('leaves out the reframing, hero line and badges when the course has none', async () => {
      const el = await banner({ course: 'csrd' });
      expect(part(el, 'reframe')).to.equal(null);
      expect(part(el, 'hero')).to.equal(null);
      expect(part(el, 'badges')).to.equal(null);
      expect(text(el, 'statement')).to.equal('Accurate disclosures are how investors believe our transition plan.');
      expect(text(el, 'pillar')).to.equal('Serves the Sustainable Energy pillar, strategic imperative 1');
    });

    it('takes its heading level from heading-level, 2 to 6', async () => {
      expect(part(await banner({ headingLevel: 4 }), 'heading')!.getAttribute('aria-level')).to.equal('4');
      expect(part(await banner({ headingLevel: 6 }), 'heading')!.getAttribute('aria-level')).to.equal('6');
      expect(part(await banner({ headingLevel: 9 }), 'heading')!.getAttribute('aria-level')).to.equal('2');
      expect(part(await banner({ headingLevel: 1 }), 'heading')!.getAttribute('aria-level')).to.equal('2');
    });

    it('shows manifest text with markup as text', async () => {
      const el = await banner({ course: 'markup' });
      expect(el.shadowRoot!.querySelector('img, em')).to.equal(null);
      expect(text(el, 'heading')).to.equal('Why “<em>Loud</em> course” matters');
      expect(text(el, 'statement')).to.equal('<img src=x onerror=alert(1)> plain');
    });
  });

  describe('compact variant', () => {
    it('keeps to the heading, the reframing and the facts', async () => {
      const el = await banner({ variant: 'compact', headingLevel: 4 });
      expect(text(el, 'heading')).to.equal('Why it matters');
      expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('4');
      expect(text(el, 'reframe')).to.equal('Not just avoiding fines, but protecting client trust as a competitive differentiator');
      expect(part(el, 'statement')).to.equal(null);
      expect(part(el, 'badges')).to.equal(null);
      expect(text(el, 'hero')).to.equal('Hero pathway');
      await expect(el).to.be.accessible();
    });

    it('shows the statement, clipped to a few lines, when there is no reframing', async () => {
      const el = await banner({ variant: 'compact', course: 'csrd' });
      const statement = part(el, 'statement')!;
      expect(statement.textContent).to.equal('Accurate disclosures are how investors believe our transition plan.');
      expect(getComputedStyle(statement).webkitLineClamp).to.equal('3');
      el.style.setProperty('--pk-why-banner-compact-lines', '2');
      expect(getComputedStyle(statement).webkitLineClamp).to.equal('2');
    });
  });

  describe('fallback, empty and error states', () => {
    it("falls back to the pillar's description and says so", async () => {
      const el = await banner({ course: 'bribery' });
      expect(text(el, 'fallback-note')).to.equal('This course has no purpose statement yet, so this is what its pillar, Client Trust, is about.');
      expect(text(el, 'statement')).to.equal('Be the energy partner clients never want to replace.');
      expect(text(el, 'pillar')).to.equal('Serves the Client Trust pillar, strategic imperative 2');
      expect(text(el, 'hero')).to.equal('Part of the hero pathway Client Trust Essentials');
      await expect(el).to.be.accessible();
    });

    it('says the course does not explain itself when it has neither why nor pillar', async () => {
      const el = await banner({ course: 'orphan' });
      expect(shadowText(el)).to.equal('This course does not say yet why it matters.');
      expect(stateBox(el, 'empty')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows an error naming the unknown course and fires pk-error once', async () => {
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = fixtureSync<PkWhyBanner>(html`<pk-why-banner .manifest=${manifest} course="ghost" @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-why-banner>`);
        await ready(created);
        created.variant = 'compact';
        await created.updateComplete;
        return created;
      });
      expect(errors.map(({ detail }) => [detail.code, detail.message])).to.deep.equal([['not-found', 'course "ghost" is not in the pathway manifest']]);
      const error = stateBox(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('This item is not in the pathway manifest.');
      expect(error.textContent).to.contain('course "ghost" is not in the pathway manifest');
      await expect(el).to.be.accessible();
    });

    it('says where its badges go when their code cannot be loaded, and reports it', async () => {
      const definition = PkWhyBanner.badgeDefinition;
      PkWhyBanner.badgeDefinition = new LazyModule('impact badge', () => import(/* @vite-ignore */ new URL('./no-such-chunk.js', import.meta.url).href));
      try {
        const errors: PkErrorEvent[] = [];
        const el = await quietly(async () => {
          const created = fixtureSync<PkWhyBanner>(
            html`<pk-why-banner .manifest=${manifest} course="privacy" learner=${freshLearner()} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-why-banner>`,
          );
          await ready(created);
          await until(() => part(created, 'part-failed'), 'the failure where the badges go');
          return created;
        });
        expect(errors.map(({ detail }) => detail.code)).to.deep.equal(['element-load']);
        expect(part(el, 'badges'), 'no dead tag').to.equal(null);
        expect(part(el, 'part-failed')!.getAttribute('role')).to.equal('alert');
        expect(text(el, 'statement'), 'the rest of the banner is there').to.not.equal('');
        await expect(el).to.be.accessible();
      } finally {
        PkWhyBanner.badgeDefinition = definition;
      }
    });

    it('asks for a course when it has none', async () => {
      const el = fixtureSync<PkWhyBanner>(html`<pk-why-banner .manifest=${manifest}></pk-why-banner>`);
      const { detail } = await quietly(() => oneEvent(el, 'pk-error') as Promise<PkErrorEvent>);
      expect(detail.code).to.equal('config-invalid');
      await ready(el);
      expect(shadowText(el)).to.contain('<pk-why-banner> needs a course="…" attribute');
    });
  });

  describe('theming', () => {
    it('takes its accent and background from tokens', async () => {
      const el = await banner();
      el.style.setProperty('--pk-why-banner-accent', 'rgb(10, 20, 30)');
      el.style.setProperty('--pk-why-banner-background', 'rgb(200, 210, 220)');
      const box = getComputedStyle(part(el, 'banner')!);
      expect(box.borderInlineStartColor).to.equal('rgb(10, 20, 30)');
      expect(box.backgroundColor).to.equal('rgb(200, 210, 220)');
    });

    it('exports the badges’ parts', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <style>
          .themed pk-why-banner::part(badge) { color: rgb(1, 2, 3); }
        </style>
        <div class="themed"><pk-why-banner .manifest=${manifest} course="privacy" learner=${freshLearner()}></pk-why-banner></div>
      </div>`);
      const el = await ready(wrapper.querySelector('pk-why-banner')!);
      const badges = part(el, 'badges')!;
      await customElements.whenDefined('pk-impact-badge');
      await ready(badges as unknown as PkWhyBanner);
      const badge = badges.shadowRoot!.querySelector('[part~="badge"]')!;
      expect(getComputedStyle(badge).color).to.equal('rgb(1, 2, 3)');
    });

    it('follows a dark theme', async () => {
      const light = await banner();
      const dark = await banner();
      dark.theme = 'dark';
      await dark.updateComplete;
      const background = (el: PkWhyBanner) => getComputedStyle(part(el, 'banner')!).backgroundColor;
      expect(background(dark)).to.not.equal(background(light));
      await expect(dark).to.be.accessible();
    });
  });

  describe('right-to-left', () => {
    it('puts the accent stripe on the right and speaks Arabic', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="ar" dir="rtl">
        <pk-why-banner .manifest=${manifest} course="privacy" learner="rtl-learner"></pk-why-banner>
      </div>`);
      const el = wrapper.querySelector('pk-why-banner')!;
      await ready(el);
      for (let i = 0; i < 100 && !text(el, 'heading').startsWith('لماذا'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(text(el, 'heading')).to.equal('لماذا تهمّ دورة «\u2068Data Privacy Essentials\u2069»', 'the English title isolated');
      expect(text(el, 'reframe')).to.equal('ليس مجرد \u2068avoiding fines\u2069، بل \u2068protecting client trust as a competitive differentiator\u2069');
      const box = getComputedStyle(part(el, 'banner')!);
      expect(box.borderRightWidth).to.equal('4px');
      expect(box.borderLeftWidth).to.equal('1px');
      const heading = part(el, 'heading')!.getBoundingClientRect();
      const dismiss = part(el, 'dismiss')!.getBoundingClientRect();
      expect(dismiss.right).to.be.at.most(heading.left + 1);
      await expect(el).to.be.accessible();
    });
  });

  it('opens its badges’ tooltips inside its shadow root, attached to the badge', async () => {
    const el = await banner();
    const badges = part(el, 'badges')!;
    await customElements.whenDefined('pk-impact-badge'); // loaded by the first banner that shows badges
    await ready(badges as unknown as PkWhyBanner);
    const badge = badges.shadowRoot!.querySelector<HTMLElement>('[part~="badge"]')!;
    badge.click();
    await until(() => Boolean(badges.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')?.dataset.placement), 'a placed tooltip');
    const tooltip = badges.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
    const a = tooltip.getBoundingClientRect();
    const b = badge.getBoundingClientRect();
    if (tooltip.dataset.placement === 'top') expect(a.bottom).to.be.closeTo(b.top - 8, 1);
    else expect(a.top).to.be.closeTo(b.bottom + 8, 1);
    expect(tooltip.textContent).to.contain('Advances Client Trust');
    await expect(el).to.be.accessible();
  });

  it('is reachable and operable by keyboard', async () => {
    const el = await banner({ course: 'csrd' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'dismiss'));
    expect(part(el, 'dismiss')!.getAttribute('aria-label')).to.equal('Hide why this course matters');
  });
});
