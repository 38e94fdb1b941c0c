/**
 * Validation of a JSON document that arrives on its own (a `src` URL, a property) against one of
 * the library's valibot schemas, the way the manifest itself is validated: the same size limit and
 * JSON errors, the same first pass (forbidden keys, depth, unknown keys dropped with a warning), the
 * same wording of every issue with its path. It never throws.
 */
import * as v from 'valibot';
import type { ManifestIssue } from '../errors.js';
import { parseManifestText } from './json-text.js';
import { toManifestIssue } from './messages.js';
import { sanitize } from './sanitize.js';
import { shapeOf } from './shape.js';

export type DocumentValidation<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ManifestIssue[] }
  | { readonly ok: false; readonly errors: readonly ManifestIssue[]; readonly warnings: readonly ManifestIssue[] };

/** The checks no schema expresses (references, say), run on the sanitized document. */
export type CrossCheck = (document: unknown) => readonly ManifestIssue[];

/**
 * A validator for documents of `schema`. With `root`, the document is read as the manifest section
 * of that name, so paths read as they would in the manifest (`team.members[2].course`); the
 * cross-check then sees `{ [root]: document }`.
 */
export function documentValidator<TSchema extends v.GenericSchema>(schema: TSchema, root?: string) {
  const wrapped: v.GenericSchema = root === undefined ? schema : v.object({ [root]: schema });
  // shapeOf reads the schema object's own structure (`entries`, `item`, `wrapped`).
  const shape = shapeOf(wrapped as object);
  return (input: unknown, crossCheck: CrossCheck = () => []): DocumentValidation<v.InferOutput<TSchema>> => {
    let value = input;
    if (typeof input === 'string') {
      const parsed = parseManifestText(input);
      if (!parsed.ok) return { ok: false, errors: [parsed.issue], warnings: [] };
      value = parsed.value;
    }
    const sanitized = sanitize(root === undefined ? value : { [root]: value }, shape);
    const { warnings } = sanitized;
    if (!sanitized.complete) return { ok: false, errors: sanitized.errors, warnings };
    const result = v.safeParse(wrapped, sanitized.value);
    const errors = [...sanitized.errors, ...(result.issues ?? []).map(toManifestIssue), ...crossCheck(sanitized.value)];
    if (!result.success || errors.length > 0) return { ok: false, errors, warnings };
    const output = result.output as Record<string, unknown>;
    return { ok: true, value: (root === undefined ? output : output[root]) as v.InferOutput<TSchema>, warnings };
  };
}
