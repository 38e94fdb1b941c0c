import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import type { PkRelevanceRater } from '../../../src/elements/relevance-rater/relevance-rater.js';
import { shadowText } from '../../support/probe.js';
import { checked, endorsements, focusedRadio, html, manifest, part, radio, radios, rate, rater, uniqueLearner, until } from './support.js';
import { stateBox } from '../../support/host-state.js';

describe('pk-relevance-rater: rating', () => {
  it('asks about relevance to the role and how clearly the course advances its pillar, never about quality', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    const questions = [...el.shadowRoot!.querySelectorAll('[part~="scale"] > p')].map((node) => node.textContent);
    expect(questions).to.deep.equal([
      'How relevant is this to your role?',
      'How clearly do you see how this advances Sustainable Energy Leadership?',
    ]);
    expect(shadowText(el)).not.to.match(/quality|production/i);
    for (const group of el.shadowRoot!.querySelectorAll('[role="radiogroup"]')) {
      const label = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.match(/^How (relevant|clearly)/);
    }
    expect(radios(el, 'relevance').map((node) => node.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1 Not relevant',
      '2 Slightly relevant',
      '3 Moderately relevant',
      '4 Very relevant',
      '5 Essential to my role',
    ]);
    await expect(el).to.be.accessible();
  });

  it('takes the pillar from the course, its pathway or its impact tag, else asks about the strategy', async () => {
    const fromPathway = await rater(html`<pk-relevance-rater .manifest=${manifest} course="orphan-ish"></pk-relevance-rater>`);
    expect(fromPathway.shadowRoot!.querySelector('[part~="scale"][part~="clarity"]')!.textContent).to.contain('advances Sustainable Energy Leadership?');
    const none = await rater(html`<pk-relevance-rater .manifest=${manifest} course="no-pillar"></pk-relevance-rater>`);
    expect(none.shadowRoot!.querySelector('[part~="scale"][part~="clarity"]')!.textContent).to.contain('How clearly do you see how this advances our strategy?');
  });

  it('shows manifest text as text', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    expect(part(el, 'heading')!.textContent).to.equal('Rate “Grid <b>101</b>”');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('checks a point by mouse and fires change', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    radio(el, 'relevance', 4).click();
    await el.updateComplete;
    expect(el.relevance).to.equal(4);
    expect(checked(el, 'relevance')).to.equal(4);
    expect(radios(el, 'relevance').map((node) => node.tabIndex)).to.deep.equal([-1, -1, -1, 0, -1]);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="point"][part~="checked"]')!.dataset.point).to.equal('4');
    expect(changes).to.equal(1);
    radio(el, 'relevance', 4).click();
    expect(changes, 'checking the checked point again changes nothing').to.equal(1);
  });

  it('lets a question run across its scale, above the points', async () => {
    const el = await rater(html`<pk-relevance-rater style="display: block; inline-size: 600px" .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    const question = el.shadowRoot!.querySelector<HTMLElement>('[part~="scale"] > p')!;
    const words = document.createRange();
    words.selectNodeContents(question);
    // "How relevant is this to your role?" fits on one line; squeezed into a point's column it would not.
    expect(words.getBoundingClientRect().width).to.be.greaterThan(part(el, 'point')!.getBoundingClientRect().width);
    expect(words.getClientRects()).to.have.length(1);
  });

  it('follows the APG radio group pattern on the keyboard', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    let changes = 0;
    el.addEventListener('change', () => changes++);

    await endorsements(el);
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="endorsements"] summary')].at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(el), 'one tab stop: the first point while none is checked').to.equal(radio(el, 'relevance', 1));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(checked(el, 'relevance')).to.equal(1);

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(checked(el, 'relevance')).to.equal(2);
    expect(focusedRadio(el)).to.equal(radio(el, 'relevance', 2));

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(checked(el, 'relevance')).to.equal(4);

    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(checked(el, 'relevance')).to.equal(3);

    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(checked(el, 'relevance'), 'wraps from the first point to the last').to.equal(5);
    expect(el.relevance).to.equal(5);
    expect(changes).to.equal(8);

    await sendKeys({ press: 'Tab' });
    expect(focusedRadio(el), 'Tab leaves the group for the next one').to.equal(radio(el, 'clarity', 1));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedRadio(el), 'and comes back to the checked point').to.equal(radio(el, 'relevance', 5));
  });

  it('moves with the text direction in right-to-left', async () => {
    const el = await rater(html`<pk-relevance-rater dir="rtl" .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    radio(el, 'clarity', 3).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(checked(el, 'clarity'), 'left is forward in right-to-left').to.equal(4);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(checked(el, 'clarity')).to.equal(2);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(checked(el, 'clarity'), 'down stays forward').to.equal(3);
    const points = radios(el, 'clarity').map((node) => node.getBoundingClientRect().left);
    expect(points[0]).to.be.greaterThan(points[4]!, 'point 1 is on the right');
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic with its plural forms in right-to-left', async () => {
    const el = await rater(html`<pk-relevance-rater lang="ar" .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    await until(() => el.shadowRoot!.querySelector('[part~="scale"] > p')?.textContent === 'ما مدى صلة هذا بدورك؟', 'the Arabic messages');
    await endorsements(el);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('[part~="endorsements"] summary')!.textContent).to.equal('أوصى به 3 خبراء في \u2068Sustainable Energy Leadership\u2069', 'the pillar isolated');
    await expect(el).to.be.accessible();
  });

  it('does not fire change when values are set from code', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    el.relevance = 2;
    el.clarity = 5;
    el.comment = 'Set by the host';
    await el.updateComplete;
    expect(checked(el, 'relevance')).to.equal(2);
    expect(checked(el, 'clarity')).to.equal(5);
    expect(part<HTMLTextAreaElement>(el, 'comment')!.value).to.equal('Set by the host');
    expect(changes).to.equal(0);
  });

  it('limits the comment and counts what is left, announcing only near the limit', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101" comment-limit="30"></pk-relevance-rater>`);
    const comment = part<HTMLTextAreaElement>(el, 'comment')!;
    const counter = el.shadowRoot!.querySelector<HTMLElement>('#counter')!;
    expect(comment.maxLength).to.equal(30);
    expect(counter.textContent!.trim()).to.equal('30 characters left');
    expect(comment.getAttribute('aria-describedby')).to.equal(counter.id);
    expect(counter.getAttribute('aria-live')).to.equal('off');

    let changes = 0;
    el.addEventListener('change', () => changes++);
    comment.focus();
    await sendKeys({ type: 'Clear about the grid pillar, thanks a lot' });
    await el.updateComplete;
    expect(el.comment).to.equal('Clear about the grid pillar, t');
    expect(counter.textContent!.trim()).to.equal('0 characters left');
    expect(counter.getAttribute('aria-live')).to.equal('polite');
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(counter.textContent!.trim()).to.equal('1 character left');
    expect(changes, 'change waits until the comment is committed').to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(changes).to.equal(1);
  });

  it("shows the learner's previous rating, ready to change, and only to that learner", async () => {
    const learner = uniqueLearner('priya');
    const first = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    await rate(first, 2, 5);
    first.comment = 'Earlier thoughts';
    part(first, 'submit')!.click();
    await until(() => part(first, 'previous'), 'the rating to be remembered');
    first.remove();

    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101" learner=${learner}></pk-relevance-rater>`);
    const previous = await until(() => part(el, 'previous'), 'the remembered rating');
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date());
    expect(previous.textContent!.trim()).to.equal(`You rated this on ${today}. You can change your rating below.`);
    expect([checked(el, 'relevance'), checked(el, 'clarity')]).to.deep.equal([2, 5]);
    expect(part<HTMLTextAreaElement>(el, 'comment')!.value).to.equal('Earlier thoughts');
    expect(part(el, 'submit')!.textContent!.trim()).to.equal('Update rating');
    await expect(el).to.be.accessible();
    radio(el, 'relevance', 3).click();
    await el.updateComplete;
    expect(checked(el, 'relevance')).to.equal(3);

    const other = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101" learner=${uniqueLearner('tomas')}></pk-relevance-rater>`);
    await rate(other, 1, 1);
    expect(part(other, 'previous')).to.equal(null);
    expect(part(other, 'submit')!.textContent!.trim()).to.equal('Send rating');
  });

  it('shows the manifest endorsements per pillar, counted in words', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    await endorsements(el);
    const summaries = [...el.shadowRoot!.querySelectorAll('[part~="endorsements"] summary')].map((node) => node.textContent);
    expect(summaries).to.deep.equal(['Endorsed by 3 experts for Sustainable Energy Leadership', 'Endorsed by 1 expert for Client Trust']);
    expect(el.shadowRoot!.querySelectorAll('[part~="endorsement"]')).to.have.length(4);
    expect(part(el, 'endorsement')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Cleared 46 stalled solar connections. — Ingrid Solberg, Engineer, May 14, 2026',
    );
  });

  it('is disabled with the disabled attribute', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101" disabled></pk-relevance-rater>`);
    expect(radios(el, 'relevance').every((node) => node.tabIndex === -1)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-disabled')).to.equal('true');
    radio(el, 'relevance', 3).click();
    expect(el.relevance).to.equal(undefined);
    expect(part<HTMLTextAreaElement>(el, 'comment')!.disabled).to.equal(true);
    expect(part<HTMLButtonElement>(el, 'submit')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('exposes parts and tokens for theming', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    await endorsements(el);
    for (const name of ['rater', 'heading', 'scale', 'point', 'comment', 'submit', 'status', 'endorsements']) {
      expect(part(el, name), name).to.exist;
    }
    el.relevance = 5;
    el.style.setProperty('--pk-relevance-rater-selected-color', 'rgb(1, 2, 3)');
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'checked')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('names the checked point in its part, and a scale by its name, for a page stylesheet', async () => {
    const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    el.relevance = 4;
    await el.updateComplete;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`pk-relevance-rater::part(point checked) { outline: 2px solid rgb(1, 2, 3); }
      pk-relevance-rater::part(scale clarity) { outline: 2px solid rgb(4, 5, 6); }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const styled = (scale: 'relevance' | 'clarity') =>
        radios(el, scale).filter((point) => getComputedStyle(point).outlineColor === 'rgb(1, 2, 3)').map((point) => point.dataset.point);
      expect(styled('relevance'), 'the checked point only').to.deep.equal(['4']);
      expect(styled('clarity'), 'nothing checked there').to.deep.equal([]);
      const scales = [...el.shadowRoot!.querySelectorAll('[part~="scale"]')].map((scale) => getComputedStyle(scale).outlineColor);
      expect(scales.map((color) => color === 'rgb(4, 5, 6)')).to.deep.equal([false, true]);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  });

  it('passes axe while loading and in the dark theme', async () => {
    const loading = await fixture<PkRelevanceRater>(html`<pk-relevance-rater .manifest=${new Promise(() => {})} course="grid-101"></pk-relevance-rater>`);
    expect(stateBox(loading, 'loading')).to.exist;
    await expect(loading).to.be.accessible();
    const dark = await rater(html`<pk-relevance-rater theme="dark" expert .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    dark.relevance = 3;
    await dark.updateComplete;
    expect(getComputedStyle(part(dark, 'base')!).colorScheme).to.equal('dark');
    await expect(dark).to.be.accessible();
  });

  it('shows an error for a course the manifest does not have, and reports it once', async () => {
    const errors: PkErrorEvent[] = [];
    const collect = (event: PkErrorEvent) => errors.push(event);
    const original = console.error;
    console.error = () => {};
    document.addEventListener('pk-error', collect);
    try {
      const el = await rater(html`<pk-relevance-rater .manifest=${manifest} course="nope"></pk-relevance-rater>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(stateBox(el, 'error')!.textContent).to.contain('course "nope" is not in the pathway manifest.');
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['not-found']);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
      document.removeEventListener('pk-error', collect);
    }
  });
});
