/**
 * The size part: gzip (level 9) of minified code, in kB of 1,000 bytes.
 *
 * - npm entry points (from package.json `exports`): each built entry of the npm build bundled on
 *   its own with everything it imports except Lit (and React, the app's own, which only
 *   `purpose-kit/react` imports), minified, as an app's build would chunk it; its
 *   static part is what a page pays for importing it, its lazy chunks (dynamic `import()`) load
 *   only when used.
 * - the CDN module and the chunks it imports statically, with Lit, as shipped and minified;
 * - the Chart.js chunk, against a reference bundle holding only what a line chart with a filled
 *   gap and tooltips needs.
 *
 * Each figure comes with what it is made of (approximate shares of the code, by package or src
 * folder), so a missed budget says what to cut.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, minify } from 'vite';
import { chunksOf } from './build.mjs';

const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
const REACT = /^react(\/|$)/;
/** What a line chart with a shaded gap between two lines and tooltips registers, and nothing else. */
const CHART_REFERENCE = `import { Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Tooltip } from 'chart.js';
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Tooltip);
export { Chart };
`;
const CHART_EVERYTHING = `export { default } from 'chart.js/auto';\n`;

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;

async function minified(fileName, code) {
  const result = await minify(fileName, code, { compress: true, mangle: true });
  return result.code;
}

/** Bundles one entry with everything but Lit; returns its chunks (not written). */
async function bundle(root, entry, plugins = []) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: {
        // As in an app's build: the entry keeps its exports and may export more to its own lazy
        // chunks, so a module both need stays in the entry's chunk. Library mode's default,
        // 'strict', splits each such module into a chunk of its own — a shape no app build has
        // (Vite's app builds use `false`), which cost every entry 0.4–1.2 kB of extra chunks.
        preserveEntrySignatures: 'allow-extension',
        external: (id) => LIT.test(id) || REACT.test(id),
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  return chunksOf(result);
}

/** The chunks a chunk pulls in before it runs: itself and its static imports, transitively. */
function staticClosure(start, chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(start);
  return [...seen];
}

/** The chunks a chunk can load at all: its static and dynamic imports, transitively. */
function reachable(start, chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of [...chunk.imports, ...chunk.dynamicImports]) visit(byName.get(name));
  };
  visit(start);
  return [...seen];
}

