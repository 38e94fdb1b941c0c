/**
 * A small manifest for the navigator tests and helpers to read its shadow DOM. Pillars are listed
 * out of navigation order on purpose: imperatives rank 1 (`trust`) and 2 (`energy`) come after
 * `safety` in the manifest.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/elements/pillar-navigator/define.js';
import type { PkPillarNavigator } from '../../../src/elements/pillar-navigator/pillar-navigator.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import { settled } from '../../support/probe.js';

export const manifest: Manifest = {
  version: 1,
  organization: { name: 'Helio Grid', fiscalYear: 'FY2027' },
  pillars: [
    { id: 'safety', title: 'Zero Harm', description: 'Everyone goes home safe.' },
    { id: 'energy', title: 'Sustainable Energy Leadership', description: 'Lead the transition.', imperative: 2 },
    { id: 'trust', title: 'Client Trust', description: 'Protect what clients give us.', imperative: 1 },
    { id: 'growth', title: 'Growing Our People', description: 'Careers inside the company.' },
  ],
  pathways: [
    { id: 'net-zero', title: 'Engineering the Net-Zero Portfolio', description: 'Connect renewables faster.', pillar: 'energy', department: 'Engineering', courses: ['grid', 'battery'], hero: true },
    { id: 'green-finance', title: 'Financing the Transition', pillar: 'energy', department: 'Finance', courses: ['bonds', 'grid'] },
    { id: 'credible-marketing', title: 'Marketing with Credibility', pillar: 'energy', department: 'Marketing', courses: ['claims'] },
    { id: 'storage-ops', title: 'Operating Storage Sites', pillar: 'energy', department: 'Engineering', courses: ['battery'] },
    { id: 'trust-essentials', title: 'Client Trust Essentials', pillar: 'trust', department: 'Legal', courses: ['privacy', 'bribery'], hero: true, mandatory: true },
    { id: 'field-safety', title: 'Zero Harm in the Field', pillar: 'safety', department: 'Operations', courses: ['field'], hero: true, mandatory: true },
    { id: 'mentoring', title: 'Becoming a Mentor', pillar: 'growth', department: 'People', courses: ['mentor'] },
  ],
  courses: [
    { id: 'grid', title: 'Integrating Renewables into the Grid', objectives: ['Model feeder voltage'], impactTags: ['q2-grid'] },
    { id: 'battery', title: 'Battery Storage Design', objectives: ['Size a battery for a substation'], impactTags: ['q3-wind'] },
    { id: 'bonds', title: 'Green Bond Frameworks', objectives: ['Structure a green bond'], impactTags: [] },
    { id: 'claims', title: 'Green Claims Compliance', objectives: [], impactTags: [] },
    { id: 'privacy', title: 'Data Privacy Essentials', url: '#course-privacy', objectives: ['Protect client data'], impactTags: [], mandatory: true },
    { id: 'bribery', title: 'Anti-Bribery Refresher', objectives: [], impactTags: [], mandatory: true },
    { id: 'field', title: 'Field Safety Induction', url: 'https://learn.example.com/field', objectives: [], impactTags: [] },
    { id: 'mentor', title: 'Becoming a Mentor', objectives: ['Coach a colleague'], impactTags: [] },
  ],
  impactTags: [
    { id: 'q2-grid', label: 'Speeds Up Grid Connections for Q2', pillar: 'energy', initiative: 'Fast-Track', targetPeriod: 'Q2 FY2027' },
    { id: 'q3-wind', label: 'Énergie Éolienne for the Q3 Wind Close', pillar: 'energy', initiative: 'Wind', targetPeriod: 'Q3 FY2027' },
  ],
};

export type Navigator = PkPillarNavigator;

/** A navigator on `manifest` (or the first one in `template`), loaded and rendered. */
export async function navigator(template = html`<pk-pillar-navigator .manifest=${manifest}></pk-pillar-navigator>`): Promise<Navigator> {
  const root = await fixture<HTMLElement>(template);
  const el = root instanceof HTMLElement && root.localName === 'pk-pillar-navigator' ? (root as Navigator) : root.querySelector('pk-pillar-navigator')!;
  await settled(el);
  await el.updateComplete;
  return el;
}

export function all<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function one<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** The trimmed, whitespace-folded text of a node. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const tabTitles = (el: Element) => all(el, '[role="tab"] .tab-title').map(text);
export const selectedTab = (el: Element) => text(one(el, '[role="tab"][aria-selected="true"] .tab-title'));
/** Tree items by data-key, in document order. */
export const treeKeys = (el: Element) => all(el, '[role="treeitem"]').map((item) => item.dataset.key);
export const item = (el: Element, key: string) => one(el, `[data-key="${CSS.escape(key)}"]`);
export const focusedKey = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key;

/**
 * Waits for the element and any focus move it scheduled. A task, not an animation frame: test
 * pages may run in a background tab, where animation frames do not come.
 */
export async function idle(el: Navigator): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** `requestIdleCallback` replaced while a test runs: callbacks wait until the test runs them. */
export class IdleStub {
  readonly waiting = new Map<number, IdleRequestCallback>();
  readonly cancelled: number[] = [];
  private next = 1;
  private readonly original = { request: window.requestIdleCallback, cancel: window.cancelIdleCallback };

  constructor() {
    window.requestIdleCallback = (callback) => {
      const handle = this.next++;
      this.waiting.set(handle, callback);
      return handle;
    };
    window.cancelIdleCallback = (handle) => {
      this.cancelled.push(handle);
      this.waiting.delete(handle);
    };
  }

  /** Runs the waiting callbacks, each with a deadline that allows `slices` looks at the clock. */
  runWaiting(slices: number): number {
    const callbacks = [...this.waiting.values()];
    this.waiting.clear();
    for (const callback of callbacks) {
      let left = slices;
      callback({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 10 : 0) });
    }
    return callbacks.length;
  }

  restore(): void {
    window.requestIdleCallback = this.original.request;
    window.cancelIdleCallback = this.original.cancel;
  }
}
