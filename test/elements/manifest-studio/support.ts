/** Helpers of the studio's tests: making one, finding its controls by role-like queries, waiting for its chunk. */
import { fixture, html } from '@open-wc/testing';
import '../../../src/elements/manifest-studio/define.js';
import type { PkManifestStudio } from '../../../src/elements/manifest-studio/manifest-studio.js';
import { settled } from '../../support/probe.js';
import { until } from '../../support/wait.js';

export async function studio(manifest: unknown, attributes: { collector?: string; lang?: string } = {}): Promise<PkManifestStudio> {
  const el = await fixture<PkManifestStudio>(html`<pk-manifest-studio .manifest=${manifest} collector=${attributes.collector ?? ''} lang=${attributes.lang ?? 'en'}></pk-manifest-studio>`);
  await settled(el);
  await until(() => el.shadowRoot!.querySelector('[part~="studio"]'), 'the studio chunk');
  await el.updateComplete;
  return el;
}

export const root = (el: Element): ShadowRoot => el.shadowRoot!;

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button whose text is (or, for a RegExp, matches) `name`. */
export function button(el: Element, name: string | RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => (typeof name === 'string' ? text(b) === name : name.test(text(b))));
  if (!found) throw new Error(`no button "${name}" in ${[...root(el).querySelectorAll('button')].map(text).join(' | ')}`);
  return found;
}

/** The form control labelled `label`. */
export function field<T extends HTMLElement = HTMLInputElement>(el: Element, label: string): T {
  const found = [...root(el).querySelectorAll('label')].find((l) => text(l) === label);
  if (!found) throw new Error(`no field labelled "${label}"`);
  return root(el).getElementById(found.htmlFor) as T;
}

export async function click(el: PkManifestStudio, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Types into a text field the way a user does: value, then an input event. */
export async function type(el: PkManifestStudio, label: string, value: string): Promise<void> {
  const input = field<HTMLInputElement | HTMLTextAreaElement>(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export function focused(el: Element): Element | null {
  return root(el).activeElement;
}

/** The validator's messages beside the field labelled `label`. */
export function issuesOf(el: Element, label: string): string[] {
  const input = field(el, label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-issues'));
  return ids.flatMap((id) => [...root(el).getElementById(id)!.querySelectorAll('li')].map(text));
}

export const rowTitles = (el: Element): string[] => [...root(el).querySelectorAll('[part~="course"]')].map(text);

export function rowFlags(el: Element, title: string): string[] {
  const row = [...root(el).querySelectorAll('[part~="row"]')].find((r) => text(r.querySelector('[part~="course"]')) === title);
  return [...(row?.querySelectorAll('[part~="flag"]') ?? [])].map(text);
}
