import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

/**
 * `vite build`            → the npm build in dist/: one ES module per entry, dependencies external.
 * `vite build --mode cdn` → dist/cdn/purpose-kit.js: one self-contained module that defines every
 *                            element; Chart.js and non-English messages are lazy chunks beside it.
 */
const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const npmEntries: Record<string, string> = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  cli: 'src/cli/node.ts',
};
for (const name of elements) {
  npmEntries[`elements/${name}/${name}`] = `src/elements/${name}/${name}.ts`;
  npmEntries[`elements/${name}/define`] = `src/elements/${name}/define.ts`;
}

const dependencies = ['lit', 'chart.js', '@floating-ui/dom', 'idb-keyval', 'valibot'];
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

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'purpose-kit.js' },
          rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
        },
      }
    : {
        plugins: [manifestSchema()],
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: { entry: npmEntries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: {
            external: isExternal,
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      },
);
