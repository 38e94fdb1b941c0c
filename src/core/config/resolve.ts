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
export function ownSettings(element: Element, keys: readonly (keyof PageConfig)[] = CONFIG_KEYS): PageConfig {
  const settings: Record<string, unknown> = {};
  for (const key of keys) {
    const property = (element as unknown as Record<string, unknown>)[key];
    if (property !== undefined && property !== null && property !== '') {
      settings[key] = property;
    } else if (element.hasAttribute(key)) {
      settings[key] = BOOLEAN_KEYS.has(key) ? true : element.getAttribute(key);
    }
  }
  if (settings.manifest === undefined && keys.includes('manifest')) {
    const inline = inlineManifest(element);
    if (inline !== undefined) settings.manifest = inline;
  }
  return settings as PageConfig;
}

/**
 * The configuration an element runs with, from weakest to strongest: `configure()`, every
 * `<pk-config>` on the page in document order, the `<pk-config>` elements around it (nearest
 * last), then what it says itself (`own`).
 */
export function resolveConfig(element: Element, own: PageConfig): PageConfig {
  const ancestors = [...composedAncestors(element)].filter((node) => node.localName === CONFIG_TAG).reverse();
  const pageWide = configElements().filter((node) => !ancestors.includes(node));
  const layers = [getPageConfig(), ...[...pageWide, ...ancestors].map((node) => ownSettings(node)), own];
  return Object.assign({}, ...layers.map(definedOnly)) as PageConfig;
}

let snapshot: { readonly elements: readonly Element[]; readonly changes: number } | undefined;

/**
 * The page's `<pk-config>` elements, queried once per task: a page that adds a thousand elements
 * at once searches the document once. A configuration change (a `<pk-config>` connecting or
 * changing) makes the snapshot stale at once.
 */
function configElements(): readonly Element[] {
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

/** The nearest `lang` and `dir` in the composed tree, starting at the element itself. */
export function inheritedLanguage(element: Element): { lang?: string; dir?: string; langFromRoot: boolean } {
  let lang: string | undefined;
  let dir: string | undefined;
  let langFromRoot = false;
  for (const node of composedAncestors(element)) {
    if (lang === undefined && node.hasAttribute('lang')) {
      lang = node.getAttribute('lang') ?? undefined;
      langFromRoot = node === document.documentElement;
    }
    if (dir === undefined && node.hasAttribute('dir')) {
      const value = node.getAttribute('dir')?.toLowerCase();
      if (value === 'ltr' || value === 'rtl') dir = value;
    }
    if (lang !== undefined && dir !== undefined) break;
  }
  return { lang, dir, langFromRoot };
}
