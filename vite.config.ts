import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import { cssLiterals } from './scripts/css-literals.mjs';
import { htmlLiterals } from './scripts/html-literals.mjs';

/**
 * `vite build`            → the npm build in dist/: one ES module per entry, dependencies external.
 * `vite build --mode cdn` → dist/cdn/purpose-kit.js: a self-contained module that defines each
 *                            element when its tag appears (every element, Chart.js, the validator,
 *                            delivery and non-English messages are chunks beside it); api.js has
 *                            the whole API.
 */
const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const npmEntries: Record<string, string> = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  cli: 'src/cli/node.ts',
  'react/index': 'src/react/index.ts',
};
for (const name of elements) {
  npmEntries[`elements/${name}/${name}`] = `src/elements/${name}/${name}.ts`;
  npmEntries[`elements/${name}/define`] = `src/elements/${name}/define.ts`;
}

// `react` is the app's own (an optional peer dependency), imported only by the purpose-kit/react entry.
const dependencies = ['lit', 'chart.js', '@floating-ui/dom', 'idb-keyval', 'valibot', '@lit/react', 'react'];
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
const isExternal = (id: string) =>
  nodeBuiltins.has(id) || dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** Emits the manifest's JSON Schema, generated from the same valibot schema the validator runs. */
function manifestSchema(): Plugin {
  return {
    name: 'purpose-kit:manifest-schema',
    async generateBundle() {
      const { manifestJsonSchema } = await import('./src/core/manifest/json-schema.js');
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.schema.json',
        source: `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`,
      });
    },
  };
}

/** Emits Purpose Kit's xAPI Profile, made from the vocabulary the statements use. */
function xapiProfile(): Plugin {
  return {
    name: 'purpose-kit:xapi-profile',
    async generateBundle() {
      const { xapiProfileDocument } = await import('./src/core/delivery/xapi-profile.js');
      this.emitFile({ type: 'asset', fileName: 'xapi-profile.jsonld', source: xapiProfileDocument() });
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [cssLiterals(), htmlLiterals()],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          // purpose-kit.js loads elements as their tags appear; api.js is the npm package's whole API.
          lib: { entry: { 'purpose-kit': 'src/cdn.ts', api: 'src/index.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          // Browsers load these files as they are: minify fully (a library build keeps whitespace).
          rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js', minify: true } },
        },
      }
    : {
        plugins: [cssLiterals(), htmlLiterals(), manifestSchema(), xapiProfile()],
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: { entry: npmEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: {
            external: isExternal,
            // One file per source module, as in src/: an app's bundler keeps exactly what it
            // imports, and a lazily loaded module (the validator, delivery) stays lazy there too.
            output: { preserveModules: true, preserveModulesRoot: 'src' },
          },
        },
      },
);
