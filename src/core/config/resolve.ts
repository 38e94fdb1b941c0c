import { isServer } from 'lit';
import { withCollector } from './collector.js';
import { CONFIG_KEYS, configChanges, getPageConfig, type PageConfig } from './config.js';

/** The tag of the configuration element; kept here so `core/` never imports from `elements/`. */
export const CONFIG_TAG = 'pk-config';

const BOOLEAN_KEYS = new Set<keyof PageConfig>(['expert']);
const INLINE_MANIFEST = ':scope > script[type="application/json"]';

/** The parent of a node in the composed tree: through shadow roots to their hosts. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** The node and its composed ancestors, nearest first. */
export function* composedAncestors(node: Node): Generator<Element> {
  for (let current: Node | null = node; current; current = composedParent(current)) {
    if (current instanceof Element) yield current;
  }
}

/** A manifest written inside an element as `<script type="application/json">`. */
export class InlineManifest {
  constructor(readonly text: string) {}
}

const inlineManifests = new WeakMap<HTMLScriptElement, InlineManifest>();

/**
 * The inline JSON manifest of an element, from its `<script type="application/json">` child. The
 * same script with the same text gives the same object, so it is parsed and validated once.
 */
export function inlineManifest(element: Element): InlineManifest | undefined {
  // On the server (Lit SSR) an element has no children to read; the page gives the manifest otherwise (docs/ssr.md).
  if (isServer) return undefined;
  const script = element.querySelector<HTMLScriptElement>(INLINE_MANIFEST);
  if (!script) return undefined;
  const text = script.textContent ?? '';
  let manifest = inlineManifests.get(script);
  if (manifest?.text !== text) {
    manifest = new InlineManifest(text);
    inlineManifests.set(script, manifest);
  }
  return manifest;
}

/**
 * Reads the settings one element states for itself: a property wins over its attribute. Works
 * before the element is upgraded (a property set early is an own property; attributes are there).
 */
export function ownSettings(element: Element): PageConfig {
  const settings: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const property = (element as unknown as Record<string, unknown>)[key];
    if (property !== undefined && property !== null && property !== '') {
      settings[key] = property;
    } else if (element.hasAttribute(key)) {
      settings[key] = BOOLEAN_KEYS.has(key) ? true : element.getAttribute(key);
    }
  }
  if (settings.manifest === undefined) {
    const inline = inlineManifest(element);
    if (inline !== undefined) settings.manifest = inline;
  }
  return settings as PageConfig;
}

/**
 * The configuration an element runs with, from weakest to strongest: `configure()`, every
 * `<pk-config>` on the page in document order, the `<pk-config>` elements around it (nearest
 * last), then what it says itself (`own`). A `collector` fills in what none of them says.
 */
export function resolveConfig(element: Element, own: PageConfig, around: Surroundings = surroundingsOf(element)): PageConfig {
  const ancestors = [...around.configs].reverse();
  const pageWide = configElements().filter((node) => !ancestors.includes(node));
  const layers = [getPageConfig(), ...[...pageWide, ...ancestors].map((node) => ownSettings(node)), own];
  return withCollector(Object.assign({}, ...layers.map(definedOnly)) as PageConfig);
}

let snapshot: { readonly elements: readonly Element[]; readonly changes: number } | undefined;

/**
 * The page's `<pk-config>` elements, queried once per task: a page that adds a thousand elements
 * at once searches the document once. A configuration change (a `<pk-config>` connecting or
 * changing) makes the snapshot stale at once.
 */
function configElements(): readonly Element[] {
  if (isServer) return [];
  if (snapshot?.changes !== configChanges()) {
    snapshot = { elements: [...document.querySelectorAll(CONFIG_TAG)], changes: configChanges() };
    const taken = snapshot;
    queueMicrotask(() => {
      if (snapshot === taken) snapshot = undefined;
    });
  }
  return snapshot.elements;
}

function definedOnly(config: PageConfig): PageConfig {
  return Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined)) as PageConfig;
}

/** What an element takes from the composed tree around it, found in one walk up from it. */
export interface Surroundings {
  /** The `<pk-config>` elements around it, nearest first. */
  readonly configs: readonly Element[];
  /** The nearest `lang` and `dir` (`ltr` or `rtl`), starting at the element itself. */
  readonly lang?: string;
  readonly dir?: string;
  /** True when `lang` is the document element's (a page default rather than a choice for this part). */
  readonly langFromRoot: boolean;
}

export function surroundingsOf(element: Element): Surroundings {
  const configs: Element[] = [];
  let lang: string | undefined;
  let dir: string | undefined;
  let langFromRoot = false;
  // On the server (Lit SSR) an element has no parents, nor a global `Node` or `document`: it reads only itself.
  for (let node: Node | null = element; node; node = isServer ? null : composedParent(node)) {
    if (node.nodeType > 1) continue; // documents and shadow roots
    const current = node as Element;
    if (current.localName === CONFIG_TAG) configs.push(current);
    if (lang === undefined && current.hasAttribute('lang')) {
      lang = current.getAttribute('lang') ?? undefined;
      langFromRoot = current.parentNode?.nodeType === 9; // the document element
    }
    if (dir === undefined && current.hasAttribute('dir')) {
      const value = current.getAttribute('dir')?.toLowerCase();
      if (value === 'ltr' || value === 'rtl') dir = value;
    }
  }
  return { configs, lang, dir, langFromRoot };
}
