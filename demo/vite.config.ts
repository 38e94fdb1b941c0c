import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { demoCollector } from './collector.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The built demo needs the sample manifest beside the page. */
function sampleManifest(): Plugin {
  return {
    name: 'purpose-kit:demo-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: readFileSync(here('./manifest.json')) });
    },
  };
}

/** `npm start`: the intranet-like demo page on the real collector (see collector.ts). */
export default defineConfig({
  root: here('.'),
  plugins: [demoCollector(), sampleManifest()],
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: { outDir: here('../demo-dist'), emptyOutDir: true, target: 'es2022' },
});