/** Where a module comes from, for the breakdown: an npm package or a src folder. */
function groupOf(root, id) {
  const path = relative(root, id.replace(/^\0/, '').split('?')[0]);
  const modules = path.split('node_modules/').at(-1);
  if (modules !== path) {
    const [scope, name] = modules.split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const parts = path.split('/');
  if (parts[0] !== 'src') return parts.slice(0, 2).join('/');
  if (parts[1] === 'elements') return parts.slice(0, 3).join('/');
  if (parts[1] === 'core' && parts[2] === 'i18n' && parts[3] === 'locales') return `src/core/i18n/locales/${parts[4]}`;
  return parts.slice(0, Math.min(3, parts.length - 1)).join('/');
}

/**
 * Shares of the code by group, from each module's rendered length. A module that is itself a
 * chunk of the npm build (bundling dist/) is split again by that chunk's own modules.
 */
function breakdown(root, chunks, npmModules = new Map()) {
  const lengths = new Map();
  const add = (group, length) => lengths.set(group, (lengths.get(group) ?? 0) + length);
  for (const chunk of chunks) {
    for (const [id, { renderedLength }] of Object.entries(chunk.modules)) {
      const inner = npmModules.get(id);
      if (!inner) {
        add(groupOf(root, id), renderedLength);
        continue;
      }
      const total = [...inner.values()].reduce((sum, length) => sum + length, 0) || 1;
      for (const [group, length] of inner) add(group, (renderedLength * length) / total);
    }
  }
  const total = [...lengths.values()].reduce((sum, length) => sum + length, 0) || 1;
  return [...lengths]
    .map(([group, length]) => ({ group, share: length / total }))
    .filter(({ share }) => share >= 0.005)
    .sort((a, b) => b.share - a.share);
}

async function measure(chunks) {
  let raw = 0;
  let gzip = 0;
  for (const chunk of chunks) {
    const code = await minified(chunk.fileName, chunk.code);
    raw += Buffer.byteLength(code);
    gzip += gzipSize(code);
  }
  return { minified: raw, gzip };
}

/** npm entry points as package.json lists them: subpath → file in the npm build. */
function npmEntries(root, npmDir) {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.entries(exports)
    .map(([subpath, target]) => [subpath, typeof target === 'string' ? target : target.default])
    .filter(([subpath, file]) => file?.startsWith('./dist/') && file.endsWith('.js') && !file.startsWith('./dist/cdn/'))
    .map(([subpath, file]) => ({ subpath, file: join(npmDir, file.slice('./dist/'.length)) }));
}

/** Per npm-build chunk file: its modules' rendered lengths by group (to split a dist file again). */
function npmBuildModules(root, npmDir, npmChunks) {
  const byFile = new Map();
  for (const chunk of npmChunks) {
    const groups = new Map();
    for (const [id, { renderedLength }] of Object.entries(chunk.modules)) {
      const group = groupOf(root, id);
      groups.set(group, (groups.get(group) ?? 0) + renderedLength);
    }
    byFile.set(join(npmDir, chunk.fileName), groups);
  }
  return byFile;
}

export async function entrySizes(root, npmDir, npmChunks) {
  const npmModules = npmBuildModules(root, npmDir, npmChunks);
  return Promise.all(
    npmEntries(root, npmDir).map(async ({ subpath, file }) => {
      if (!existsSync(file)) return { subpath, missing: true };
      const chunks = await bundle(root, file);
      const entry = chunks.find((chunk) => chunk.isEntry);
      const loaded = staticClosure(entry, chunks);
      const lazy = chunks.filter((chunk) => !loaded.includes(chunk));
      return {
        subpath,
        ...(await measure(loaded)),
        lazy: await measure(lazy),
        lazyChunks: await Promise.all(lazy.map(async (chunk) => ({ name: chunk.name, ...(await measure([chunk])) }))),
        breakdown: breakdown(root, loaded, npmModules),
        chunks,
      };
    }),
  );
}

const hasChartJs = (chunk) => Object.keys(chunk.modules).some((id) => id.includes('/node_modules/chart.js/'));

/** The CDN module: the entry a page's script tag loads (purpose-kit.js; api.js is the other entry). */
export const cdnEntryOf = (chunks) => chunks.find((chunk) => chunk.isEntry && chunk.fileName === 'purpose-kit.js') ?? chunks.find((chunk) => chunk.isEntry);

const isLocale = (chunk) => Object.keys(chunk.modules).some((id) => /\/i18n\/locales\/(?!en\/)/.test(id));

export async function cdnSizes(root, cdnDir, cdnChunks) {
  const entry = cdnEntryOf(cdnChunks);
  const loaded = staticClosure(entry, cdnChunks);
  const shipped = loaded.reduce((sum, chunk) => sum + gzipSize(readFileSync(join(cdnDir, chunk.fileName))), 0);
  const lazy = cdnChunks.filter((chunk) => !loaded.includes(chunk));
  const lazyChunks = await Promise.all(
    lazy.map(async (chunk) => ({ name: chunk.fileName, shippedGzip: gzipSize(chunk.code), ...(await measure([chunk])), chunk })),
  );
  // What a page with every element and a valid manifest downloads, Chart.js and the other
  // languages aside: the elements load as their tags appear, the validator with the manifest.
  const everyElement = reachable(entry, cdnChunks).filter((chunk) => !(loaded.includes(chunk) || hasChartJs(chunk) || isLocale(chunk)));
  return {
    files: loaded.map((chunk) => chunk.fileName),
    shippedGzip: shipped,
    ...(await measure(loaded)),
    breakdown: breakdown(root, loaded),
    everyElement: await measure([...loaded, ...everyElement]),
    lazyChunks,
  };
}

async function referenceSize(root, name, text) {
  const id = `\0bench-reference:${name}`;
  const virtual = {
    name: 'bench:reference',
    resolveId: (source) => (source.endsWith(`bench-reference-${name}`) ? id : null),
    load: (loaded) => (loaded === id ? text : null),
  };
  return measure(await bundle(root, `bench-reference-${name}`, [virtual]));
}

/**
 * The Chart.js chunk of the CDN build, or, while the chart is not in the CDN build, the lazy
 * Chart.js chunk of the `./dividend-chart` npm entry; with the reference sizes.
 */
export async function chartSizes(root, cdn, entries) {
  const fromCdn = cdn.lazyChunks.find(({ chunk }) => hasChartJs(chunk));
  const fromEntry = entries
    .flatMap((entry) => (entry.chunks ?? []).filter((chunk) => !chunk.isEntry && hasChartJs(chunk)).map((chunk) => ({ entry, chunk })))
    .at(0);
  const found = fromCdn
    ? { source: `CDN build: ${fromCdn.name}`, chunk: fromCdn.chunk }
    : fromEntry
      ? { source: `npm entry ${fromEntry.entry.subpath}, lazy chunk (not in the CDN build yet)`, chunk: fromEntry.chunk }
      : undefined;
  if (!found) return undefined;
  return {
    source: found.source,
    ...(await measure([found.chunk])),
    breakdown: breakdown(root, [found.chunk]),
    reference: await referenceSize(root, 'line-chart', CHART_REFERENCE),
    everything: await referenceSize(root, 'everything', CHART_EVERYTHING),
  };
}
