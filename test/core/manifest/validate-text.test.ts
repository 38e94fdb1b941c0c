import { expect } from '@open-wc/testing';
import { MAX_DOCUMENT_CHARS } from '../../../src/core/manifest/limits.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { errorsOf, fixtureText } from './fixtures.js';

const invalidJson = (line: number, column: number, reason: string) => [
  { path: '', code: 'invalid-json', message: `invalid JSON at line ${line}, column ${column}: ${reason}` },
];

describe('validateManifest: JSON text', () => {
  const malformed: [string, number, number, string][] = [
    ['{"a": x}', 1, 7, 'expected a value, got "x"'],
    ['{"a": tru}', 1, 7, 'expected a value, got "t"'],
    ['{"a": 1,}', 1, 9, 'expected a property name in double quotes'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes'],
    ['{"a" 1}', 1, 6, 'expected ":" after a property name'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}" after a property value'],
    ['[1, 2,]', 1, 7, 'expected a value, got "]"'],
    ['[1 2]', 1, 4, 'expected "," or "]" after a list item'],
    ['{"a": "b}', 1, 7, 'unterminated string'],
    ['{"a": "\\q"}', 1, 8, 'invalid escape in a string'],
    ['{"a": "\\u12G4"}', 1, 8, 'invalid escape in a string'],
    ['{"a": "line\nbreak"}', 1, 12, 'unescaped control character (such as a line break) in a string'],
    ['{} {}', 1, 4, 'unexpected text after the JSON value'],
    ['{"a": 1', 1, 8, 'unexpected end of input'],
    ['', 1, 1, 'unexpected end of input'],
    ['{\r\n  "a": x\r\n}', 2, 8, 'expected a value, got "x"'],
    ['{\n  "a": [\n    1,\n    😀\n  ]\n}', 4, 5, 'expected a value, got "😀"'],
  ];

  for (const [text, line, column, reason] of malformed) {
    it(`locates the error in ${JSON.stringify(text)}`, () => {
      expect(() => JSON.parse(text)).to.throw(SyntaxError);
      expect(errorsOf(text)).to.deep.equal(invalidJson(line, column, reason));
    });
  }

  it('gives the line and column in a real file', async () => {
    expect(errorsOf(await fixtureText('broken.json'))).to.deep.equal(
      invalidJson(5, 41, 'expected "," or "}" after a property value'),
    );
  });

  it('survives a million unclosed brackets', () => {
    expect(errorsOf('['.repeat(1_000_000))).to.deep.equal(invalidJson(1, 1_000_001, 'unexpected end of input'));
  });

  for (const page of ['<!doctype html><html></html>', '\n  <html lang="en">', '<?xml version="1.0"?><error/>']) {
    it(`names HTML for what it is: ${JSON.stringify(page)}`, () => {
      expect(errorsOf(page)).to.deep.equal([{ path: '', code: 'invalid-json', message: 'expected JSON but got HTML' }]);
    });
  }

  it('reads text that starts with a byte order mark', async () => {
    const result = validateManifest(`\uFEFF${await fixtureText('minimal.json')}`);
    expect(result.ok).to.equal(true);
  });

  it('refuses a document over 10 MB before parsing it', () => {
    const text = `{"padding": "${'a'.repeat(11 * 1024 * 1024 + 300_000)}"}`;
    expect(errorsOf(text)).to.deep.equal([
      { path: '', code: 'too-large', message: 'document is 11.3 MB; the limit is 10 MB' },
    ]);
  });

  it('reads a document of exactly 10 MB, and refuses one character more', async () => {
    const minimal = (await fixtureText('minimal.json')).trim();
    const head = `${minimal.slice(0, -1)}, "padding": "`;
    const text = `${head}${'a'.repeat(MAX_DOCUMENT_CHARS - head.length - 2)}"}`;
    expect(text.length).to.equal(MAX_DOCUMENT_CHARS);
    const result = validateManifest(text);
    expect(result).to.deep.include({ ok: true });
    expect(result.warnings).to.deep.equal([{ path: 'padding', code: 'unknown-field', message: 'unknown field, ignored' }]);
    expect(errorsOf(`${text} `)).to.deep.equal([
      { path: '', code: 'too-large', message: 'document is 10.1 MB; the limit is 10 MB' },
    ]);
  });
});
