/**
 * The validator under hostile input, beyond what each element shows: the corpus reaches every
 * field it claims to, a hostile document cannot make the issues themselves huge, and nothing is
 * polluted however the manifest arrives.
 */
import { expect } from '@open-wc/testing';
import { formatIssue } from '../../src/core/errors.js';
import { ManifestSchema } from '../../src/core/manifest/schema.js';
import { validateManifest } from '../../src/core/manifest/validate.js';
import * as build from '../fixtures/hostile/generate.js';
import { forEachLeaf, patternOf, textFieldPatterns } from '../support/schema-leaves.js';

describe('The hostile corpus', () => {
  it('base.json has every text field of the schema, so the markup fixture reaches all of them', async () => {
    const present = new Set<string>();
    forEachLeaf(ManifestSchema, await build.base(), ({ path, leaf }) => {
      if (leaf.kind === 'text') present.add(patternOf(path));
    });
    const patterns = textFieldPatterns(ManifestSchema);
    expect(patterns.length, 'text fields in the schema').to.be.greaterThan(20);
    expect(patterns.filter((pattern) => !present.has(pattern)), 'text fields missing from base.json').to.deep.equal([]);
  });

  it('base.json is valid, so every refusal in the corpus comes from what a fixture changed', async () => {
    const result = validateManifest(await build.fixtureText('base.json'));
    expect(result.ok ? result.warnings : result.errors).to.deep.equal([]);
  });

  it('a wrong type in every field is reported at every one of those fields', async () => {
    const { doc, paths } = build.wrongTypesEverywhere(await build.base());
    const result = validateManifest(doc);
    expect(result.ok).to.equal(false);
    const reported = new Set(result.ok ? [] : result.errors.map((issue) => issue.path));
    expect(paths.length).to.be.greaterThan(100);
    expect(paths.filter((path) => !reported.has(path)), 'fields not reported').to.deep.equal([]);
  });
});

describe('validateManifest: issues stay readable whatever the document', () => {
  it('cuts a key of a million characters to 80 in the path', async () => {
    const result = validateManifest(build.hugeKey(await build.base(), 1_000_000));
    expect(result.ok ? [] : result.errors.map(formatIssue)).to.deep.equal([
      `notes[${JSON.stringify(`${'k'.repeat(80)}…`)}].__proto__: forbidden key "__proto__"`,
    ]);
  });

  it('keeps keys of up to 80 characters whole', async () => {
    const key = 'k'.repeat(80);
    const doc = await build.base();
    doc.notes = { [key]: JSON.parse('{"__proto__": 1}') };
    const result = validateManifest(doc);
    expect(result.ok ? [] : result.errors.map((issue) => issue.path)).to.deep.equal([`notes.${key}.__proto__`]);
  });

  it('lists the first 100 unknown fields and counts the rest in one more warning', async () => {
    const result = validateManifest(build.unknownFields(await build.base(), 200_000));
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.have.length(101);
    expect(result.warnings[0]).to.deep.equal({ path: 'unknown0', code: 'unknown-field', message: 'unknown field, ignored' });
    expect(result.warnings[99]?.path).to.equal('unknown99');
    expect(result.warnings[100]).to.deep.equal({ path: '', code: 'unknown-field', message: 'and 199,900 more unknown fields, ignored' });
  });

  it('lists 100 unknown fields without a count', async () => {
    const result = validateManifest(build.unknownFields(await build.base(), 100));
    expect(result.warnings.map((issue) => issue.path)).to.deep.equal(Array.from({ length: 100 }, (_, i) => `unknown${i}`));
  });
});

describe('validateManifest: no prototype pollution, however the manifest arrives', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();

  for (const [how, input] of [
    ['as JSON text', () => build.fixtureText('forbidden-keys.json')],
    ['parsed by JSON.parse', () => build.fixtureJson('forbidden-keys.json')],
  ] as const) {
    it(`refuses __proto__, constructor and prototype keys ${how}, and leaves Object.prototype alone`, async () => {
      const result = validateManifest(await input());
      expect(result.ok).to.equal(false);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
      const probe: Record<string, unknown> = {};
      expect([probe.polluted, probe.isAdmin]).to.deep.equal([undefined, undefined]);
    });
  }
});
