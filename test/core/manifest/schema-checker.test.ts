import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { checkerOf } from '../../../src/core/manifest/schema-checker.js';
import { MAX_VALUES } from '../../../src/core/manifest/limits.js';
import { ManifestSchema } from '../../../src/core/manifest/schema.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { fixtureText, manifestFixture, type Doc } from './fixtures.js';

type Path = readonly (string | number)[];

/** The path of every value in a JSON document. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [at, ...keys.flatMap((key) => pathsOf((value as Doc)[key], [...at, key]))];
}

/** The value at `path`; undefined when an earlier edit replaced one of its parents. */
function at(doc: Doc, path: Path): Doc {
  let value: Doc = doc;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = value[key];
  }
  return value;
}

/** Sets (or removes) the value at `path`; skipped when an earlier edit replaced its parent. */
function change(doc: Doc, path: Path, value: unknown, remove: boolean): void {
  const parent = at(doc, path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) return;
  const key = path[path.length - 1]!;
  if (remove && !Array.isArray(parent)) delete parent[key];
  else parent[key] = value;
}

/** Adds an own key to the object at `path` (`__proto__` too, as JSON.parse would make it). */
function addKey(doc: Doc, path: Path, key: string, value: unknown): void {
  const object = at(doc, path);
  if (typeof object !== 'object' || object === null || Array.isArray(object)) return;
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

const lengths = [0, 1, 3, 50, 51, 100, 101, 200, 201, 300, 301, 500, 501, 1000, 1001, 2000, 2001, 2048, 2049];
/** Values at the edges of the manifest's rules, besides arbitrary JSON. */
const edgeValue = fc.oneof(
  fc.constantFrom(...lengths).map((length) => 'a'.repeat(length)),
  fc.constantFrom('-a', 'a b', 'grid-101', 'energy', 'q3-interconnect', 'e1'),
  fc.constantFrom('https://x.example/a', '/relative', 'mailto:a@b.example', 'javascript:alert(1)', ' JaVa\tScRiPt:x', 'data:,x', 'http://[::1'),
  fc.constantFrom('2026-02-28', '2026-02-29', '2028-02-29', '2026-13-01', '2026-1-1', 'EUR', 'eur', 'EU', 'json', 'xapi', 'csv'),
  fc.constantFrom(-1, 0, 0.5, 1, 2, 2.5, 3, 4, 5, 6, 500, 501, 100000, 100001, 600000, 600001, Number.NaN, -0),
  fc.constantFrom(null, true, false, [], {}, [null], ['grid-101'], { name: 'x' }),
);

describe('checkerOf (the fast path)', () => {
  it('gives valibot’s verdict on thousands of edited manifests', async () => {
    const rich = await manifestFixture('rich.json');
    const paths = pathsOf(rich).filter((path) => path.length > 0);
    const passes = checkerOf(ManifestSchema);
    const edit = fc.record({
      path: fc.constantFrom(...paths),
      value: fc.oneof(edgeValue, fc.jsonValue({ maxDepth: 2 })),
      remove: fc.boolean(),
    });
    let accepted = 0;
    const runs = 1500;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 2 }), (edits) => {
        const doc = structuredClone(rich);
        for (const { path, value, remove } of edits) change(doc, path, value, remove);
        const verdict = v.safeParse(ManifestSchema, doc).success;
        if (verdict) accepted++;
        return passes(doc) === verdict;
      }),
      { numRuns: runs, seed: 20270331 },
    );
    // Both verdicts must have come up often enough for the comparison to mean something.
    expect(accepted).to.be.within(50, runs - 50);
  });

  it('answers no to what it does not know, leaving it to valibot', () => {
    expect(checkerOf(v.optional(v.string(), 'x'))(undefined)).to.equal(false);
    expect(checkerOf(v.object({ a: v.optional(v.string(), 'x') }))({})).to.equal(false);
    expect(checkerOf(v.pipe(v.string(), v.trim()))('a')).to.equal(false);
    expect(checkerOf(v.pipe(v.string(), v.email()))('a@b.example')).to.equal(false);
    expect(checkerOf(v.date())(new Date())).to.equal(false);
  });
});

describe('checkerOf, exact (parsed JSON the first pass would leave as it is)', () => {
  it('gives what the first pass and valibot give: validating text equals validating its parsed object', async () => {
    const rich = await manifestFixture('rich.json');
    const paths = pathsOf(rich);
    const isClean = checkerOf(ManifestSchema, { exact: true });
    const keys = ['__proto__', 'constructor', 'title', 'id', 'courses', 'notes', 'x-extra'];
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('change' as const), path: fc.constantFrom(...paths.filter((path) => path.length > 0)), value: edgeValue, remove: fc.boolean() }),
      fc.record({ kind: fc.constant('add' as const), path: fc.constantFrom(...paths), key: fc.constantFrom(...keys), value: fc.jsonValue({ maxDepth: 1 }) }),
    );
    let clean = 0;
    const runs = 800;
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 2 }), (edits) => {
        const doc = structuredClone(rich);
        for (const e of edits) {
          if (e.kind === 'add') addKey(doc, e.path, e.key, e.value);
          else change(doc, e.path, e.value, e.remove);
        }
        const text = JSON.stringify(doc);
        if (isClean(JSON.parse(text))) clean++;
        // An object input never takes the exact path: it is copied by the first pass.
        expect(validateManifest(text)).to.deep.equal(validateManifest(JSON.parse(text)));
      }),
      { numRuns: runs, seed: 20261128 },
    );
    expect(clean).to.be.within(50, runs - 50);
  });

  it('refuses what the first pass would change or report', () => {
    const exact = (schema: object, value: unknown) => checkerOf(schema, { exact: true })(value);
    const loose = v.object({ a: v.optional(v.string()) });
    expect([checkerOf(loose)([]), exact(loose, [])]).to.deep.equal([true, false]);
    expect([checkerOf(loose)({ a: 'x', b: 1 }), exact(loose, { a: 'x', b: 1 })]).to.deep.equal([true, false]);
    expect(exact(loose, JSON.parse('{"__proto__": {}}'))).to.equal(false);
    expect([checkerOf(v.number())(Infinity), exact(v.number(), Infinity)]).to.deep.equal([true, false]);
    expect(exact(loose, { a: 'x' })).to.equal(true);
  });

  it('counts values as the first pass does: the document and everything in it, at most MAX_VALUES', () => {
    const numbers = checkerOf(v.object({ list: v.array(v.number()) }), { exact: true });
    // The object, its one key and the items.
    expect(numbers({ list: new Array(MAX_VALUES - 2).fill(0) })).to.equal(true);
    expect(numbers({ list: new Array(MAX_VALUES - 1).fill(0) })).to.equal(false);
    // The count starts over on every call.
    expect(numbers({ list: new Array(MAX_VALUES - 2).fill(0) })).to.equal(true);
  });

  it('sends JSON text holding an infinite number to the first pass, which refuses it', async () => {
    const text = (await fixtureText('rich.json')).replace(/"averageSalary": [0-9.]+/, '"averageSalary": 1e400');
    const result = validateManifest(text);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).to.deep.equal(['metrics.cost.averageSalary']);
    expect(result).to.deep.equal(validateManifest(JSON.parse(text)));
  });
});
