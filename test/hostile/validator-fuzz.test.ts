/**
 * Property-based fuzzing of the validator with fast-check, seeded so that every run checks the same
 * inputs: JSON text and values of every shape, JS values JSON cannot hold, and (where bugs hide,
 * close to valid) a valid manifest mutated a few times, as an object and as edited text.
 *
 * Whatever it is given, `validateManifest` never throws, and returns either a manifest that is
 * valid (validating it again gives it back) and shares no object with the input, or errors that
 * each have a code, a message and a well-formed path into the input, among them every forbidden
 * key (`__proto__`, `constructor`, `prototype`) the input holds; nothing is polluted.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ManifestIssue } from '../../src/core/errors.js';
import { formatPath, type PathKey } from '../../src/core/manifest/path.js';
import { MAX_DEPTH } from '../../src/core/manifest/limits.js';
import { validateManifest } from '../../src/core/manifest/validate.js';
import * as build from '../fixtures/hostile/generate.js';

const SEED = 20_260_711;
const RUNS = 300;
const run = <T>(arbitrary: fc.Arbitrary<T>) => fc.assert(fc.property(arbitrary, checkValidation), { seed: SEED, numRuns: RUNS });

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
/** Keys the manifest knows (so values land where the schema looks), the forbidden ones, and noise. */
const NAMES = [
  ...FORBIDDEN,
  ...['$schema', 'version', 'organization', 'name', 'pillars', 'pathways', 'courses', 'impactTags', 'endorsements'],
  ...['team', 'members', 'completions', 'metrics', 'periods', 'series', 'retention', 'aligned', 'baseline', 'cost'],
  ...['reporting', 'endpoint', 'format', 'id', 'title', 'description', 'pillar', 'department', 'url', 'why'],
  ...['statement', 'reframe', 'label', 'date', 'due', 'objectives', 'imperative', 'hero', 'course', 'expert'],
];
const key = fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 }));
const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -2, max: 6 }),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('energy', 'grid-101', 'q3-connections', 'javascript:alert(1)', '2026-02-30', 'EUR', 'xapi', ''),
);
const { json } = fc.letrec<{ json: unknown; list: unknown[]; record: Record<string, unknown> }>((tie) => ({
  json: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('record')),
  list: fc.array(tie('json'), { maxLength: 4 }),
  record: fc.dictionary(key, tie('json'), { maxKeys: 5 }),
}));

interface Mutation {
  readonly at: number;
  readonly op: 'delete' | 'replace' | 'forbidden-key' | 'repeat' | 'wrap';
  readonly value: unknown;
}
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'forbidden-key', 'repeat', 'wrap'),
  value: json,
});

/** Like `target[key] = value`, but a `__proto__` key becomes an own property, as JSON.parse makes it. */
function put(target: object, key: PathKey, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Every place in `doc` that holds a value: its container and key. */
function slots(doc: object): [object, PathKey][] {
  const found: [object, PathKey][] = [];
  const visit = (container: object) => {
    for (const key of Object.keys(container)) {
      const slotKey = Array.isArray(container) ? Number(key) : key;
      found.push([container, slotKey]);
      const value = Object.getOwnPropertyDescriptor(container, key)!.value;
      if (typeof value === 'object' && value !== null) visit(value);
    }
  };
  visit(doc);
  return found;
}

function mutate(doc: build.Doc, mutations: readonly Mutation[]): build.Doc {
  for (const { at, op, value } of mutations) {
    const places = slots(doc);
    const [container, key] = places[at % places.length]!;
    const current = Object.getOwnPropertyDescriptor(container, key)!.value;
    if (op === 'delete') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete (container as Record<PathKey, unknown>)[key];
    } else if (op === 'replace') {
      put(container, key, value);
    } else if (op === 'forbidden-key') {
      if (typeof current === 'object' && current !== null) put(current, FORBIDDEN[at % FORBIDDEN.length]!, value);
    } else if (op === 'repeat') {
      // A second copy of an entry: repeated ids, repeated ranks.
      if (Array.isArray(container)) container.push(structuredClone(current));
    } else {
      put(container, key, [current]);
    }
  }
  return doc;
}

const BASE_TEXT = await build.fixtureText('base.json');
const baseDoc = () => JSON.parse(BASE_TEXT) as build.Doc;

