import { expect } from '@open-wc/testing';
import { errorsOf, manifestFixture } from './fixtures.js';

const refused = (scheme: string) =>
  `URL scheme "${scheme}" is not allowed (use http:, https:, mailto: or a relative URL)`;

describe('validateManifest: URLs', () => {
  const hostile: [string, string][] = [
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(1)', 'javascript:'],
    ['  javascript:alert(1)', 'javascript:'],
    ['\njavascript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['VBScript:msgbox(1)', 'vbscript:'],
    ['file:///etc/passwd', 'file:'],
  ];

  for (const [url, scheme] of hostile) {
    it(`refuses ${JSON.stringify(url)} as an error at its path`, async () => {
      const doc = await manifestFixture('rich.json');
      doc.courses[1].url = url;
      expect(errorsOf(doc)).to.deep.equal([{ path: 'courses[1].url', code: 'invalid-url', message: refused(scheme) }]);
    });
  }

  it('checks every URL field: reporting endpoint and metrics source too', async () => {
    const doc = await manifestFixture('rich.json');
    doc.reporting.endpoint = 'javascript:void(0)';
    doc.metrics.src = 'data:application/json,{}';
    expect(errorsOf(doc)).to.deep.equal([
      { path: 'metrics.src', code: 'invalid-url', message: refused('data:') },
      { path: 'reporting.endpoint', code: 'invalid-url', message: refused('javascript:') },
    ]);
  });

  it('says when a URL does not parse at all', async () => {
    const doc = await manifestFixture('rich.json');
    doc.courses[0].url = 'http://[::1/course';
    expect(errorsOf(doc)).to.deep.equal([{ path: 'courses[0].url', code: 'invalid-url', message: 'not a valid URL' }]);
  });

  it('accepts http:, https:, mailto: and relative URLs', async () => {
    const doc = await manifestFixture('rich.json');
    const urls = ['http://intranet/course', 'https://lms.example.com/c/1', 'mailto:l-and-d@example.com', '/courses/1', 'courses/2', '?id=3'];
    urls.forEach((url, index) => (doc.courses[index].url = url));
    expect(errorsOf(doc)).to.deep.equal([]);
  });
});
