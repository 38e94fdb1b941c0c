/**
 * `validateManifest`: every problem of a manifest in one pass, each with its JSON path, and a
 * clean copy of it when there is none. It never throws, whatever it is given.
 *
 * 1. Text: the size limit, then `JSON.parse` (`json-text.ts`). Parsed JSON that holds only the
 *    manifest's keys and passes the schema (`schema-checker.ts`, exact) is clean as it stands: it
 *    skips steps 2 and 3, so a valid document is read once before its references are checked.
 * 2. The first pass (`sanitize.ts`): limits and forbidden keys anywhere, unknown keys, and plain
 *    JSON data holding only the known keys (a copy of an object input; text just parsed is the
 *    validator's own and is cleaned in place).
 * 3. The schema (`schema.ts`): a document that passes (`schema-checker.ts`, no allocation) is the
 *    manifest as it stands; one that fails goes through valibot, all issues (`messages.ts` words
 *    them).
 * 4. The cross-references (`references.ts`).
 */
import * as v from 'valibot';
import type { ManifestIssue } from '../errors.js';
import { checkerOf } from './schema-checker.js';
import { parseManifestText } from './json-text.js';
import { toManifestIssue } from './messages.js';
import { checkReferences } from './references.js';
import { sanitize } from './sanitize.js';
import { ManifestSchema } from './schema.js';
import { shapeOf } from './shape.js';
import type { Manifest } from './types.js';

export type ManifestValidation =
  | { readonly ok: true; readonly manifest: Manifest; readonly warnings: readonly ManifestIssue[] }
  | { readonly ok: false; readonly errors: readonly ManifestIssue[]; readonly warnings: readonly ManifestIssue[] };

const MANIFEST_SHAPE = shapeOf(ManifestSchema);
const passesSchema = checkerOf(ManifestSchema);
const isCleanJson = checkerOf(ManifestSchema, { exact: true });

/**
 * Validates a manifest given as JSON text (a `string`) or as an already parsed value. On success
 * `manifest` is made of fresh objects holding only the known keys (never the caller's objects);
 * `warnings` lists the keys it ignored.
 */
export function validateManifest(input: unknown): ManifestValidation {
  let value = input;
  const owned = typeof input === 'string';
  if (owned) {
    const parsed = parseManifestText(input);
    if (!parsed.ok) return { ok: false, errors: [parsed.issue], warnings: [] };
    value = parsed.value;
    if (isCleanJson(value)) return withReferences(value, [], []);
  }
  const sanitized = sanitize(value, MANIFEST_SHAPE, owned);
  const { errors, warnings } = sanitized;
  if (!sanitized.complete) return { ok: false, errors, warnings };

  // The fast path: a document that passes the schema needs neither valibot's copy nor its words.
  const passed = errors.length === 0 && passesSchema(sanitized.value);
  const result = passed ? undefined : v.safeParse(ManifestSchema, sanitized.value);
  for (const issue of result?.issues ?? []) errors.push(toManifestIssue(issue));
  // valibot's output holds only the known keys too, even where it found errors.
  return withReferences(result ? result.output : sanitized.value, errors, warnings);
}

/** The cross-references checked, and the verdict. */
function withReferences(manifest: unknown, errors: ManifestIssue[], warnings: readonly ManifestIssue[]): ManifestValidation {
  for (const issue of checkReferences(manifest)) errors.push(issue);
  return errors.length === 0 ? { ok: true, manifest: manifest as Manifest, warnings } : { ok: false, errors, warnings };
}
