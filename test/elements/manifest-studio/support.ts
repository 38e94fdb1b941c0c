/** Helpers of the studio's tests: making one, finding its controls by role-like queries, waiting for its chunk. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

/** Presses the last key with the others held down. */
export async function press(keys: string[]): Promise<void> {
  const held = keys.slice(0, -1);
  for (const key of held) await sendKeys({ down: key });
  await sendKeys({ press: keys.at(-1)! });
  for (const key of held.reverse()) await sendKeys({ up: key });
}

/** Presses Tab (Shift+Tab with `back`) until `wanted` has focus. */
export async function tabTo(el: PkManifestStudio, wanted: (node: Element) => boolean, back = false, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const node = focused(el);
    if (node && wanted(node)) return node;
    await press(back ? ['Shift', 'Tab'] : ['Tab']);
  }
  throw new Error(`focus never reached the control (at ${focused(el)?.outerHTML.slice(0, 80)})`);
}

export const named = (name: string) => (node: Element) => text(node) === name || (node.id !== '' && text(node.getRootNode() instanceof ShadowRoot ? (node.getRootNode() as ShadowRoot).querySelector(`label[for="${node.id}"]`) : null) === name);

/** A control whose name matches `pattern` (a tab whose count changes: "Inbox (2 waiting)"). */
export const namedLike = (pattern: RegExp) => (node: Element) => pattern.test(text(node));

/** The last result the studio said in its live region. */
export const announcement = (el: Element): string => text(root(el).querySelector('[part~="announcement"]'));
