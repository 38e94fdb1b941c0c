/**
 * The validator's first pass, before any schema check. It reads the input once, the way JSON
 * does (own enumerable keys, array indexes), guided by the schema's shape, and:
 * - copies the known keys into fresh plain objects and arrays, so the validator and the manifest
 *   it returns never touch the caller's objects, getters or prototypes (a value `JSON.parse` has
 *   just made is the validator's own: it is cleaned in place instead, with no copy at all);
 * - reports forbidden keys, circular references, nesting deeper than `MAX_DEPTH` and more than
 *   `MAX_VALUES` values (anywhere, known keys or not), and warns about unknown keys;
 * - stands in for what is not JSON data (a Date, a function, NaN, a getter that throws, a list
 *   where an object belongs) with a labelled symbol, so valibot reports a type error that names
 *   what was found.
 */
import type { ManifestIssue } from '../errors.js';
import { standIn, withArticle } from './wording.js';
import { MAX_DEPTH, MAX_VALUES } from './limits.js';
import { formatPath, type PathKey } from './path.js';
import type { Shape } from './shape.js';

export interface Sanitized {
  /**
   * The input as plain JSON data holding only the known keys: a copy or, when the input is owned,
   * the input itself with its unknown keys removed and its stand-ins written in.
   */
  readonly value: unknown;
  readonly errors: ManifestIssue[];
  readonly warnings: ManifestIssue[];
  /** False when the input holds more than `MAX_VALUES` values and was not read to the end. */
  readonly complete: boolean;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Warnings listed one by one; past this many, one more warning counts the rest. */
const MAX_WARNINGS = 100;
/** What `read` gives for a property whose getter throws. */
const UNREADABLE = standIn('a value whose getter threw');

type Contents =
  | { readonly kind: 'array'; readonly length: number }
  | { readonly kind: 'object'; readonly keys: readonly string[] }
  | { readonly kind: 'foreign'; readonly label: string };

/**
 * `owned`: the input was just made by `JSON.parse` and nobody else holds it, so it is plain data
 * already and can be cleaned in place.
 */
export function sanitize(input: unknown, shape: Shape, owned = false): Sanitized {
  const walk = new Walk(owned);
  const value = walk.visit(input, shape, 1);
  const { warnings, unlisted } = walk;
  if (unlisted > 0) {
    // A document with a million unknown keys must not log a million lines in every element.
    warnings.push({ path: '', code: 'unknown-field', message: `and ${unlisted.toLocaleString('en-US')} more unknown fields, ignored` });
  }
  return { value, errors: walk.errors, warnings, complete: !walk.stopped };
}

class Walk {
  readonly errors: ManifestIssue[] = [];
  readonly warnings: ManifestIssue[] = [];
  /** Warnings past `MAX_WARNINGS`, counted only. */
  unlisted = 0;
  stopped = false;
  private values = 0;
  private readonly path: PathKey[] = [];
  private readonly ancestors: object[] = [];

  constructor(private readonly owned: boolean) {}

  /**
   * Returns the clean version of `value` when `shape` says where it belongs; with no shape (an
   * unknown key, or inside a value of the wrong kind) it only checks, and keeps nothing.
   * `depth` is the level `value` is at: the document is level 1.
   */
  visit(value: unknown, shape: Shape | undefined, depth: number): unknown {
    if (++this.values > MAX_VALUES) {
      this.stop();
      return undefined;
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : standIn(String(value));
      case 'undefined':
        return undefined;
      case 'object':
        return value === null ? null : this.container(value, shape, depth);
      case 'symbol':
        return value === UNREADABLE ? value : standIn('a symbol');
      default:
        return standIn(withArticle(typeof value));
    }
  }

  private container(value: object, shape: Shape | undefined, depth: number): unknown {
    const contents = contentsOf(value);
    if (contents.kind === 'foreign') return standIn(contents.label);
    const found = contents.kind === 'array' ? 'an array' : 'an object';
    if (this.ancestors.includes(value)) {
      this.error('circular', 'circular reference');
      return standIn('a circular reference');
    }
    if (depth > MAX_DEPTH) {
      this.error('too-deep', `nested deeper than ${MAX_DEPTH} levels`);
      return standIn(found);
    }
    this.ancestors.push(value);
    const kept =
      contents.kind === 'array'
        ? this.array(value as unknown[], contents.length, shape?.kind === 'array' ? shape.item : undefined, depth)
        : this.object(value, contents.keys, shape?.kind === 'object' ? shape.entries : undefined, depth);
    this.ancestors.pop();
    // A list where an object belongs (or the reverse) must reach valibot as a type error.
    return kept ?? (shape ? standIn(found) : undefined);
  }

  private array(value: unknown[], length: number, item: Shape | undefined, depth: number): unknown[] | undefined {
    const kept: unknown[] | undefined = item ? (this.owned ? value : []) : undefined;
    for (let index = 0; index < length && !this.stopped; index++) {
      this.path.push(index);
      const child = this.visit(read(value, index), item, depth + 1);
      if (kept) kept[index] = child;
      this.path.pop();
    }
    return kept;
  }

  private object(
    value: object,
    keys: readonly string[],
    entries: ReadonlyMap<string, Shape> | undefined,
    depth: number,
  ): Record<string, unknown> | undefined {
    const kept = entries ? (this.owned ? (value as Record<string, unknown>) : {}) : undefined;
    for (const key of keys) {
      if (this.stopped) break;
      this.path.push(key);
      if (FORBIDDEN_KEYS.has(key)) {
        this.error('forbidden-key', `forbidden key ${JSON.stringify(key)}`);
      } else {
        const shape = entries?.get(key);
        const child = this.visit(read(value, key), shape, depth + 1);
        if (kept && shape && child !== undefined) kept[key] = child;
        if (entries && !shape) {
          this.warn('unknown-field', 'unknown field, ignored');
          if (kept === value) delete kept[key];
        }
      }
      this.path.pop();
    }
    return kept;
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    const limit = MAX_VALUES.toLocaleString('en-US');
    this.errors.push({ path: '', code: 'too-large', message: `document has more than ${limit} values; the limit is ${limit}` });
  }

  private error(code: string, message: string): void {
    this.errors.push({ path: formatPath(this.path), code, message });
  }

  private warn(code: string, message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push({ path: formatPath(this.path), code, message });
    else this.unlisted += 1;
  }
}

/** What JSON would read of an object, or what to call it when it is not JSON data. */
function contentsOf(value: object): Contents {
  try {
    if (Array.isArray(value)) return { kind: 'array', length: value.length };
    const prototype: unknown = Object.getPrototypeOf(value);
    // Object.prototype of this or any other realm (an iframe's), or no prototype at all.
    if (prototype === null || Object.getPrototypeOf(prototype as object) === null) {
      return { kind: 'object', keys: Object.keys(value) };
    }
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return { kind: 'foreign', label: tag === 'Object' ? 'an instance of a class' : withArticle(tag) };
  } catch {
    // A revoked Proxy, or a Proxy whose traps throw.
    return { kind: 'foreign', label: 'an unreadable object' };
  }
}

function read(container: object, key: PropertyKey): unknown {
  try {
    return (container as Record<PropertyKey, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}
