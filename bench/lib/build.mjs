/**
 * Builds what the benchmark measures, with the project's own vite.config.ts, into a scratch
 * directory (so `dist/` and whoever is using it are left alone): the npm build, the CDN build, and
 * the benchmark page's script. A build that fails is reported and leaves out what needs it; the
 * rest still runs.
 */
import { join } from 'node:path';
import { build } from 'vite';

/** The chunks of one vite build (vite returns one output or a list of them). */
export function chunksOf(result) {
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
}

async function attempt(name, run) {
  try {
    return { chunks: chunksOf(await run()) };
  } catch (error) {
    return { error: `${name} failed: ${String(error?.message ?? error).split('\n').slice(0, 4).join(' ')}` };
  }
}

/**
 * @param {string} root the project
 * @param {string} out the scratch directory
 * @param {{ readable?: boolean, page?: boolean }} options `readable` keeps the CDN build's names and
 *   writes source maps (for CPU profiles); `page: false` skips the benchmark page (the size part
 *   needs none)
 */
export async function buildAll(root, out, { readable = false, page: withPage = true } = {}) {
  const dirs = { npm: join(out, 'npm'), cdn: join(out, 'cdn'), page: join(out, 'page') };
  const quiet = { root, logLevel: 'silent' };
  const npm = await attempt('the npm build (vite build)', () => build({ ...quiet, build: { outDir: dirs.npm, emptyOutDir: true } }));
  const cdn = await attempt('the CDN build (vite build --mode cdn)', () =>
    build({ ...quiet, mode: 'cdn', build: {
        outDir: dirs.cdn,
        emptyOutDir: true,
        ...(readable ? { minify: false, sourcemap: true, rolldownOptions: { output: { minify: false } } } : {}),
      },
    }),
  );
  if (!withPage) return { dirs, npm, cdn, page: {} };
  const page = await attempt('the benchmark page build', () =>
    build({
      ...quiet,
      configFile: false,
      build: {
        outDir: dirs.page,
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: { entry: join(root, 'bench/page/main.ts'), formats: ['es'], fileName: () => 'main.js' },
        rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js' } },
      },
    }),
  );
  return { dirs, npm, cdn, page };
}
