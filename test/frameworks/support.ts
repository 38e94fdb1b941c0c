/**
 * What every framework test shares: the manifest an app passes to `<pk-relevance-rater>`, a look
 * into the element's parts, and rating a course with the keyboard alone, as a learner would.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkRateDetail } from '../../src/elements/relevance-rater/events/pk-rate.js';

export const manifest = {
  version: 1,
  organization: { name: 'Helio Grid' },
  pillars: [{ id: 'energy', title: 'Sustainable Energy Leadership', description: 'Lead the energy transition.' }],
  pathways: [{ id: 'grid', title: 'Grid basics', pillar: 'energy', department: 'Engineering', courses: ['grid-101'] }],
  courses: [{ id: 'grid-101', title: 'Grid 101', objectives: ['Read a single-line diagram'], impactTags: [] }],
  impactTags: [],
};

/** The same manifest with the course renamed, for an app that replaces the one it passed. */
export const renamed = { ...manifest, courses: [{ ...manifest.courses[0]!, title: 'Grid 102' }] };

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const focusedPart = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('part') ?? '';

/** Rates the course with the keyboard alone and sends the rating: relevance 4, clarity 2, `comment`. */
export async function rateByKeyboard(el: HTMLElement, comment: string): Promise<void> {
  el.focus();
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'Tab' });
  expect(focusedPart(el)).to.include('comment');
  await sendKeys({ type: comment });
  await sendKeys({ press: 'Tab' });
  expect(focusedPart(el)).to.include('submit');
  await sendKeys({ press: 'Enter' });
}

/** The `pk-rate` detail that `rateByKeyboard` produces for `learner`. */
export const keyboardRating = (learner: string, comment: string): PkRateDetail => ({
  course: 'grid-101',
  pillar: 'energy',
  learner,
  relevance: 4,
  clarity: 2,
  comment,
});
