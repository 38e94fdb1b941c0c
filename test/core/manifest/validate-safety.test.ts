import { expect } from '@open-wc/testing';
import type { ManifestIssue } from '../../../src/core/errors.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { errorsOf, fixtureText, manifestFixture, type Doc } from './fixtures.js';

/** `n` objects nested in one another: `{ a: { a: … } }`. */
function chain(n: number): Doc {
  let value: Doc = {};
  for (let i = 1; i < n; i++) value = { a: value };
  return value;
}

/** Every object and array inside `value`, `value` included. */
function containers(value: unknown, found: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

describe('validateManifest: limits and safety', () => {
  it('reports nesting deeper than 32 levels where level 33 starts, under unknown keys too', async () => {
    const doc = await manifestFixture('minimal.json');
    doc.extra = chain(32); // the document is level 1, `extra` level 2, its 32nd object level 33
    expect(errorsOf(doc)).to.deep.equal([
      { path: `extra${'.a'.repeat(31)}`, code: 'too-deep', message: 'nested deeper than 32 levels' },
    ]);
    doc.extra = chain(31);
    expect(errorsOf(doc)).to.deep.equal([]);
  });

  it('reports deep nesting inside a known field as well as its wrong type', async () => {
    const text = (await fixtureText('minimal.json')).replace('"Helio Grid"', `${'['.repeat(40)}${']'.repeat(40)}`);
    expect(errorsOf(text)).to.deep.equal([
      { path: `organization.name${'[0]'.repeat(30)}`, code: 'too-deep', message: 'nested deeper than 32 levels' },
      { path: 'organization.name', code: 'wrong-type', message: 'expected a string, got an array' },
    ]);
  });

  it('refuses an object of more than 2,000,000 values without reading it all', async () => {
    const doc = await manifestFixture('minimal.json');
    doc.padding = new Array(2_000_001).fill(0);
    expect(errorsOf(doc)).to.deep.equal([
      { path: '', code: 'too-large', message: 'document has more than 2,000,000 values; the limit is 2,000,000' },
    ]);
  });

  it('refuses a __proto__ key in JSON text, and pollutes nothing', async () => {
    const text = (await fixtureText('rich.json')).replace(
      '"id": "grid-engineering"',
      '"__proto__": { "polluted": true }, "id": "grid-engineering"',
    );
    const result = validateManifest(text);
    expect(result).to.deep.equal({
      ok: false,
      errors: [{ path: 'pathways[0].__proto__', code: 'forbidden-key', message: 'forbidden key "__proto__"' }],
      warnings: [],
    });
    expect(({} as Doc).polluted).to.equal(undefined);
  });

  it('refuses a __proto__ own property of an object', async () => {
    const doc = await manifestFixture('rich.json');
    Object.defineProperty(doc.organization, '__proto__', { value: { admin: true }, enumerable: true, writable: true, configurable: true });
    expect(errorsOf(doc)).to.deep.equal([
      { path: 'organization.__proto__', code: 'forbidden-key', message: 'forbidden key "__proto__"' },
    ]);
  });

  it('refuses constructor and prototype keys, also inside unknown fields', async () => {
    const doc = await manifestFixture('rich.json');
    doc.courses[0].constructor = { prototype: { polluted: true } };
    doc.metrics.prototype = {};
    doc.notes = { deep: JSON.parse('{"__proto__": {"polluted": true}}') };
    const result = validateManifest(doc);
    expect(result).to.deep.equal({
      ok: false,
      errors: [
        { path: 'courses[0].constructor', code: 'forbidden-key', message: 'forbidden key "constructor"' },
        { path: 'metrics.prototype', code: 'forbidden-key', message: 'forbidden key "prototype"' },
        { path: 'notes.deep.__proto__', code: 'forbidden-key', message: 'forbidden key "__proto__"' },
      ],
      warnings: [{ path: 'notes', code: 'unknown-field', message: 'unknown field, ignored' }],
    });
  });

  for (const form of ['text', 'object'] as const) {
    it(`warns about unknown keys, drops them, and quotes keys that are not names (${form})`, async () => {
      const doc = await manifestFixture('rich.json');
      doc.organization.motto = 'Power on';
      doc.courses[4].internalCode = { nested: [1, 2] };
      doc['odd key'] = true;
      const result = validateManifest(form === 'text' ? JSON.stringify(doc) : doc);
      expect(result.warnings).to.deep.equal([
        { path: 'organization.motto', code: 'unknown-field', message: 'unknown field, ignored' },
        { path: 'courses[4].internalCode', code: 'unknown-field', message: 'unknown field, ignored' },
        { path: '["odd key"]', code: 'unknown-field', message: 'unknown field, ignored' },
      ]);
      if (!result.ok) throw new Error('expected a valid manifest');
      expect(result.manifest.organization).to.deep.equal({ name: 'Helio Grid', mission: doc.organization.mission, fiscalYear: 'FY2027' });
      expect(result.manifest.courses[4]).not.to.have.property('internalCode');
      expect(result.manifest).not.to.have.property('odd key');
    });
  }

  for (const form of ['text', 'object'] as const) {
    it(`returns fresh plain objects and arrays, equal to the input (${form})`, async () => {
      const doc = await manifestFixture('rich.json');
      const result = validateManifest(form === 'text' ? JSON.stringify(doc) : doc);
      if (!result.ok) throw new Error('expected a valid manifest');
      expect(result.manifest).to.deep.equal(doc);
      const inputs = new Set(containers(doc));
      for (const value of containers(result.manifest)) {
        expect(inputs.has(value)).to.equal(false);
        expect(Object.getPrototypeOf(value)).to.equal(Array.isArray(value) ? Array.prototype : Object.prototype);
      }
    });
  }

  it('leaves an object input as it was', async () => {
    const doc = await manifestFixture('invalid.json');
    const before = JSON.stringify(doc);
    validateManifest(doc);
    expect(JSON.stringify(doc)).to.equal(before);
  });

  it('reads plain objects made in another realm', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const foreign = (frame.contentWindow as Window & typeof globalThis).JSON.parse(await fixtureText('rich.json'));
    expect(validateManifest(foreign).ok).to.equal(true);
    frame.remove();
  });

  it('reports every problem of a document in one pass', async () => {
    expect(validateManifest(await fixtureText('invalid.json'))).to.deep.equal({
      ok: false,
      errors: [
        { path: 'courses[0].url', code: 'invalid-url', message: 'URL scheme "javascript:" is not allowed (use http:, https:, mailto: or a relative URL)' },
        { path: 'reporting.format', code: 'not-allowed', message: 'expected one of "json", "xapi", got "csv"' },
        { path: 'pathways[0].pillar', code: 'unknown-reference', message: 'unknown pillar "power"' },
        { path: 'pathways[0].courses[1]', code: 'unknown-reference', message: 'unknown course "py-101"' },
        { path: 'courses[0].impactTags[0]', code: 'unknown-reference', message: 'unknown impact tag "q3-auto"' },
        { path: 'pillars[1].imperative', code: 'duplicate-rank', message: 'rank 1 is already held by pillars[0]' },
      ],
      warnings: [{ path: 'organization.motto', code: 'unknown-field', message: 'unknown field, ignored' }],
    });
  });
});

