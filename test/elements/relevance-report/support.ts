import { fixture, html } from '@open-wc/testing';
import '../../../src/elements/relevance-report/define.js';
import type { PkRelevanceReport } from '../../../src/elements/relevance-report/relevance-report.js';
import { settled } from '../../support/probe.js';
import { reportManifest } from './manifest.js';
import { quietly, until } from '../../support/wait.js';
import { stateBox } from '../../support/host-state.js';

export { quietly, until };

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The rows of a table (`providers-table` or `items-table`) as the text of each cell. */
export function cells(el: PkRelevanceReport, table: string): string[][] {
  const rows = el.shadowRoot!.querySelectorAll(`[part~="${table}"] tbody tr`);
  return [...rows].map((row) => [...row.children].map((cell) => text(cell)));
}

/** The first cell of each row of a table. */
export const firstColumn = (el: PkRelevanceReport, table: string) => cells(el, table).map((row) => row[0]!);

export function sortButton(el: PkRelevanceReport, table: string, column: string): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${table}"] [part~="sort-button"][data-column="${column}"]`)!;
}

/** Waits until the report shows its tables, or a state of its own (empty, error). */
export async function ready(el: PkRelevanceReport): Promise<PkRelevanceReport> {
  await settled(el);
  await until(() => !stateBox(el, 'loading'), 'the report to load');
  return el;
}

export async function report(setup: (el: PkRelevanceReport) => void = () => {}, manifest: object = reportManifest()): Promise<PkRelevanceReport> {
  const el = await fixture<PkRelevanceReport>(html`<pk-relevance-report .manifest=${manifest}></pk-relevance-report>`);
  setup(el);
  return ready(el);
}

/** Picks the option reading `option` in the select of the filter labelled `label`, as a user does. */
export async function choose(el: PkRelevanceReport, label: string, option: string): Promise<void> {
  const filter = [...el.shadowRoot!.querySelectorAll('label.filter')].find((node) => text(node.querySelector('.filter-label')) === label)!;
  const select = filter.querySelector('select')!;
  select.selectedIndex = [...select.options].findIndex((candidate) => text(candidate) === option);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

