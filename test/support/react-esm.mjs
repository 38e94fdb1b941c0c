/**
 * Lets browser tests import `react` and `react-dom/client` (Koa middleware in the test runner's
 * dev server). React ships CommonJS only, which a browser cannot run: the first request for either
 * package builds both, once, with Vite into ES modules that share one copy of React, and every
 * request for the packages' CommonJS files (where `nodeResolve` sends a bare `import 'react'`) is
 * answered with the ES build instead.
 *
 * `/__react/<17|18|19>/app.js` is one React version with `purpose-kit/react` (src/react/) built
 * against it, for the wrappers' tests: the devDependencies `react17`, `react-dom17`, `react18`,
 * `react-dom18` (React 19 is `react`) stand in for `react` and `react-dom` in that build, while the
 * elements the wrappers import stay the dev server's own modules (`/src/elements/…`), the same
 * instances the test imports. (npm would not install a second React beside `react` for
 * `react-dom17`/`react-dom18`'s peer dependency: package.json's `overrides` points that peer at
 * the root's `react`, and this build gives each version its own.)
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { build } from 'vite';

const PACKAGES = ['react', 'react-dom/client'];
const PREFIX = '/__esm/';
const ENTRY = '\0esm-entry:';
const VERSIONS_PREFIX = '/__react/';
const APP = '\0react-app';

const root = process.cwd();
const require = createRequire(resolve(root, 'package.json'));

/** The URL the dev server gives a package's CommonJS file: `/node_modules/react/index.js`. */
const commonJsUrl = (name) => `/${relative(root, require.resolve(name)).split('\\').join('/')}`;

/**
 * The names a package exports in its development build, the one bundled below (React's test helper
 * `act` exists only there). Read in a Node process of their own: React, run, patches `console`.
 */
function developmentExports(name, suffix = '') {
  // Another version's react-dom requires `react` and `react-dom`: that version's, as in its build below.
  const script = `const Module = require('node:module'); const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request.replace(/^(react|react-dom)(?=\\/|$)/, '$1${suffix}'), ...rest);
};
process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  const output = execFileSync(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, NODE_ENV: 'development' } });
  return JSON.parse(String(output)).filter((key) => key !== 'default');
}

/** An ES module for a CommonJS package: its `module.exports` as default, and each key by name. */
function esEntry(name, suffix) {
  return `import cjs from '${name}';\nexport default cjs;\nexport const { ${developmentExports(name, suffix).join(', ')} } = cjs;\n`;
}

/**
 * The ES build of React's development files: file name (`react.js`, `react-dom/client.js`, shared
 * chunks) → code. A Vite build sets `NODE_ENV` when the process has none: it is put back after.
 */
async function buildPackages() {
  const nodeEnv = process.env.NODE_ENV;
  try {
    const result = await build({
      configFile: false,
      root,
      logLevel: 'warn',
      mode: 'development',
      define: { 'process.env.NODE_ENV': JSON.stringify('development') },
      plugins: [
        {
          name: 'esm-entries',
          resolveId: (id) => (id.startsWith(ENTRY) ? id : null),
          load: (id) => (id.startsWith(ENTRY) ? esEntry(id.slice(ENTRY.length)) : null),
        },
      ],
      build: {
        write: false,
        minify: false,
        rolldownOptions: {
          input: Object.fromEntries(PACKAGES.map((name) => [name, `${ENTRY}${name}`])),
          preserveEntrySignatures: 'strict',
        // The elements stay the dev server's modules, by their URLs.
        makeAbsoluteExternalsRelative: false,
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
        },
      },
    });
    const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
    return new Map(chunks.map((chunk) => [chunk.fileName, chunk.code]));
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * The app entry for one React version: React, the functions that mount an app (React 17's
 * `render`/`unmountComponentAtNode`, 18's and 19's `createRoot`), `act`, and the wrappers.
 */
function appEntry(version) {
  const wrappers = `export * as wrappers from ${JSON.stringify(resolve(root, 'src/react/index.ts'))};`;
  return version === 17
    ? `import React from 'react';\nimport ReactDOM from 'react-dom';\nimport { act } from 'react-dom/test-utils';\n` +
        `export { React, act };\nexport const { render, unmountComponentAtNode } = ReactDOM;\n${wrappers}\n`
    : `import React from 'react';\nimport ReactDOMClient from 'react-dom/client';\n` +
        `export { React };\nexport const { act } = React;\nexport const { createRoot } = ReactDOMClient;\n${wrappers}\n`;
}

/** `/__react/<version>/app.js` and its chunks: file name → code. */
async function buildVersion(version) {
  const suffix = version === 19 ? '' : String(version);
  const wrappersDir = resolve(root, 'src/react');
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    resolve: { conditions: ['browser', 'development'] },
    plugins: [
      {
        name: 'react-version',
        enforce: 'pre',
        async resolveId(source, importer) {
          if (source === APP || source.startsWith(ENTRY)) return source;
          const react = /^(react|react-dom)(\/.*)?$/.exec(source);
          // React's own files, and the ES entries below, import the package itself.
          if (react && (importer?.includes('/node_modules/') || importer?.startsWith(ENTRY))) {
            return this.resolve(`${react[1]}${suffix}${react[2] ?? ''}`, importer, { skipSelf: true });
          }
          // The app and the wrappers import it as an ES module with named exports.
          if (react) return `${ENTRY}${react[1]}${suffix}${react[2] ?? ''}`;
          if (importer?.startsWith(wrappersDir) && source.startsWith('.')) {
            const target = resolve(dirname(importer), source);
            if (!target.startsWith(wrappersDir)) return { id: `/${relative(root, target).replace(/\.js$/, '.ts')}`, external: true };
          }
          return null;
        },
        load: (id) => (id === APP ? appEntry(version) : id.startsWith(ENTRY) ? esEntry(id.slice(ENTRY.length), suffix) : null),
      },
    ],
    build: {
      write: false,
      minify: false,
      rolldownOptions: {
        input: { app: APP },
        preserveEntrySignatures: 'strict',
        // The elements stay the dev server's modules, by their URLs.
        makeAbsoluteExternalsRelative: false,
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
      },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  return new Map(chunks.map((chunk) => [chunk.fileName, chunk.code]));
}

export function reactEsm() {
  const reExports = new Map(
    PACKAGES.map((name) => {
      const url = `${PREFIX}${name}.js`;
      return [commonJsUrl(name), `export * from '${url}';\nexport { default } from '${url}';\n`];
    }),
  );
  let built;
  const builtFile = async (fileName) => (await (built ??= buildPackages())).get(fileName);
  const versions = new Map();
  const versionFile = async (path) => {
    const [version, fileName] = path.slice(VERSIONS_PREFIX.length).split('/');
    if (!['17', '18', '19'].includes(version)) return undefined;
    if (!versions.has(version)) versions.set(version, buildVersion(Number(version)));
    return (await versions.get(version)).get(fileName);
  };
  return async function reactEsm(ctx, next) {
    const code =
      reExports.get(ctx.path) ??
      (ctx.path.startsWith(PREFIX) ? await builtFile(ctx.path.slice(PREFIX.length)) : undefined) ??
      (ctx.path.startsWith(VERSIONS_PREFIX) ? await versionFile(ctx.path) : undefined);
    if (code === undefined) return next();
    ctx.type = 'js';
    ctx.body = code;
  };
}
