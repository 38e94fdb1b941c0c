import { fixture, html } from '@open-wc/testing';
import '../../../src/elements/content-audit/define.js';
import type { PkContentAudit } from '../../../src/elements/content-audit/content-audit.js';
import { settled } from '../../support/probe.js';
import { auditManifest } from './manifest.js';
import { quietly, until } from '../../support/wait.js';

export { quietly, until };

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(el: Element, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The course ids of the table's rows, top to bottom. */
export const rowIds = (el: PkContentAudit) => [...el.shadowRoot!.querySelectorAll('[part~="course"] + .meta')].map((meta) => text(meta).split(' · ')[0]);

export async function audit(attributes: Record<string, string> = {}, manifest: object = auditManifest()): Promise<PkContentAudit> {
  const el = await fixture<PkContentAudit>(html`<pk-content-audit .manifest=${manifest}></pk-content-audit>`);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await settled(el);
  await el.updateComplete;
  return el;
}

/** Picks `value` in the select of the filter labelled `label`, as a user does. */
export async function choose(el: PkContentAudit, label: string, value: string): Promise<void> {
  const filter = [...el.shadowRoot!.querySelectorAll<HTMLElement>('label.filter')].find((node) => text(node.querySelector('.filter-label')) === label)!;
  const select = filter.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export function sortButton(el: PkContentAudit, column: string): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="sort-button"][data-column="${column}"]`)!;
}

