#!/usr/bin/env node
/**
 * CI check of the built Storybook (storybook-static/): every element has at least four stories,
 * and every story renders in Chromium without an unexpected console error and with no axe
 * violation. A story that shows an error state on purpose declares
 * `parameters: { expectedConsoleErrors: true }`.
 *
 *   node scripts/check-storybook.mjs [storybook-static]
 *
 * Uses Debian's Chromium (CHROME_PATH overrides /usr/bin/chromium) through playwright-core.
 * Prints one line per failing story and a summary; exits 1 on any failure.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(process.argv[2] ?? 'storybook-static');
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// As in web-test-runner.config.mjs; stories run in parallel pages, so background pages keep their
// timers and animation frames running.
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];
const MIN_STORIES = 4;
// One page per core: the stories are CPU-bound (charts, 10,000-course catalogues).
const PAGES = Math.min(4, availableParallelism());
const RENDER_TIMEOUT = 20_000;
const SETTLE_TIMEOUT = 3_000;

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/** Serves `root` on a free local port; unknown paths answer 404 (some stories rely on that). */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    let file = join(root, path);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Elements that render (they inherit PkElement's `base` part), from the package's manifest. */
function renderedElements() {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName && (d.cssParts ?? []).some((part) => part.name === 'base'))
    .map((d) => d.tagName);
}

/** Problems with the index: elements with fewer than four stories ("Elements/Why banner" → pk-why-banner). */
function indexProblems(stories) {
  const counts = new Map();
  for (const story of stories) {
    const [group, name] = story.title.split('/');
    if (group !== 'Elements' || !name) continue;
    const tag = `pk-${name.toLowerCase().replaceAll(' ', '-')}`;
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return renderedElements()
    .filter((tag) => (counts.get(tag) ?? 0) < MIN_STORIES)
    .map((tag) => `index: <${tag}> has ${counts.get(tag) ?? 0} stories (at least ${MIN_STORIES} needed)`);
}

/** Renders one story and returns its problems. */
async function checkStory(page, origin, story) {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`);
    const settled = await page.waitForFunction(
      () => {
        const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return ['completed', 'finished', 'errored', 'aborted'].includes(phase) && phase;
      },
      undefined,
      { timeout: RENDER_TIMEOUT, polling: 50 },
    );
    const phase = await settled.jsonValue();
    if (phase !== 'completed' && phase !== 'finished') return [`render ${phase}`, ...errors];
    // Let the story's fetches settle; stories that retry forever (offline delivery) are cut short.
    await page.waitForLoadState('networkidle', { timeout: SETTLE_TIMEOUT }).catch(() => {});
    // Every element has rendered what it has (manifest loaded, chart drawn, or its state face).
    await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('pk-'));
      await Promise.all(elements.map((el) => el.updateComplete));
    });
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    const expected = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.story.parameters.expectedConsoleErrors === true);
    return [...violations, ...(expected ? [] : errors.map((text) => `console error: ${text}`))];
  } catch (error) {
    return [`did not render: ${error.message.split('\n')[0]}`, ...errors.map((text) => `console error: ${text}`)];
  }
}

async function main() {
  const started = Date.now();
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  const failures = indexProblems(stories);
  for (const failure of failures) console.log(`✗ ${failure}`);

  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, args, headless: true });
  let visited = 0;
  try {
    const queue = [...stories];
    await Promise.all(
      Array.from({ length: PAGES }, async () => {
        for (let story = queue.shift(); story; story = queue.shift()) {
          // A fresh page per story, so no request or message of one story is blamed on the next.
          const page = await browser.newPage();
          const problems = await checkStory(page, origin, story);
          await page.close();
          visited++;
          for (const problem of problems) {
            failures.push(`${story.id}: ${problem}`);
            console.log(`✗ ${story.id}: ${problem}`);
          }
        }
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Storybook check: ${visited} stories visited, ${failures.length} problems, ${seconds}s`);
  process.exit(failures.length ? 1 : 0);
}

await main();
