/**
 * An element's whole rendered tree, through every shadow root (nested elements included): what a
 * learner can read there, and what markup it holds.
 */

/** Every element under `root`, shadow roots and their nested shadow roots included. */
export function deepElements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        found.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
      visit(child);
    }
  };
  if ((root as Element).shadowRoot) visit((root as Element).shadowRoot!);
  visit(root);
  return found;
}

/** The text under `root`, through shadow roots, whitespace folded. */
export function deepText(root: Element): string {
  const texts: string[] = [];
  const visit = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) texts.push(child.textContent ?? '');
      else if (child.nodeName !== 'SCRIPT' && child.nodeName !== 'STYLE') visit(child);
      const shadow = (child as Element).shadowRoot;
      if (shadow) visit(shadow);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Elements under `root` (through shadow roots) that match `selector`. */
export function deepQueryAll(root: Element, selector: string): Element[] {
  return deepElements(root).filter((element) => element.matches(selector));
}

const LINK_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href'];
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Attributes under `root` that would load or navigate to something other than http(s) or mailto. */
export function unsafeLinks(root: Element): string[] {
  const unsafe: string[] = [];
  for (const element of deepElements(root)) {
    for (const name of LINK_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      let scheme = '';
      try {
        scheme = new URL(value, element.baseURI).protocol;
      } catch {
        scheme = 'unparsable';
      }
      if (!SAFE_SCHEMES.has(scheme)) unsafe.push(`<${element.localName} ${name}="${value}">`);
    }
    if (element.hasAttribute('srcdoc')) unsafe.push(`<${element.localName} srcdoc>`);
  }
  return unsafe;
}
