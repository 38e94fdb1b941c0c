/**
 * The one URL sanitiser. Manifest and configuration URLs are resolved with `new URL` and kept only
 * when their scheme is on the allowlist; relative URLs resolve against the document.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True when `value` parses (relative to a base) to an allowed scheme. */
export function isSafeUrl(value: string, base = 'https://base.invalid/'): boolean {
  return safeUrl(value, base) !== undefined;
}

/**
 * The resolved, absolute URL when it is allowed, else `undefined`. `new URL` strips the
 * whitespace, control characters and case tricks (`  JaVa\tScRiPt:`) that a regular expression misses.
 */
export function safeUrl(value: string, base = documentBase()): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** The scheme `new URL` sees, for messages (`javascript:`); empty when it does not parse. */
export function urlScheme(value: string): string {
  try {
    return new URL(value, 'https://base.invalid/').protocol;
  } catch {
    return '';
  }
}

function documentBase(): string {
  return typeof document === 'undefined' ? 'https://base.invalid/' : document.baseURI;
}
