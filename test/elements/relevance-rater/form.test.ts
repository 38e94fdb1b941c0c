import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { writePreference } from '../../../src/core/preferences/preferences.js';
import type { PkRelevanceRater } from '../../../src/elements/relevance-rater/relevance-rater.js';
import { checked, html, manifest, part, rate, radio, radios, ready, uniqueLearner, until } from './support.js';

async function formWith(rater: unknown): Promise<{ form: HTMLFormElement; el: PkRelevanceRater }> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <input name="reviewer" value="Priya" />
    ${rater}
    <button>Submit</button>
  </form>`);
  const el = form.querySelector('pk-relevance-rater')!;
  await ready(el);
  return { form, el };
}

/** Submits like a learner pressing the form's button; resolves to the submitted entries, or null when the form refused. */
async function submit(form: HTMLFormElement): Promise<[string, string][] | null> {
  let entries: [string, string][] | null = null;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    entries = [...new FormData(form)].map(([key, value]) => [key, String(value)]);
  };
  form.addEventListener('submit', onSubmit);
  form.querySelector('button')!.click();
  form.removeEventListener('submit', onSubmit);
  return entries;
}

describe('pk-relevance-rater: inside a form', () => {
  // Submitting a form remembers the rating for its learner: each test rates as someone new.
  let learner: string;
  beforeEach(() => {
    learner = uniqueLearner('learner');
  });

  it('submits its value under its name, and has no send button of its own', async () => {
    const { form, el } = await formWith(html`<pk-relevance-rater learner=${learner} name="rating" .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    expect(el.form).to.equal(form);
    expect(part(el, 'submit')).to.equal(null);
    expect(await submit(form), 'an untouched rater adds nothing').to.deep.equal([['reviewer', 'Priya']]);

    await rate(el, 4, 2);
    part<HTMLTextAreaElement>(el, 'comment')!.focus();
    await sendKeys({ type: 'Good for planning' });
    expect(await submit(form)).to.deep.equal([
      ['reviewer', 'Priya'],
      ['rating[course]', 'grid-101'],
      ['rating[relevance]', '4'],
      ['rating[clarity]', '2'],
      ['rating[comment]', 'Good for planning'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('submits nothing without a name, as native controls do', async () => {
    const { form, el } = await formWith(html`<pk-relevance-rater learner=${learner} .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    await rate(el, 1, 2);
    expect(await submit(form)).to.deep.equal([['reviewer', 'Priya']]);
  });

  it('when required, blocks the form until both scales are chosen, with a localised message', async () => {
    const { form, el } = await formWith(
      html`<pk-relevance-rater learner=${learner} name="rating" required .manifest=${manifest} course="grid-101"></pk-relevance-rater>`,
    );
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Choose a point on both scales.');
    expect(form.checkValidity()).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-required')).to.equal('true');
    let invalid = 0;
    el.addEventListener('invalid', () => invalid++);
    expect(await submit(form)).to.equal(null);
    expect(invalid).to.equal(1);
    await expect(el).to.be.accessible();

    radio(el, 'relevance', 3).click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    radio(el, 'clarity', 5).click();
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(await submit(form)).to.deep.equal([
      ['reviewer', 'Priya'],
      ['rating[course]', 'grid-101'],
      ['rating[relevance]', '3'],
      ['rating[clarity]', '5'],
    ]);

    el.lang = 'de';
    el.relevance = undefined;
    await until(async () => {
      await el.updateComplete;
      return el.validationMessage === 'Wählen Sie auf beiden Skalen einen Punkt.';
    }, 'the German message');
  });

  it('is not required by default', async () => {
    const { form, el } = await formWith(html`<pk-relevance-rater learner=${learner} name="rating" .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    expect(el.validity.valid).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-required')).to.equal('false');
    expect(form.checkValidity()).to.equal(true);
  });

  it('goes back to the rating it started with on form reset, without firing change', async () => {
    await writePreference(['relevance-rater', learner, 'grid-101'], {
      rating: { relevance: 2, clarity: 3, comment: 'First try', at: '2026-06-01T10:00:00.000Z' },
    });
    const { form, el } = await formWith(
      html`<pk-relevance-rater name="rating" learner=${learner} .manifest=${manifest} course="grid-101"></pk-relevance-rater>`,
    );
    await until(() => checked(el, 'relevance') === 2, 'the remembered rating');
    await rate(el, 5, 5);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ relevance: 2, clarity: 3, comment: 'First try' });
    expect([checked(el, 'relevance'), checked(el, 'clarity')]).to.deep.equal([2, 3]);
    expect(part<HTMLTextAreaElement>(el, 'comment')!.value).to.equal('First try');
    expect(changes).to.equal(0);
  });

  it('empties on reset when there was no earlier rating', async () => {
    const { form, el } = await formWith(html`<pk-relevance-rater learner=${learner} name="rating" .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    await rate(el, 5, 1);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal({ relevance: undefined, clarity: undefined, comment: '' });
    expect(await submit(form)).to.deep.equal([['reviewer', 'Priya']]);
  });

  it('is disabled by a disabled fieldset: not focusable, not submitted', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset disabled>
        <pk-relevance-rater learner=${learner} name="rating" .manifest=${manifest} course="grid-101"></pk-relevance-rater>
      </fieldset>
    </form>`);
    const el = form.querySelector('pk-relevance-rater')!;
    await ready(el);
    el.relevance = 4;
    el.clarity = 4;
    await el.updateComplete;
    expect(el.matches(':disabled')).to.equal(true);
    expect(radios(el, 'clarity').every((node) => node.tabIndex === -1)).to.equal(true);
    expect(part<HTMLTextAreaElement>(el, 'comment')!.disabled).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([]);
    await expect(el).to.be.accessible();

    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(radio(el, 'clarity', 4).tabIndex).to.equal(0);
    expect([...new FormData(form)]).to.have.length(3);
  });

  it('restores the state the browser saved (back/forward, autofill)', async () => {
    const { form, el } = await formWith(html`<pk-relevance-rater learner=${learner} name="rating" .manifest=${manifest} course="grid-101"></pk-relevance-rater>`);
    await rate(el, 3, 4);
    const saved = JSON.stringify(el.value);
    form.reset();
    el.formStateRestoreCallback(saved);
    await el.updateComplete;
    expect([checked(el, 'relevance'), checked(el, 'clarity')]).to.deep.equal([3, 4]);
    el.formStateRestoreCallback('{"relevance": 9, "clarity": "x"}');
    await el.updateComplete;
    expect(el.value, 'nothing out of range is restored').to.deep.equal({ relevance: undefined, clarity: undefined, comment: '' });
  });

  it('remembers a rating submitted with its form', async () => {
    const { form, el } = await formWith(
      html`<pk-relevance-rater name="rating" learner=${learner} .manifest=${manifest} course="grid-101"></pk-relevance-rater>`,
    );
    await rate(el, 4, 4);
    await submit(form);
    const again = await fixture<PkRelevanceRater>(
      html`<pk-relevance-rater learner=${learner} .manifest=${manifest} course="grid-101"></pk-relevance-rater>`,
    );
    await ready(again);
    await until(() => part(again, 'previous'), 'the remembered rating');
    expect([checked(again, 'relevance'), checked(again, 'clarity')]).to.deep.equal([4, 4]);
  });
});
