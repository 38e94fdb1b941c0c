// Bundles the collector into dist/cli.js: its own code and the library modules it shares
// (src/core: event rules, manifest validator, rating definitions), its dependencies left external.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
