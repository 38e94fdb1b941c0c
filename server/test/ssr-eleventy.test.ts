/**
 * The Eleventy recipe of docs/ssr.md, run as written: an Eleventy 3 site with
 * `@lit-labs/eleventy-plugin-lit` (worker mode) whose component module is the recipe's
 * `_lit/purpose-kit.js`, built by the `eleventy` command in the site's folder against the package
 * as it is installed (`node_modules/purpose-kit` → this repository's build), a template that writes
 * the elements with the manifest as an attribute, and the recipe's browser module bundled into the
 * output. The test fails when Eleventy does not draw an element's content as declarative shadow
 * DOM, when hydration in Chromium re-creates a node the server drew, on a hydration mismatch or a
 * console error, and when a hydrated rater does not answer the keyboard.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, until, watchErrors } from './support/e2e.js';
import { ELEMENTS, MANIFEST_TEXT, ROOT, SCRATCH, faceOf } from './support/ssr.js';

const SITE = join(SCRATCH, 'eleventy-site');
const OUT = join(SITE, '_site');
/** The elements the template writes: every element, each with its manifest as an attribute. */
const TAGS = ELEMENTS.map(({ tag }) => tag);

/** The files of the site, as docs/ssr.md gives them (the manifest URL is this test's server). */
function writeSite(manifestUrl: string): void {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(join(SITE, '_lit'), { recursive: true });
  mkdirSync(join(SITE, 'node_modules'));
  // Installed as `npm install purpose-kit` would: the package's exports, its dist/ build.
  symlinkSync(ROOT, join(SITE, 'node_modules/purpose-kit'), 'dir');
  writeFileSync(join(SITE, 'package.json'), JSON.stringify({ name: 'intranet', private: true, type: 'module' }));
  writeFileSync(
    join(SITE, 'eleventy.config.js'),
    `import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['./_lit/purpose-kit.js'] });
}
`,
  );
  writeFileSync(
    join(SITE, '_lit/purpose-kit.js'),
    `import { loadManifest, preloadRelevanceReport } from 'purpose-kit';
import 'purpose-kit/define';

await loadManifest({ kind: 'url', url: ${JSON.stringify(manifestUrl)} });
await preloadRelevanceReport();
`,
  );
  const elements = ELEMENTS.map(({ tag, attributes }) => {
    const written = Object.entries({ ...attributes, manifest: manifestUrl }).map(([name, value]) => ` ${name}="${value}"`).join('');
    return `    <${tag}${written} lang="en"></${tag}>`;
  });
  // The page loads /hydrate.js as the recipe says; first, for this test only, it marks a node of each
  // shadow root the server drew, so the test can tell whether hydration kept it.
  writeFileSync(
    join(SITE, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Intranet</title><link rel="icon" href="data:," /></head>
  <body>
    <main>
${elements.join('\n')}
    </main>
    <script type="module">
      addEventListener('unhandledrejection', (event) => console.error('unhandled rejection: ' + (event.reason?.stack ?? event.reason)));
      for (const element of document.querySelectorAll('main > *')) {
        const base = element.shadowRoot?.querySelector('[part~="base"]');
        if (base) base.pkServerNode = base.firstElementChild.pkServerNode = element.localName;
      }
      await import('/hydrate.js');
      window.hydrated = true;
    </script>
  </body>
</html>
`,
  );
  // The browser module of the Lit SSR recipe, loading the manifest the attributes name.
  writeFileSync(
    join(SITE, 'hydrate.js'),
    `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const { loadManifest, preloadRelevanceReport } = await import('purpose-kit');
await Promise.all([loadManifest({ kind: 'url', url: ${JSON.stringify(manifestUrl)} }), preloadRelevanceReport()]);
await import('purpose-kit/define');
`,
  );
}

describe('the Eleventy recipe (docs/ssr.md): built by eleventy, hydrated in Chromium', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let built = '';

  before(async () => {
    // The package as installed: its dist/ build (CI builds it before the tests).
    if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/define.js'))) {
      execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'pipe' });
    }
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://host').pathname;
      if (path === '/manifest.json') return void res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(MANIFEST_TEXT);
      const file = normalize(join(OUT, path === '/' ? 'index.html' : path));
      if (file.startsWith(OUT) && existsSync(file)) {
        const type = extname(file) === '.html' ? 'text/html; charset=utf-8' : 'text/javascript';
        return void res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeSite(`${origin}/manifest.json`);
    // `npx @11ty/eleventy` in the site's folder (the plugin resolves componentModules from there);
    // the manifest server runs in this process, so the build runs asynchronously beside it.
    const { execFile } = await import('node:child_process');
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs'), '--quiet'], { cwd: SITE }, (error, stdout, stderr) =>
        error ? reject(new Error(`eleventy failed:\n${stdout}${stderr}`)) : resolve(),
      ),
    );
    built = readFileSync(join(OUT, 'index.html'), 'utf8');
    // "built by your bundler into the site's output"
    const { build } = await import('esbuild');
    await build({ entryPoints: [join(SITE, 'hydrate.js')], outdir: OUT, bundle: true, splitting: true, format: 'esm', target: 'es2022', logLevel: 'error', absWorkingDir: SITE });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('eleventy draws every element\'s content as declarative shadow DOM', () => {
    for (const tag of TAGS) {
      const start = built.indexOf(`<${tag}`);
      assert.ok(start >= 0, `<${tag}> is in the output`);
      const markup = built.slice(start, built.indexOf(`</${tag}>`, start));
      assert.match(markup, /<template shadowroot(mode)?="open"/, `<${tag}> has a declarative shadow root`);
      assert.equal(faceOf(markup), 'content', `<${tag}> shows its content, not a loading or error face`);
    }
  });

  it('every element hydrates what eleventy drew without re-creating it, and a rater answers the keyboard', async () => {
    const tab = await browser.newPage();
    const errors = watchErrors(tab);
    try {
      await tab.goto(origin);
      await until(() => tab.evaluate(() => (window as unknown as { hydrated?: boolean }).hydrated), 'the page to hydrate');
      const report = await tab.evaluate(async () => {
        const elements = [...document.querySelectorAll('main > *')] as (HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean })[];
        const settled = await Promise.allSettled(elements.map((element) => element.updateComplete));
        return elements.map((host, i) => {
          const base = host.shadowRoot?.querySelector('[part~="base"]') as (Element & { pkServerNode?: string }) | null;
          const first = base?.firstElementChild as (Element & { pkServerNode?: string }) | null;
          return {
            tag: host.localName,
            settled: settled[i]!.status,
            hydrated: host.hasUpdated,
            kept: base?.pkServerNode === host.localName && first?.pkServerNode === host.localName,
          };
        });
      });
      assert.deepEqual(errors, []);
      assert.deepEqual(report, TAGS.map((tag) => ({ tag, settled: 'fulfilled', hydrated: true, kept: true })));

      const checked = () => tab.evaluate(() => [...document.querySelector('pk-relevance-rater')!.shadowRoot!.querySelectorAll('[part~="relevance"] [aria-checked="true"]')].map((point) => point.getAttribute('data-point')));
      await tab.locator('pk-relevance-rater [part~="relevance"] [data-point="2"]').focus();
      await tab.keyboard.press('Space');
      await until(async () => (await checked()).join() === '2', 'point 2 checked after Space');
      await tab.keyboard.press('ArrowRight');
      await until(async () => (await checked()).join() === '3', 'point 3 checked after ArrowRight');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });
});
