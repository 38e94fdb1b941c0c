/**
 * The validator's URL check (`isAllowedUrlField`) answers the usual shapes without building a URL.
 * Whatever the spelling, its verdict must be the one `new URL` gives, as the sanitiser's
 * (`isSafeUrl`) is: these hold all three together on hostile spellings and on strings assembled
 * (seeded) from the pieces a shortcut could get wrong.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isAllowedUrlField } from '../../src/core/manifest/url-shapes.js';
import { isSafeUrl, safeUrl } from '../../src/core/url.js';

const ALLOWED = ['http:', 'https:', 'mailto:'];

/** The verdict of `new URL` itself. */
function parsesToAllowed(value: string): boolean {
  try {
    return ALLOWED.includes(new URL(value, 'https://base.invalid/').protocol);
  } catch {
    return false;
  }
}

describe('isSafeUrl and the validator shortcut isAllowedUrlField', () => {
  const refused = [
    'javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001fjavascript:alert(1)',
    ' \u0008 javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'javascript\t:alert(1)',
    'JAVASCRIPT:alert(1)',
    'jAvAsCrIpT:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    ' DATA:text/html,x',
    'vbscript:msgbox(1)',
    'vb\tscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://x.example/0',
    'https://[::1',
    'http://1.2.3.999/',
    'http://999999999999/',
    'http://example.com:99999/',
    '//[::1',
    '/\\[::1',
    '/\t/[::1',
    'mailto://[::1',
    'mailto:\n//[::1',
  ];
  for (const value of refused) {
    it(`refuses ${JSON.stringify(value)}`, () => {
      expect(isSafeUrl(value)).to.equal(false);
      expect(isAllowedUrlField(value)).to.equal(false);
    });
  }

  const allowed = [
    'https://lms.example.com/c/1',
    'HTTP://LMS.EXAMPLE.COM',
    'http://intranet:8080?x=1',
    'https://a-b.c-d.example#top',
    'mailto:l-and-d@example.com',
    '/courses/1',
    'courses/2',
    '?id=3',
    '#part',
    '',
    // Not a scheme: percent-encoding and lookalikes leave a relative path, resolved under the base.
    '%6Aavascript:alert(1)',
    'javascript%3Aalert(1)',
    '\uff4aavascript:alert(1)',
    './javascript:alert(1)',
  ];
  for (const value of allowed) {
    it(`allows ${JSON.stringify(value)}`, () => {
      expect(isSafeUrl(value)).to.equal(true);
      expect(isAllowedUrlField(value)).to.equal(true);
    });
  }

  it('resolves percent-encoded and lookalike schemes to a path under the base', () => {
    expect(safeUrl('%6Aavascript:alert(1)', 'https://intranet.example/')).to.equal('https://intranet.example/%6Aavascript:alert(1)');
    expect(safeUrl('javascript%3Aalert(1)', 'https://intranet.example/c/')).to.equal('https://intranet.example/c/javascript%3Aalert(1)');
  });

  it('agrees with new URL on strings made of the pieces a shortcut could get wrong', () => {
    const pieces = [
      ...['http', 'https', 'HTTPS', 'mailto', 'javascript', 'data', 'vbscript', 'file', 'xn--', 'XN--', 'xn-', '0x', 'ab', 'Z'],
      ...[':', '//', '/', '\\', '?', '#', '@', '.', '..', '-', '_', '~', '%', '%3A', '%2e', '[', ']', '::1', ':8080', ':99999'],
      ...['1', '255', '999', '4294967296', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u00a0', 'ſ', '\u212a', 'é', '\uff4a'],
    ];
    const candidate = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    const shaped = fc
      .tuple(fc.constantFrom('http://', 'https://', 'mailto:', '/', ''), candidate, fc.constantFrom('', '/', '?q', '#f', '/x y'))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(candidate, shaped), (value) => {
        const verdict = parsesToAllowed(value);
        return isSafeUrl(value) === verdict && isAllowedUrlField(value) === verdict;
      }),
      { seed: 20_261_128, numRuns: 20_000 },
    );
  });

  it('agrees with new URL on long hosts and labels', () => {
    for (const host of ['a'.repeat(63), 'a'.repeat(64), `${'a'.repeat(63)}.`.repeat(30) + 'example', 'b'.repeat(2000)]) {
      const value = `https://${host}/course`;
      expect(isSafeUrl(value), host.length.toString()).to.equal(parsesToAllowed(value));
      expect(isAllowedUrlField(value), host.length.toString()).to.equal(parsesToAllowed(value));
    }
  });
});
