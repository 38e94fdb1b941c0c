import { expect } from '@open-wc/testing';
import { plainText, readCount, readDuration, readFlag } from '../../../src/core/catalogue/values.js';
import { InputError } from '../../../src/core/tabular/input-error.js';

describe('catalogue values', () => {
  it('reads durations in the shapes exports use, in whole minutes', () => {
    const cases: [string, 'minutes' | 'hours', number | undefined][] = [
      ['90', 'minutes', 90],
      ['', 'minutes', undefined],
      ['  ', 'hours', undefined],
      ['1.5', 'hours', 90],
      ['1,5', 'hours', 90],
      ['0.75', 'hours', 45],
      ['8', 'hours', 480],
      ['1h 30m', 'minutes', 90],
      ['1 h 30 min', 'hours', 90],
      ['2h', 'minutes', 120],
      ['45m', 'hours', 45],
      ['45 mins', 'minutes', 45],
      ['1 hour, 30 minutes', 'minutes', 90],
      ['2 Std. 15 Min.', 'minutes', 135],
      ['1.5h', 'minutes', 90],
      ['01:30', 'minutes', 90],
      ['1:05', 'hours', 65],
      ['00:45:30', 'minutes', 46],
      ['PT1H30M', 'minutes', 90],
      ['pt45m', 'minutes', 45],
      ['PT1.5H', 'minutes', 90],
      ['P1DT2H', 'minutes', 1560],
      ['PT90S', 'minutes', 2],
    ];
    for (const [text, unit, minutes] of cases) expect(readDuration(text, unit), `${JSON.stringify(text)} in ${unit}`).to.equal(minutes);
  });

  it('refuses what is not a duration, saying what it expected', () => {
    for (const text of ['soon', 'PT', 'P', '1:75', '-5', '1h 30', 'h', '90 seconds']) {
      expect(() => readDuration(text, 'minutes'), text).to.throw(InputError, `expected a duration (minutes such as 90, "1h 30m", "01:30" or "PT1H30M"), got ${JSON.stringify(text)}`);
    }
    expect(() => readDuration('x', 'hours')).to.throw(InputError, 'hours such as 1.5');
  });

  it('reads yes/no flags in their usual spellings', () => {
    for (const text of ['yes', 'Y', 'TRUE', '1', 'ja', 'Required']) expect(readFlag(text), text).to.equal(true);
    for (const text of ['no', 'n', 'False', '0', 'Nein', 'optional']) expect(readFlag(text), text).to.equal(false);
    expect(readFlag(' ')).to.equal(undefined);
    expect(() => readFlag('maybe')).to.throw(InputError, 'expected yes or no (true/false, 1/0, Y/N), got "maybe"');
  });

  it('reads counts, with thousands grouped the usual ways', () => {
    expect(['5200', '5,200', '5.200', '5 200', '1,234,567', '0'].map(readCount)).to.deep.equal([5200, 5200, 5200, 5200, 1234567, 0]);
    expect(readCount('')).to.equal(undefined);
    for (const text of ['-3', '1.5', '12,34', '1,234.5', 'many', '99999999999999999999']) {
      expect(() => readCount(text), text).to.throw(InputError, 'expected a whole number of 0 or more');
    }
  });

  it('makes plain text of HTML descriptions, and tidies plain ones', () => {
    expect(plainText('<p>Python &amp; pandas</p>\r\n<p>Second&nbsp;paragraph &#8211; &#x2713;</p><script>alert(1)</script>')).to.equal(
      'Python & pandas\n\nSecond paragraph – ✓',
    );
    expect(plainText('<ul><li>One</li><li>Two</li></ul>')).to.equal('One\n\nTwo');
    expect(plainText('  A  plain   text,\r\nwith a < b and AT&T.  ')).to.equal('A plain text,\nwith a < b and AT&T.');
  });
});
