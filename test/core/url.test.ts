import { expect } from '@open-wc/testing';
import { isSafeUrl, safeUrl, urlScheme } from '../../src/core/url.js';

describe('safeUrl', () => {
  it('keeps http, https, mailto and relative URLs, resolved', () => {
    expect(safeUrl('https://lms.example.com/c/1')).to.equal('https://lms.example.com/c/1');
    expect(safeUrl('mailto:l-and-d@example.com')).to.equal('mailto:l-and-d@example.com');
    expect(safeUrl('/courses/1', 'https://intranet.example/')).to.equal('https://intranet.example/courses/1');
  });

  for (const hostile of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\njavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'VBScript:msgbox(1)',
  ]) {
    it(`drops ${JSON.stringify(hostile)}`, () => {
      expect(safeUrl(hostile)).to.equal(undefined);
      expect(isSafeUrl(hostile)).to.equal(false);
    });
  }

  it('names the scheme it saw', () => {
    expect(urlScheme(' JaVaScRiPt:alert(1)')).to.equal('javascript:');
  });
});
