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
 */

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

const never: Checker = () => false;

export function checkerOf(schema: object): Checker {
  const node = schema as Node;
  return node.pipe ? allOf(node.pipe.map(stepChecker)) : typeChecker(node);
}

function stepChecker(step: Node): Checker {
  switch (step.kind) {
    case 'schema':
      return checkerOf(step);
    case 'validation':
      return actionChecker(step);
    case 'metadata':
      return () => true;
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

function typeChecker(node: Node): Checker {
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'literal':
      return (value) => value === node.literal;
    case 'picklist':
      return (value) => node.options!.includes(value);
    case 'union': {
      const options = (node.options as Node[]).map(checkerOf);
      return (value) => {
        for (const check of options) if (check(value)) return true;
        return false;
      };
    }
    case 'optional': {
      if (node.default !== undefined) return never;
      const wrapped = checkerOf(node.wrapped!);
      return (value) => value === undefined || wrapped(value);
    }
    case 'array': {
      const item = checkerOf(node.item!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const entry of value) if (!item(entry)) return false;
        return true;
      };
    }
    case 'object':
      return objectChecker(node.entries!);
    default:
      return never;
  }
}

/** valibot's rule: a present key must pass its schema; an absent one must be optional. */
function objectChecker(entries: Readonly<Record<string, Node>>): Checker {
  const keys = Object.keys(entries);
  const checks = keys.map((key) => checkerOf(entries[key]!));
  // An absent key with a default would be filled in by valibot: not this path's business.
  const optional = keys.map((key) => entries[key]!.type === 'optional' && entries[key]!.default === undefined);
  return (value) => {
    if (typeof value !== 'object' || value === null) return false;
    const record = value as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key in record ? !checks[i]!(record[key]) : !optional[i]) return false;
    }
    return true;
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