describe('validateManifest: nasty input', () => {
  const wrongRoot = (found: string): ManifestIssue[] => [
    { path: '', code: 'wrong-type', message: `expected an object, got ${found}` },
  ];
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  class Settings {
    version = 1;
  }
  const roots: [string, unknown, string][] = [
    ['undefined', undefined, 'nothing'],
    ['null', null, 'null'],
    ['a number', 42, 'a number'],
    ['a bigint', 42n, 'a bigint'],
    ['a symbol', Symbol('manifest'), 'a symbol'],
    ['a function', () => ({ version: 1 }), 'a function'],
    ['an array', [], 'an array'],
    ['a Date', new Date(), 'a Date'],
    ['a Map', new Map([['version', 1]]), 'a Map'],
    ['a class instance', new Settings(), 'an instance of a class'],
    ['a revoked Proxy', revoked.proxy, 'an unreadable object'],
    ['a Proxy whose traps throw', new Proxy({}, { ownKeys: () => { throw new Error('no'); }, get: () => { throw new Error('no'); } }), 'an unreadable object'],
    ['JSON text of null', 'null', 'null'],
  ];

  for (const [title, input, found] of roots) {
    it(`reports ${title} as the document, without throwing`, () => {
      expect(errorsOf(input)).to.deep.equal(wrongRoot(found));
    });
  }

  it('names values that are not JSON where a field expects one', async () => {
    const doc = await manifestFixture('rich.json');
    doc.courses[0].durationMinutes = 90n;
    doc.courses[0].ratings.relevance = Number.NaN;
    doc.courses[0].ratings.clarity = Number.POSITIVE_INFINITY;
    doc.courses[0].objectives = ['Read', , 'Explain']; // a hole
    doc.impactTags[0].due = new Date('2027-03-31');
    Object.defineProperty(doc.pillars[0], 'title', { enumerable: true, get: () => { throw new Error('boom'); } });
    doc.courses[1].url = undefined; // an absent optional field, as in JSON
    expect(errorsOf(doc)).to.deep.equal([
      { path: 'pillars[0].title', code: 'wrong-type', message: 'expected a string, got a value whose getter threw' },
      { path: 'courses[0].durationMinutes', code: 'wrong-type', message: 'expected a number, got a bigint' },
      { path: 'courses[0].objectives[1]', code: 'wrong-type', message: 'expected a string, got nothing' },
      { path: 'courses[0].ratings.relevance', code: 'wrong-type', message: 'expected a number, got NaN' },
      { path: 'courses[0].ratings.clarity', code: 'wrong-type', message: 'expected a number, got Infinity' },
      { path: 'impactTags[0].due', code: 'wrong-type', message: 'expected a string, got a Date' },
    ]);
  });

  it('reports a circular reference once, where it closes', async () => {
    const doc = await manifestFixture('minimal.json');
    doc.self = doc;
    doc.organization.parent = doc.organization;
    expect(validateManifest(doc)).to.deep.equal({
      ok: false,
      errors: [
        { path: 'organization.parent', code: 'circular', message: 'circular reference' },
        { path: 'self', code: 'circular', message: 'circular reference' },
      ],
      warnings: [
        { path: 'organization.parent', code: 'unknown-field', message: 'unknown field, ignored' },
        { path: 'self', code: 'unknown-field', message: 'unknown field, ignored' },
      ],
    });
  });

  it('accepts an object without a prototype', async () => {
    const doc = Object.assign(Object.create(null), await manifestFixture('minimal.json'));
    expect(validateManifest(doc).ok).to.equal(true);
  });

  it('reads a huge string that is not JSON as invalid JSON', () => {
    expect(errorsOf('a'.repeat(5_000_000))).to.deep.equal([
      { path: '', code: 'invalid-json', message: 'invalid JSON at line 1, column 1: expected a value, got "a"' },
    ]);
  });

  it('reports 150,000 problems without running out of stack', async () => {
    const doc = await manifestFixture('minimal.json');
    doc.pathways[0].courses = Array.from({ length: 150_000 }, (_, index) => `missing-${index}`);
    const errors = errorsOf(doc);
    expect(errors).to.have.length(150_001);
    expect(errors[0]).to.deep.equal({ path: 'pathways[0].courses', code: 'too-many', message: 'more than 500 items (150000)' });
    expect(errors[150_000]).to.deep.equal({
      path: 'pathways[0].courses[149999]',
      code: 'unknown-reference',
      message: 'unknown course "missing-149999"',
    });
  });

  it('reads a shared object everywhere it appears', async () => {
    const doc = await manifestFixture('rich.json');
    const why = { statement: 'Shared purpose.' };
    for (const course of doc.courses) course.why = why;
    const result = validateManifest(doc);
    if (!result.ok) throw new Error('expected a valid manifest');
    expect(result.manifest.courses.map((course) => course.why?.statement)).to.deep.equal(doc.courses.map(() => 'Shared purpose.'));
  });
});
