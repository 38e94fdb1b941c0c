/**
 * Scenario 4: validating the large manifest from its JSON text (parse, limits, schema, references,
 * clean copy), against `JSON.parse` of the same text alone.
 */
import { largeManifest } from '../data.js';
import { purposeKit, type PurposeKit } from '../library.js';
import type { Scenario } from './scenario.js';

export function validationScenario(): Scenario {
  let text = '';
  let library: PurposeKit;
  return {
    id: '4',
    title: 'validating the large manifest (vs JSON.parse)',
    needs: [],
    dom: 'none',
    async prepare() {
      library = await purposeKit();
      text = JSON.stringify(largeManifest());
    },
    async element() {
      const start = performance.now();
      const result = library.validateManifest(text);
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(`the generated manifest does not validate: ${result.errors.length} errors`);
      return { ms };
    },
    async baseline() {
      const start = performance.now();
      JSON.parse(text);
      return { ms: performance.now() - start };
    },
  };
}
