/**
 * Checks metrics that arrive on their own (a `src` URL) exactly as the manifest's `metrics`
 * section is checked: same schema, same limits, same messages, paths rooted at `metrics`.
 */
import * as v from 'valibot';
import type { ManifestIssue } from '../errors.js';
import { parseManifestText } from '../manifest/json-text.js';
import { toManifestIssue } from '../manifest/messages.js';
import { checkReferences } from '../manifest/references.js';
import { sanitize } from '../manifest/sanitize.js';
import { MetricsSchema } from '../manifest/schema.js';
import { shapeOf } from '../manifest/shape.js';
import { dividendData } from './from-manifest.js';
import type { DividendData } from './types.js';

export type MetricsValidation =
  | { readonly ok: true; readonly data: DividendData; readonly warnings: readonly ManifestIssue[] }
  | { readonly ok: false; readonly errors: readonly ManifestIssue[]; readonly warnings: readonly ManifestIssue[] };

const SECTION = v.object({ metrics: MetricsSchema });
const SECTION_SHAPE = shapeOf(SECTION);

/**
 * Validates a metrics document, given as JSON text or as a parsed value: an object with `periods`,
 * `series`, `cost` and `sustainability`, like the manifest's `metrics` section (its `src` is
 * ignored). Never throws.
 */
export function validateMetrics(input: unknown): MetricsValidation {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseManifestText(input);
    if (!parsed.ok) return { ok: false, errors: [parsed.issue], warnings: [] };
    value = parsed.value;
  }
  const sanitized = sanitize({ metrics: value }, SECTION_SHAPE);
  const { warnings } = sanitized;
  if (!sanitized.complete) return { ok: false, errors: sanitized.errors, warnings };
  const result = v.safeParse(SECTION, sanitized.value);
  const errors = [...sanitized.errors, ...(result.issues ?? []).map(toManifestIssue), ...checkReferences(sanitized.value)];
  return result.success && errors.length === 0
    ? { ok: true, data: dividendData(result.output.metrics), warnings }
    : { ok: false, errors, warnings };
}

