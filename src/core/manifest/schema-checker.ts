/**
 * The validator's fast path: does a value pass a valibot schema? `checkerOf` reads the very schema
 * objects valibot runs (their `type`, `entries`, `pipe` and `requirement`) once, and turns them
 * into plain closures (no `eval`) that answer yes or no and allocate nothing. valibot builds a copy
 * of the whole document and an object per value on the way, several times the cost of
 * `JSON.parse`; a document that passes needs neither, and one that fails goes through valibot,
 * which words every issue.
 *
 * Anything this does not know (a transformation, a default, a schema or action type the manifest
 * does not use) answers no, and valibot decides; a test holds the two to the same verdicts.
 *
 * `exact` also answers no to anything the validator's first pass (`sanitize.ts`) would change or
 * report in a value `JSON.parse` has just made: a key the schema does not know (a forbidden one
 * among them), a list where an object belongs, an infinite number, more than `MAX_VALUES` values
 * (counted as that pass counts them; where a branch of a union fails after counting, the count is
 * too high, never too low). Such a value that passes is clean as it stands, and the validator
 * reads it once instead of twice. Listing each object's own keys is that mode's one allocation.
 */
import { MAX_VALUES } from './limits.js';

export type Checker = (value: unknown) => boolean;

/** The parts of a valibot schema or action this reads. */
interface Node {
  readonly kind: string;
  readonly type: string;
  readonly pipe?: readonly Node[];
  readonly wrapped?: Node;
  readonly default?: unknown;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly item?: Node;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly requirement?: unknown;
}

/** What one checker tree shares: its mode, and in exact mode the values it may still meet. */
interface Walk {
  readonly exact: boolean;
  valuesLeft: number;
}

const never: Checker = () => false;

export function checkerOf(schema: object, { exact = false } = {}): Checker {
  const walk: Walk = { exact, valuesLeft: 0 };
  const check = nodeChecker(schema as Node, walk);
  if (!exact) return check;
  return (value) => {
    // The value itself is one; every key and item below it is one more.
    walk.valuesLeft = MAX_VALUES - 1;
    return check(value);
  };
}

function nodeChecker(node: Node, walk: Walk): Checker {
  if (!node.pipe) return typeChecker(node, walk);
  // Metadata (titles, descriptions) checks nothing; a pipe left with one step is that step.
  const checks = node.pipe.filter((step) => step.kind !== 'metadata').map((step) => stepChecker(step, walk));
  return checks.length === 1 ? checks[0]! : allOf(checks);
}

/** In exact mode, takes `count` values from what the walk may still meet; false past the limit. */
function within(walk: Walk, count: number): boolean {
  if (!walk.exact) return true;
  walk.valuesLeft -= count;
  return walk.valuesLeft >= 0;
}

function stepChecker(step: Node, walk: Walk): Checker {
  switch (step.kind) {
    case 'schema':
      return nodeChecker(step, walk);
    case 'validation':
      return actionChecker(step);
    default:
      return never;
  }
}

function allOf(checkers: readonly Checker[]): Checker {
  return (value) => {
    for (const check of checkers) if (!check(value)) return false;
    return true;
  };
}

function typeChecker(node: Node, walk: Walk): Checker {
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      // JSON text can spell infinity (`1e400`); the first pass refuses it, valibot would not.
      return walk.exact ? Number.isFinite : (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'literal':
      return (value) => value === node.literal;
    case 'picklist':
      return (value) => node.options!.includes(value);
    case 'union': {
      const options = (node.options as Node[]).map((option) => nodeChecker(option, walk));
      return (value) => {
        for (const check of options) if (check(value)) return true;
        return false;
      };
    }
    case 'optional': {
      if (node.default !== undefined) return never;
      const wrapped = nodeChecker(node.wrapped!, walk);
      return (value) => value === undefined || wrapped(value);
    }
    case 'array': {
      const item = nodeChecker(node.item!, walk);
      return (value) => {
        if (!Array.isArray(value) || !within(walk, value.length)) return false;
        for (const entry of value) if (!item(entry)) return false;
        return true;
      };
    }
    case 'object':
      return objectChecker(node.entries!, walk);
    default:
      return never;
  }
}

/**
 * valibot's rule: a present key must pass its schema; an absent one must be optional. A key that
 * holds `undefined` gets the verdict of an absent one, as valibot's `optional` and `string` give
 * it; read once, a key costs one lookup, and an optional key is checked against what its
 * `optional` wraps. Exact: a plain object (not a list) with no other own key.
 */
function objectChecker(entries: Readonly<Record<string, Node>>, walk: Walk): Checker {
  const keys = Object.keys(entries);
  // An absent key with a default would be filled in by valibot: not this path's business.
  const optional = keys.map((key) => entries[key]!.type === 'optional' && entries[key]!.default === undefined);
  const checks = keys.map((key, i) => {
    const entry = entries[key]!;
    return nodeChecker(optional[i] && !entry.pipe ? entry.wrapped! : entry, walk);
  });
  return (value) => {
    if (typeof value !== 'object' || value === null) return false;
    const record = value as Record<string, unknown>;
    let present = 0;
    for (let i = 0; i < keys.length; i++) {
      const entry = record[keys[i]!];
      if (entry === undefined ? !optional[i] : !checks[i]!(entry)) return false;
      if (entry !== undefined) present++;
    }
    if (!walk.exact) return true;
    if (Array.isArray(record)) return false;
    const own = Object.keys(record).length;
    return own === present && within(walk, own);
  };
}

function actionChecker(action: Node): Checker {
  const requirement = action.requirement;
  switch (action.type) {
    case 'min_length':
      return (value) => (value as { length: number }).length >= (requirement as number);
    case 'max_length':
      return (value) => (value as { length: number }).length <= (requirement as number);
    case 'min_value':
      return (value) => (value as number) >= (requirement as number);
    case 'max_value':
      return (value) => (value as number) <= (requirement as number);
    case 'integer':
    case 'check':
      return requirement as Checker;
    case 'regex':
      return (value) => (requirement as RegExp).test(value as string);
    default:
      return never;
  }
}
