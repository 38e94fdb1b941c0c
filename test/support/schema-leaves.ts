/**
 * The manifest schema read the way hostile fixtures need it: every scalar field with the kind of
 * value it holds (free text and its limit, an id, a URL, a number, …), walked alongside a document.
 * The fixtures put a payload in every text field and a wrong type in every field this way, so a
 * field added to the schema is covered without anyone editing the fixtures.
 */
import { isAllowedUrl, isCalendarDate, ID_PATTERN } from '../../src/core/manifest/fields.js';
import type { PathKey } from '../../src/core/manifest/path.js';

export type LeafKind =
  | 'text'
  | 'id'
  | 'url'
  | 'date'
  /** A string of a fixed format (a currency code, a language tag). */
  | 'format'
  /** Any string (`$schema`). */
  | 'string'
  | 'number'
  | 'boolean'
  | 'literal'
  | 'choice'
  | 'number-or-null';

export interface Leaf {
  readonly kind: LeafKind;
  /** The longest text, for `text`. */
  readonly max?: number;
}

export interface LeafVisit {
  readonly path: readonly PathKey[];
  readonly leaf: Leaf;
  readonly value: unknown;
  /** Replaces the value in the document. */
  set(value: unknown): void;
}

/** The parts of a valibot schema this reads (the same ones the library's `schema-checker.ts` reads). */
interface SchemaNode {
  readonly kind: string;
  readonly type: string;
  readonly pipe?: readonly SchemaNode[];
  readonly wrapped?: SchemaNode;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly requirement?: unknown;
}

/** Visits every scalar of `document` that `schema` knows, in document order. */
export function forEachLeaf(schema: object, document: unknown, visit: (leaf: LeafVisit) => void): void {
  walk(schema as SchemaNode, document, [], visit, () => {
    throw new Error('the document itself is not a scalar field');
  });
}

/**
 * Where the schema has free text, as patterns: `courses[].why.reframe.from`. Every list is entered,
 * every optional field included.
 */
export function textFieldPatterns(schema: object): string[] {
  const patterns: string[] = [];
  const visit = (node: SchemaNode, pattern: string): void => {
    const inner = unwrap(node);
    if (inner.type === 'object') {
      for (const [key, entry] of Object.entries(inner.entries!)) visit(entry, pattern ? `${pattern}.${key}` : key);
    } else if (inner.type === 'array') {
      visit(inner.item!, `${pattern}[]`);
    } else if (classify(inner).kind === 'text') {
      patterns.push(pattern);
    }
  };
  visit(schema as SchemaNode, '');
  return patterns;
}

/** A path as a pattern: `courses[1].objectives[0]` → `courses[].objectives[]`. */
export function patternOf(path: readonly PathKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? '[]' : i === 0 ? key : `.${key}`)).join('');
}

function walk(
  node: SchemaNode,
  value: unknown,
  path: PathKey[],
  visit: (leaf: LeafVisit) => void,
  set: (value: unknown) => void,
): void {
  const inner = unwrap(node);
  if (inner.type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    for (const [key, entry] of Object.entries(inner.entries!)) {
      if (Object.hasOwn(record, key)) walk(entry, record[key], [...path, key], visit, (next) => (record[key] = next));
    }
  } else if (inner.type === 'array') {
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => walk(inner.item!, item, [...path, index], visit, (next) => (value[index] = next)));
  } else {
    visit({ path, leaf: classify(inner), value, set });
  }
}

function unwrap(node: SchemaNode): SchemaNode {
  return node.type === 'optional' ? unwrap(node.wrapped!) : node;
}

/** Every action of a schema's pipe, nested pipes flattened. */
function actionsOf(node: SchemaNode): SchemaNode[] {
  return (node.pipe ?? []).flatMap((step) => (step.kind === 'schema' ? actionsOf(step) : [step]));
}

function classify(node: SchemaNode): Leaf {
  switch (node.type) {
    case 'string':
      return classifyString(actionsOf(node));
    case 'number':
    case 'boolean':
    case 'literal':
      return { kind: node.type };
    case 'picklist':
      return { kind: 'choice' };
    case 'union':
      return { kind: 'number-or-null' };
    default:
      throw new Error(`unknown schema type "${node.type}": teach test/support/schema-leaves.ts about it`);
  }
}

function classifyString(actions: readonly SchemaNode[]): Leaf {
  const requirement = (type: string) => actions.find((action) => action.type === type)?.requirement;
  const check = requirement('check');
  if (check === isAllowedUrl) return { kind: 'url' };
  if (check === isCalendarDate) return { kind: 'date' };
  const regex = requirement('regex');
  if (regex === ID_PATTERN) return { kind: 'id' };
  if (regex) return { kind: 'format' };
  const max = requirement('max_length');
  if (typeof max === 'number' && requirement('min_length') !== undefined) return { kind: 'text', max };
  return { kind: 'string' };
}
