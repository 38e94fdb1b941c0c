import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { demoEndpoint } from './endpoint.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The built demo needs the sample manifest beside the page, as the dev server serves it. */
function sampleManifest(): Plugin {
  return {
    name: 'purpose-kit:demo-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: readFileSync(here('./manifest.json')) });
    },
  };
}

/** `npm start`: the intranet-like demo page plus a local endpoint that receives learner events. */
export default defineConfig({
  root: here('.'),
  plugins: [demoEndpoint(), sampleManifest()],
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: { outDir: here('../demo-dist'), emptyOutDir: true, target: 'es2022' },
});
