/** The seeded manifest generator lives with the benchmark; tests and stories import it from here too. */
export { generateManifest, type GenerateOptions } from '../../bench/generate-manifest.js';
