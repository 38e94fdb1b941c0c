/**
 * What each element needs, besides a manifest, to show its content in suites that render every
 * element. Ids refer to test/fixtures/hostile/base.json (bidi.json and the generated fixtures keep
 * them). An element that is not listed needs nothing more: it is still covered.
 */
export interface ElementSetup {
  /** Attributes it needs to show content. */
  readonly attributes?: Readonly<Record<string, string>>;
  /**
   * It shows a one-line error (a badge on a course card) naming the kind of failure; the issues
   * and their paths go to the console and `pk-error` only.
   */
  readonly compactError?: boolean;
  /** Events that using every control of it fires: proof that it works. */
  readonly firesOnUse?: readonly string[];
}

export const ELEMENT_SETUP: Readonly<Record<string, ElementSetup>> = {
  'pk-pillar-navigator': { firesOnUse: ['pk-pillar-select', 'pk-pathway-select'] },
  'pk-impact-badge': { attributes: { course: 'grid-101' }, compactError: true },
  'pk-why-banner': { attributes: { course: 'grid-101' }, firesOnUse: ['pk-why-dismiss'] },
  'pk-relevance-rater': { attributes: { course: 'grid-101' }, firesOnUse: ['pk-rate'] },
  'pk-team-digest': { firesOnUse: ['pk-prompt-discuss'] },
  'pk-content-audit': { firesOnUse: ['pk-audit-export'] },
};

export function setupOf(tag: string): ElementSetup {
  return ELEMENT_SETUP[tag] ?? {};
}

/** The manifest an element is given, the ways a host page can give it. */
export type ManifestGiven =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'property'; readonly value: unknown };

export interface CreateOptions {
  /** Unset: the element finds it in the page configuration (`<pk-config>`, `configure()`). */
  readonly manifest?: ManifestGiven;
  readonly learner?: string;
  readonly endpoint?: string;
  /** The document to create it in (an iframe's, say); this one by default. */
  readonly document?: Document;
}

/** A `tag` element with its setup's attributes and what `options` give it, not yet connected. */
export function createElement(tag: string, options: CreateOptions = {}): HTMLElement {
  const doc = options.document ?? document;
  const element = doc.createElement(tag);
  const attributes = { ...setupOf(tag).attributes, learner: options.learner, endpoint: options.endpoint };
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  const { manifest } = options;
  if (manifest?.kind === 'url') {
    element.setAttribute('manifest', manifest.url);
  } else if (manifest?.kind === 'inline') {
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.textContent = manifest.text;
    element.append(script);
  } else if (manifest) {
    (element as HTMLElement & { manifest: unknown }).manifest = manifest.value;
  }
  return element;
}
