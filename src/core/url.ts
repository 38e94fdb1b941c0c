/**
 * The one URL sanitiser. Manifest and configuration URLs are resolved with `new URL` and kept only
 * when their scheme is on the allowlist; relative URLs resolve against the document.
 */
import { quote } from './quote.js';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** What a URL is resolved against when only its scheme matters. */
const CHECK_BASE = 'https://base.invalid/';

/**
 * Shapes that `new URL` always parses against `CHECK_BASE`, to an allowed scheme:
 * - `http(s)://` and a host of ASCII letters, digits, hyphens and dots whose last label starts with
 *   a letter (so never an IP address, which may fail to parse), no punycode label (`xn--`, which
 *   may be invalid), no user info, a port of at most 4 digits; after it `/`, `?`, `#` or the end
 *   (what follows the host never fails to parse);
 * - `mailto:` and an opaque path (not `mailto:/…`, which may name a host);
 * - a path from the root (not `//` or `/\`, which name a host), a query or a fragment;
 * - a relative path whose first segment holds no `:`, so it has no scheme.
 * The parser drops tabs and newlines anywhere (`/\t/` reads `//`): the look-aheads skip them.
 * Case-sensitive classes on purpose: with the `i` or `u` flag, characters such as `ſ` or `K` (the
 * Kelvin sign) would fold into them. Leading spaces or control characters, tabs and newlines in a
 * scheme, percent-encoding and anything else unusual do not match: `new URL` decides those.
 */
const PLAINLY_ALLOWED =
  /^(?:https?:\/\/(?:(?![Xx][Nn]--)[A-Za-z0-9-]+\.)*(?![Xx][Nn]--)[A-Za-z][A-Za-z0-9-]*(?::[0-9]{1,4})?(?:[/?#]|$)|mailto:(?![\t\n\r]*\/)|\/(?![\t\n\r]*[/\\])|[?#]|[A-Za-z0-9._~-]+(?:[/?#]|$))/;

/**
 * True when `value` parses (relative URLs against an https base) to an allowed scheme. The
 * validator asks this of every URL field: the usual shapes are answered without building a URL.
 */
export function isSafeUrl(value: string): boolean {
  return PLAINLY_ALLOWED.test(value) || ALLOWED_PROTOCOLS.has(parse(value, CHECK_BASE)?.protocol ?? '');
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