/** The base text with a few spans replaced: broken syntax, cut strings, stray brackets. */
const editedText = fc
  .array(fc.tuple(fc.nat(BASE_TEXT.length), fc.nat(6), fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('"', '[', '{', '}', ',', ':', '\\'))), {
    minLength: 1,
    maxLength: 3,
  })
  .map((edits) => edits.reduce((text, [at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut), BASE_TEXT));

describe('validateManifest, fuzzed (fast-check, fixed seed)', () => {
  it('JSON text of any shape', () => run(fc.oneof(fc.json(), json.map((value) => JSON.stringify(value)))));

  it('JSON values of any shape, forbidden keys included', () => run(json));

  it('JS values JSON cannot hold: dates, maps, sets, boxed values, typed and sparse arrays, null prototypes', () =>
    run(
      fc.anything({
        key,
        maxDepth: 4,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withObjectString: true,
        withSet: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
    ));

  it('a valid manifest, mutated up to five times', () =>
    run(fc.array(mutation, { minLength: 1, maxLength: 5 }).map((mutations) => mutate(baseDoc(), mutations))));

  it('the text of a valid manifest, edited in up to three places', () => run(editedText));

  it('the same mutations as JSON text give the same verdict as the object', () =>
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const doc = mutate(baseDoc(), mutations);
        const fromObject = validateManifest(doc);
        const fromText = validateManifest(JSON.stringify(doc));
        expect(fromText.ok).to.equal(fromObject.ok);
        if (!fromText.ok && !fromObject.ok) expect(fromText.errors).to.deep.equal(fromObject.errors);
      }),
      { seed: SEED, numRuns: RUNS },
    ));
});

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function checkValidation(input: unknown): void {
  const result = validateManifest(input);
  const document = typeof input === 'string' ? parsed(input) : input;
  if (result.ok) {
    const again = validateManifest(result.manifest);
    expect(again.ok && again.manifest, 'the manifest, validated again').to.deep.equal(result.manifest);
    if (typeof input === 'object' && input !== null) {
      const theirs = containers(input);
      expect([...containers(result.manifest)].filter((mine) => theirs.has(mine)), 'objects shared with the input').to.deep.equal([]);
    }
  } else {
    expect(result.errors, 'errors').not.to.be.empty;
    for (const issue of result.errors) expectLocated(issue, document);
  }
  for (const issue of result.warnings) expectLocated(issue, document);
  const refusedKeys = result.ok ? [] : result.errors.filter((issue) => issue.code === 'forbidden-key').map((issue) => issue.path);
  expect(refusedKeys, 'forbidden keys refused').to.include.members(forbiddenKeyPaths(document));
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype').to.deep.equal(PROTOTYPE_KEYS);
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/** A code, a message, and a path that parses and whose parent is in the document. */
function expectLocated(issue: ManifestIssue, document: unknown): void {
  expect(issue.code, 'code').to.be.a('string').and.not.equal('');
  expect(issue.message, 'message').to.be.a('string').and.not.equal('');
  const keys = pathKeys(issue.path);
  expect(keys, `the path ${JSON.stringify(issue.path)} parses`).not.to.equal(undefined);
  expect(holds(document, keys!.slice(0, -1)), `${JSON.stringify(issue.path)} points into the document`).to.equal(true);
}

const STEP = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** `pathways[3].pillar` → `['pathways', 3, 'pillar']`; undefined when it is not a well-formed path. */
function pathKeys(path: string): PathKey[] | undefined {
  const steps = /^[A-Za-z_$]/.test(path) ? `.${path}` : path;
  const keys: PathKey[] = [];
  STEP.lastIndex = 0;
  while (STEP.lastIndex < steps.length) {
    const match = STEP.exec(steps);
    if (!match) return undefined;
    keys.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]!) as string)));
  }
  return keys;
}

/** True when every key leads to an own property (a key cut short with "…" matches its start). */
function holds(document: unknown, keys: readonly PathKey[]): boolean {
  let current = document;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return false;
    const own = typeof key === 'string' && key.endsWith('…') ? Object.keys(current).find((name) => name.startsWith(key.slice(0, -1))) : key;
    if (own === undefined || !Object.hasOwn(current, own)) return false;
    current = Object.getOwnPropertyDescriptor(current, own)!.value;
  }
  return true;
}

/**
 * Paths of the forbidden keys in `value`, read the way JSON reads it (and the validator, as deep
 * as it goes): the keys of plain objects, the items of arrays.
 */
function forbiddenKeyPaths(value: unknown, path: PathKey[] = [], depth = 1): string[] {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return [];
  // Array.from: a mutation may give the array an own `constructor`, which `value.flatMap` would call.
  if (Array.isArray(value)) return Array.from(value).flatMap((item, index) => forbiddenKeyPaths(item, [...path, index], depth + 1));
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== null && prototype !== Object.prototype) return [];
  return Object.keys(value).flatMap((key) =>
    FORBIDDEN.includes(key)
      ? [formatPath([...path, key])]
      : forbiddenKeyPaths(Object.getOwnPropertyDescriptor(value, key)!.value, [...path, key], depth + 1),
  );
}

/** Every object and array reachable from `value` through own keys. */
function containers(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || found.has(value)) return found;
  found.add(value);
  for (const key of Object.keys(value)) containers(Object.getOwnPropertyDescriptor(value, key)?.value, found);
  return found;
}
