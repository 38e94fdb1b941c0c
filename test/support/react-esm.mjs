/**
 * Lets browser tests import `react` and `react-dom/client` (Koa middleware in the test runner's
 * dev server). React ships CommonJS only, which a browser cannot run: the first request for either
 * package builds both, once, with Vite into ES modules that share one copy of React, and every
 * request for the packages' CommonJS files (where `nodeResolve` sends a bare `import 'react'`) is
 * answered with the ES build instead.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { build } from 'vite';

const PACKAGES = ['react', 'react-dom/client'];
const PREFIX = '/__esm/';
const ENTRY = '\0esm-entry:';

const root = process.cwd();
const require = createRequire(resolve(root, 'package.json'));

/** The URL the dev server gives a package's CommonJS file: `/node_modules/react/index.js`. */
const commonJsUrl = (name) => `/${relative(root, require.resolve(name)).split('\\').join('/')}`;

/**
 * The names a package exports in its development build, the one bundled below (React's test helper
 * `act` exists only there). Read in a Node process of their own: React, run, patches `console`.
 */
function developmentExports(name) {
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`;
  const output = execFileSync(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, NODE_ENV: 'development' } });
  return JSON.parse(String(output)).filter((key) => key !== 'default');
}

/** An ES module for a CommonJS package: its `module.exports` as default, and each key by name. */
function esEntry(name) {
  return `import cjs from '${name}';\nexport default cjs;\nexport const { ${developmentExports(name).join(', ')} } = cjs;\n`;
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

export function reactEsm() {
  const reExports = new Map(
    PACKAGES.map((name) => {
      const url = `${PREFIX}${name}.js`;
      return [commonJsUrl(name), `export * from '${url}';\nexport { default } from '${url}';\n`];
    }),
  );
  let built;
  const builtFile = async (fileName) => (await (built ??= buildPackages())).get(fileName);
  return async function reactEsm(ctx, next) {
    const code = reExports.get(ctx.path) ?? (ctx.path.startsWith(PREFIX) ? await builtFile(ctx.path.slice(PREFIX.length)) : undefined);
    if (code === undefined) return next();
    ctx.type = 'js';
    ctx.body = code;
  };
}
