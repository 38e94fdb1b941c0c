/**
 * The validator's shortcut for URL fields: a manifest holds thousands of URLs, and most have one of
 * a few plain shapes whose verdict is known without building a URL. Anything else goes to the one
 * sanitiser (`core/url.ts`, `new URL` and the allowlist), which stays the authority: a property
 * test holds the shortcut to it. Kept beside the validator so pages that only resolve URLs do not
 * carry it.
 */
import { isSafeUrl } from '../url.js';

/**
 * Shapes that `new URL` always parses against an https base, to an allowed scheme:
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

/** The verdict of `isSafeUrl`, answered without building a URL for the plain shapes. */
export function isAllowedUrlField(value: string): boolean {
  return PLAINLY_ALLOWED.test(value) || isSafeUrl(value);
}
