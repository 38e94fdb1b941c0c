/**
 * The library under test, as an intranet page gets it: the CDN module (index.html loads it with a
 * script tag; importing the same URL here returns that one module instance), which defines each
 * element when its tag first appears. Every element is loaded before any scenario, so no timing
 * includes downloading an element's code. The rest of the API (getDelivery, validateManifest) is
 * the CDN's api.js, which shares the module's files.
 */
import type { CSSResultOrNative } from 'lit';
import type * as CdnModule from '../../src/cdn.js';
import type * as PurposeKitModule from '../../src/index.js';

export type PurposeKit = typeof PurposeKitModule;

const CDN_MODULE = '/cdn/purpose-kit.js';
const CDN_API = '/cdn/api.js';
let loading: Promise<PurposeKit> | undefined;

export function purposeKit(): Promise<PurposeKit> {
  loading ??= (async () => {
    const cdn = (await import(/* @vite-ignore */ CDN_MODULE)) as typeof CdnModule;
    await cdn.preload();
    return (await import(/* @vite-ignore */ CDN_API)) as PurposeKit;
  })();
  return loading;
}

/** True when the build defines this tag. */
export function isDefined(tag: string): boolean {
  return customElements.get(tag) !== undefined;
}

/**
 * The stylesheets an element's shadow root adopts. Baselines adopt the very same sheets: a
 * baseline is hand-written DOM, not hand-written CSS, and must cost the same style and layout.
 */
export function sheetsOf(tag: string): CSSStyleSheet[] {
  const element = customElements.get(tag) as unknown as { elementStyles: CSSResultOrNative[] };
  return element.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
}
