import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { checkerOf } from '../../../src/core/manifest/accepts.js';
import { ManifestSchema } from '../../../src/core/manifest/schema.js';
import { manifestFixture, type Doc } from './fixtures.js';

type Path = readonly (string | number)[];

/** The path of every value in a JSON document. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [at, ...keys.flatMap((key) => pathsOf((value as Doc)[key], [...at, key]))];
}

/** Sets (or removes) the value at `path`; skipped when an earlier edit replaced its parent. */
function change(doc: Doc, path: Path, value: unknown, remove: boolean): void {
  let parent: Doc = doc;
  for (const key of path.slice(0, -1)) {
    parent = parent[key];
    if (typeof parent !== 'object' || parent === null) return;
  }
  const key = path[path.length - 1]!;
  if (remove && !Array.isArray(parent)) delete parent[key];
  else parent[key] = value;
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
