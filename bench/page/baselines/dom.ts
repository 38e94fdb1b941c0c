/**
 * The few DOM helpers a hand-written widget uses: create an element with its attributes and
 * children, and a shadow host adopting an element's stylesheets.
 */
import { sheetsOf } from '../library.js';

export type Attributes = Record<string, string | number | boolean | undefined>;
export type Child = Node | string | false | undefined;

function assign(element: Element, attributes: Attributes, children: readonly Child[]): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  assign(element, attributes, children);
  return element;
}

export function svg(tag: string, attributes: Attributes = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag) as SVGElement;
  assign(element, attributes, children);
  return element;
}

/** A plain element with an open shadow root styled like `tag`'s; `attributes` go on the host. */
export function shadowHost(tag: string, attributes: Attributes = {}): { host: HTMLElement; root: ShadowRoot } {
  const host = h('span', attributes);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheetsOf(tag);
  return { host, root };
}

/** English plurals: the `one` text for 1, else `other` with the count. */
export function plural(count: number, one: string, other: (count: number) => string): string {
  return count === 1 ? one : other(count);
}

/** The base element's root box, as every pk-* element draws it. */
export function baseBox(...children: Child[]): HTMLDivElement {
  return h('div', { class: 'root theme-page', part: 'base', lang: 'en', dir: 'ltr' }, ...children);
}
