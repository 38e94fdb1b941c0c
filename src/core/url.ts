/**
 * The one URL sanitiser. Manifest and configuration URLs are resolved with `new URL` and kept only
 * when their scheme is on the allowlist; relative URLs resolve against the document.
 */
import { quote } from './quote.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** What a URL is resolved against when only its scheme matters. */
const CHECK_BASE = 'https://base.invalid/';

/** True when `value` parses (relative URLs against an https base) to an allowed scheme. */
export function isSafeUrl(value: string): boolean {
  return ALLOWED_PROTOCOLS.has(parse(value, CHECK_BASE)?.protocol ?? '');
}

/**
 * The resolved, absolute URL when it is allowed, else `undefined`. `new URL` strips the
 * whitespace, control characters and case tricks (`  JaVa\tScRiPt:`) that a regular expression misses.
 */
export function safeUrl(value: string, base = documentBase()): string | undefined {
  const url = parse(value, base);
  return url && ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** Why a URL is refused: its scheme is not on the allowlist, or it does not parse at all. */
export function urlProblem(value: string): string {
  const scheme = urlScheme(value);
  return scheme
    ? `URL scheme ${quote(scheme)} is not allowed (use http:, https:, mailto: or a relative URL)`
    : 'not a valid URL';
}

/** The scheme `new URL` sees, for messages (`javascript:`); empty when it does not parse. */
export function urlScheme(value: string): string {
  return parse(value, CHECK_BASE)?.protocol ?? '';
}

function parse(value: string, base: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

function documentBase(): string {
  return typeof document === 'undefined' ? CHECK_BASE : document.baseURI;
}
