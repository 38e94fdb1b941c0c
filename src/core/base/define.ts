import { VERSION } from '../../version.js';

/** Every Purpose Kit element class carries the library version that defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly pkVersion?: string;
}

/**
 * Defines a custom element without ever throwing into the host page. Loading the library twice
 * (an npm copy and the CDN file, say) is normal: the same version already defined is silent;
 * another version or another library under the same tag gets one console warning, and the element
 * already defined stays in charge.
 */
export function defineElement(tag: string, constructor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || existing.pkVersion === VERSION) return;
  const owner = existing.pkVersion ? `purpose-kit ${existing.pkVersion}` : 'another script';
  console.warn(
    `[purpose-kit] <${tag}> is already defined by ${owner}; purpose-kit ${VERSION} leaves it in place. ` +
      'Load one copy of the library per page to avoid mixed versions.',
  );
}
