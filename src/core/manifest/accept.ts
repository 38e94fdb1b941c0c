/**
 * Validates a manifest for the loader and turns a refusal into the error an element shows. Part of
 * the validator's chunk, so the code that names what went wrong loads with the code that finds it.
 */
import { ManifestError } from '../errors.js';
import type { LoadedManifest } from './load.js';
import { validateManifest } from './validate.js';
import { plural } from './wording.js';

/**
 * The validated manifest of `input` (JSON text or a parsed value) from `source`, or a
 * `ManifestError`: `manifest-parse` (not JSON) or `manifest-invalid` (every problem in `issues`).
 */
export function acceptManifest(input: unknown, source: string): LoadedManifest {
  const result = validateManifest(input);
  if (result.ok) return { manifest: result.manifest, warnings: result.warnings, source };
  const [first] = result.errors;
  if (first?.code === 'invalid-json') {
    throw new ManifestError('manifest-parse', first.message, { source, issues: result.errors });
  }
  throw new ManifestError('manifest-invalid', `the manifest has ${plural(result.errors.length, 'problem')}`, { source, issues: result.errors });
}
