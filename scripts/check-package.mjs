#!/usr/bin/env node
/**
 * `npm run check:package` (CI, after the build): the package as a user gets it. `npm pack`, then,
 * in a temporary folder, the tarball installed into
 * (a) a fresh Vite app (vite at the repo's version) with two pages using every element the
 *     package's custom-elements.json lists, with an inline manifest: one importing
 *     `purpose-kit/define`, one importing each `purpose-kit/<element>/define`; `vite build` must
 *     succeed;
 * (b) a plain HTML page loading `node_modules/purpose-kit/dist/cdn/purpose-kit.js`, same elements.
 * Both pages are served statically and opened in Chromium: every element must reach its ready face
 * (`:state(ready)`, not loading or error) with no console error and no page error.
 * PK_KEEP_PACKAGE_DIR=1 keeps the temporary folder to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const started = Date.now();
const say = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/** Attributes an element needs beyond the page's manifest to show something. */
const COURSE = 'data-privacy-essentials';
const NEEDS = {
  'pk-why-banner': `course="${COURSE}"`,
  'pk-impact-badge': `course="${COURSE}"`,
  'pk-relevance-rater': `course="${COURSE}"`,
};

const work = mkdtempSync(join(tmpdir(), 'pk-package-'));
const app = join(work, 'app');

function pack() {
  // The build is CI's previous step; --ignore-scripts keeps `prepare` from building again.
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT));
  say(`packed ${filename}`);
  return join(work, filename);
}

function createApp(tarball) {
  const { devDependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  mkdirSync(app);
  const manifest = readFileSync(join(ROOT, 'demo/manifest.json'), 'utf8');
  const write = (file, text) => writeFileSync(join(app, file), text);
  write(
    'package.json',
    JSON.stringify({ name: 'pk-package-check', private: true, type: 'module', dependencies: { 'purpose-kit': `file:${tarball}` }, devDependencies: { vite: devDependencies.vite } }, null, 2),
  );
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  say('installed the tarball and vite');

  const installed = JSON.parse(readFileSync(join(app, 'node_modules/purpose-kit/dist/custom-elements.json'), 'utf8'));
  // Every element with a ready face; <pk-config>, which draws nothing, carries the page's manifest.
  const tags = installed.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName && (d.cssStates ?? []).some((state) => state.name === 'ready'))
    .map((d) => d.tagName)
    .sort();
  const page = (head) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>purpose-kit package check</title><link rel="icon" href="data:,">${head}</head>
  <body>
    <pk-config><script type="application/json">${manifest.replaceAll('</', '<\\/')}</script></pk-config>
    ${tags.map((tag) => `<${tag} ${NEEDS[tag] ?? ''}></${tag}>`).join('\n    ')}
  </body>
</html>
`;
  // Two pages: one importing `purpose-kit/define`, one importing each element's own define entry.
  const { exports } = JSON.parse(readFileSync(join(app, 'node_modules/purpose-kit/package.json'), 'utf8'));
  const defineEntries = Object.keys(exports).filter((key) => /^\.\/[\w-]+\/define$/.test(key));
  write('index.html', page('<script type="module" src="/main.ts"></script>'));
  write('main.ts', "import 'purpose-kit/define';\n");
  write('entries.html', page('<script type="module" src="/entries.ts"></script>'));
  write('entries.ts', defineEntries.map((key) => `import 'purpose-kit${key.slice(1)}';\n`).join(''));
  write('vite.config.js', "export default { base: '/dist/', build: { rollupOptions: { input: ['index.html', 'entries.html'] } } };\n");
  write('cdn.html', page('<script type="module" src="/node_modules/purpose-kit/dist/cdn/purpose-kit.js"></script>'));
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);
  say('vite build succeeded');
  return tags;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves the app folder: the Vite build under /dist/, the CDN page and node_modules as they are. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      const body = readFileSync(join(app, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Opens a page and returns its problems: elements not ready, console errors, page errors. */
async function check(browser, url, tags) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()} (${message.location().url})`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  await page.goto(url);
  const faces = () =>
    page.evaluate(
      (names) =>
        names.map((tag) => {
          const element = document.querySelector(tag);
          const state = ['ready', 'loading', 'error', 'empty'].find((s) => element?.matches(`:state(${s})`));
          const content = element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 100) ?? '';
          return { tag, state: state ?? 'none', content };
        }),
      tags,
    );
  try {
    const drawn = (names) =>
      customElements.get('pk-config') &&
      names.every((tag) => {
        const element = document.querySelector(tag);
        return element?.matches(':state(ready)') && element.shadowRoot?.textContent?.trim();
      });
    await page.waitForFunction(drawn, tags, { timeout: 15_000 });
  } catch {
    if (!(await page.evaluate(() => customElements.get('pk-config')))) problems.push('<pk-config> is not defined');
    for (const face of await faces()) {
      if (face.state !== 'ready' || !face.content) problems.push(`<${face.tag}> is ${face.state}: "${face.content}"`);
    }
  }
  await page.close();
  return problems;
}

let failed = false;
try {
  const tags = createApp(pack());
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  try {
    const pages = [
      ['Vite app, purpose-kit/define', '/dist/index.html'],
      ['Vite app, each <element>/define', '/dist/entries.html'],
      ['CDN page', '/cdn.html'],
    ];
    for (const [name, path] of pages) {
      const problems = await check(browser, origin + path, tags);
      for (const problem of problems) console.error(`${name}: ${problem}`);
      failed ||= problems.length > 0;
      say(`${name}: ${problems.length === 0 ? `${tags.length} elements ready, no errors` : `${problems.length} problems`}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
} catch (error) {
  console.error(error.message);
  failed = true;
} finally {
  if (process.env.PK_KEEP_PACKAGE_DIR) say(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
