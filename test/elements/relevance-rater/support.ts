import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { getDelivery } from '../../../src/core/delivery/get-delivery.js';
import type { FormatName } from '../../../src/core/delivery/wire-format.js';
import '../../../src/elements/relevance-rater/define.js';
import type { PkRelevanceRater } from '../../../src/elements/relevance-rater/relevance-rater.js';
import { settled } from '../../support/probe.js';
import { quietly } from '../../support/wait.js';
import { uuid } from '../../../src/core/id.js';
import { TestEndpoint, until } from '../../core/delivery/support.js';

/** A small manifest: one course under "Sustainable Energy Leadership", endorsed by three experts. */
export const manifest = {
  version: 1,
  organization: { name: 'Helio Grid' },
  pillars: [
    { id: 'energy', title: 'Sustainable Energy Leadership', description: 'Lead the energy transition.' },
    { id: 'trust', title: 'Client Trust', description: 'Keep the promises we make.' },
  ],
  pathways: [{ id: 'grid', title: 'Grid basics', pillar: 'energy', department: 'Engineering', courses: ['grid-101', 'orphan-ish'] }],
  courses: [
    {
      id: 'grid-101',
      title: 'Grid <b>101</b>',
      url: 'https://lms.example/courses/grid-101',
      objectives: ['Read a single-line diagram'],
      impactTags: ['q3-connections'],
    },
    { id: 'orphan-ish', title: 'Spreadsheets', objectives: [], impactTags: [] },
    { id: 'no-pillar', title: 'Typing', objectives: [], impactTags: [] },
  ],
  impactTags: [
    {
      id: 'q3-connections',
      label: 'Clears Stalled Grid Connections by Q3',
      pillar: 'energy',
      initiative: 'Faster connections',
      targetPeriod: 'Q3 FY2027',
    },
  ],
  endorsements: [
    endorsement('e1', 'Ingrid Solberg', 'energy', 'Cleared 46 stalled solar connections.'),
    endorsement('e2', 'Tomás Reyes', 'energy', 'Priced a green bond 18 bp tighter.'),
    endorsement('e3', 'Sofia Marchetti', 'energy', 'Rebuilt a campaign on substantiated claims.'),
    endorsement('e4', 'Amara Okafor', 'trust', 'Launched smart meters with no regulator queries.'),
  ],
};

function endorsement(id: string, name: string, pillar: string, problem: string) {
  return { id, expert: { name, role: 'Engineer' }, course: 'grid-101', pillar, problem, date: '2026-05-14' };
}

/**
 * A learner id no other test uses: the remembered ratings live in one IndexedDB store that every
 * test file running at the same time shares.
 */
export function uniqueLearner(name: string): string {
  return `${name}-${uuid().slice(0, 8)}`;
}

export type ScaleName = 'relevance' | 'clarity';

/** Renders a rater (given as a template) and waits until its manifest is ready. */
export async function rater(template: TemplateResult): Promise<PkRelevanceRater> {
  const el = await fixture<PkRelevanceRater>(template);
  await ready(el);
  return el;
}

/** Waits until the rater shows its content (or its error). */
export async function ready(el: PkRelevanceRater): Promise<void> {
  await settled(el);
  await el.updateComplete;
}

export function part<T extends Element = HTMLElement>(el: PkRelevanceRater, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function radios(el: PkRelevanceRater, scale: ScaleName): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="scale"][part~="${scale}"] [role="radio"]`)];
}

export function radio(el: PkRelevanceRater, scale: ScaleName, point: number): HTMLElement {
  return radios(el, scale)[point - 1]!;
}

/** The point of a scale that is checked, as the accessibility tree sees it. */
export function checked(el: PkRelevanceRater, scale: ScaleName): number | undefined {
  const index = radios(el, scale).findIndex((node) => node.getAttribute('aria-checked') === 'true');
  return index < 0 ? undefined : index + 1;
}

export function focusedRadio(el: PkRelevanceRater): HTMLElement | null {
  const active = el.shadowRoot!.activeElement;
  return active?.getAttribute('role') === 'radio' ? (active as HTMLElement) : null;
}

/** The manifest with its `reporting` pointing at a test endpoint; events leave without a batching wait. */
export function reportingTo(endpoint: TestEndpoint, format: FormatName) {
  return { ...manifest, reporting: { endpoint: endpoint.url, format, flushIntervalMs: 0 } };
}

/** Ends the page's delivery to `endpoint`, as leaving the page does. */
export function closeDelivery(endpoint: TestEndpoint, format: FormatName): Promise<void> {
  return getDelivery({ endpoint: endpoint.url, format, flushIntervalMs: 0 }).dispose();
}

/** Picks both points by mouse, as a learner does. */
export async function rate(el: PkRelevanceRater, relevance: number, clarity: number): Promise<void> {
  radio(el, 'relevance', relevance).click();
  radio(el, 'clarity', clarity).click();
  await el.updateComplete;
}

/** The delivery state, in words, of the rating or of the expert's endorsement (both are `status` parts). */
export function statusOf(el: PkRelevanceRater, of: 'rating' | 'endorsement' = 'rating'): string {
  const selector = of === 'endorsement' ? '[part~="endorse"] [part~="status"]' : '[part~="status"]:not([part~="endorse"] *)';
  return el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
}

/** Waits for the manifest's endorsements of the course, which arrive with a chunk of their own after the first render. */
export function endorsements(el: PkRelevanceRater): Promise<HTMLElement> {
  return until(() => part(el, 'endorsements'), "the course's endorsements");
}

/** Waits for the expert's endorsement step, which arrives with the follow-up chunk after the first render. */
export function endorseStep(el: PkRelevanceRater): Promise<HTMLElement> {
  return until(() => part(el, 'endorse-toggle'), 'the endorsement step');
}

/** Waits until a status part says exactly `words`. */
export async function untilStatus(el: PkRelevanceRater, words: string, of: 'rating' | 'endorsement' = 'rating'): Promise<void> {
  const seen = new Set<string>();
  try {
    await until(() => seen.add(statusOf(el, of)) && statusOf(el, of) === words, `status "${words}"`);
  } catch {
    throw new Error(`status never said "${words}"; it said ${[...seen].map((text) => `"${text}"`).join(', ')}`);
  }
}

export { html, quietly, TestEndpoint, until };
