#!/usr/bin/env node
/**
 * CI check of the built Storybook (storybook-static/): every element has at least four stories,
 * and every story renders in Chromium without an unexpected console error and with no axe
 * violation. A story whose point is an error state declares
 * `parameters: { expectedConsoleErrors: true }`; it must then log at least one, and an uncaught
 * exception fails it all the same.
 *
 *   node scripts/check-storybook.mjs [storybook-static]
 *
 * Drives Chrome or Chromium (CHROME_PATH, else the one find-chrome.mjs finds) through playwright-core.
 * Prints one line per problem, then "Storybook check: N stories visited, M problems, Ts";
 * exits 1 on any problem, including an empty or missing index.
 *
 * Speed: loading Storybook's preview costs more than most stories, so each worker page loads it
 * once and then switches stories the way the Storybook UI does. So that nothing a story left
 * running is blamed on a clean story, the stories with expected errors come last, and a page that
 * saw a problem or a time-out is thrown away with its storage.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PARALLEL_PAGE_ARGS, findChrome } from './find-chrome.mjs';

const root = resolve(process.argv[2] ?? 'storybook-static');
// Pages run in parallel.
const args = [...CHROME_ARGS, ...CHROME_PARALLEL_PAGE_ARGS];
const MIN_STORIES = 4;
// One page per core, at least two: stories are CPU-bound (charts, 10,000-course catalogues, axe).
const PAGES = Math.max(2, Math.min(4, availableParallelism()));
/** A story has this long from being chosen to finishing its render and play function. */
const RENDER_TIMEOUT = 20_000;
/** And this long for everything (render, settling, axe) before it counts as hung. */
const STORY_TIMEOUT = 60_000;
/** The network counts as settled after this long without a request in flight… */
const QUIET = 250;
/** …or after this long at most: stories that retry delivery forever are cut short. */
const SETTLE_TIMEOUT = 3_000;
const AXE = 'node_modules/axe-core/axe.min.js';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };

/**
 * Serves `root` on a free local port; unknown paths answer 404 (some stories rely on that). The
 * browser's own favicon request gets Storybook's icon, so it is not reported as a missing file.
 */
function serve() {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url, 'http://x').pathname;
    const path = normalize(decodeURIComponent(pathname === '/favicon.ico' ? '/favicon.svg' : pathname));
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

/** Reads a JSON file, or stops the check saying what is missing. */
function readJson(file, hint) {
  if (!existsSync(file)) {
    console.log(`✗ ${file} is missing (${hint})`);
    console.log('Storybook check: 0 stories visited, 1 problems, 0.0s');
    process.exit(1);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Elements that render (they inherit PkElement's `base` part), from the package's manifest. */
function renderedElements() {
  const manifest = readJson('dist/custom-elements.json', 'run `npm run build-storybook`, which builds it first');
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName && (d.cssParts ?? []).some((part) => part.name === 'base'))
    .map((d) => d.tagName);
}

/**
 * Problems with the index: no stories, no elements, a title naming no element ("Elements/Why
 * banner" → pk-why-banner), or an element with fewer than four stories.
 */
function indexProblems(stories) {
  const elements = renderedElements();
  const counts = new Map();
  const problems = [];
  for (const story of stories) {
    const [group, name] = story.title.split('/');
    if (group !== 'Elements' || !name) continue;
    const tag = `pk-${name.toLowerCase().replaceAll(' ', '-')}`;
    if (!elements.includes(tag) && !counts.has(tag)) problems.push(`index: "${story.title}" names no element (<${tag}>)`);
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  if (stories.length === 0) problems.push('index: no stories');
  if (elements.length === 0) problems.push('dist/custom-elements.json: no rendered elements');
  for (const tag of elements) {
    const count = counts.get(tag) ?? 0;
    if (count < MIN_STORIES) problems.push(`index: <${tag}> has ${count} stories (at least ${MIN_STORIES} needed)`);
  }
  return problems;
}

/**
 * A worker's page with Storybook's preview loaded and no story shown yet, in a browser context of
 * its own (its own storage), collecting the console errors and uncaught exceptions of the story
 * it shows and counting its requests in flight.
 */
async function openSession(browser, userAgent, origin) {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  const session = { context, page, errors: [], uncaught: [], requests: 0, inFlight: 0, lastActivity: Date.now(), axe: false };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    session.errors.push(url && !message.text().includes(url) ? `${message.text()} (${url})` : message.text());
  });
  page.on('pageerror', (error) => session.uncaught.push(error.message.split('\n')[0]));
  page.on('request', () => {
    session.requests++;
    session.inFlight++;
    session.lastActivity = Date.now();
  });
  const ended = () => {
    session.inFlight--;
    session.lastActivity = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  await page.goto(`${origin}/iframe.html`);
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue, undefined, { timeout: RENDER_TIMEOUT, polling: 50 });
  // The a11y addon's own axe run stays off (manual mode); this check runs axe itself.
  await page.evaluate(() => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { a11y: { manual: true } } }));
  return session;
}

/** The ids of the stories that declare `expectedConsoleErrors`, from Storybook's store. */
function expectingErrors(page, ids) {
  return page.evaluate(async (ids) => {
    const store = window.__STORYBOOK_PREVIEW__.storyStoreValue;
    const stories = await Promise.all(ids.map((storyId) => store.loadStory({ storyId })));
    return stories.filter((story) => story.parameters.expectedConsoleErrors === true).map((story) => story.id);
  }, ids);
}

/** Waits until no request has been in flight for QUIET ms, or until `until` at most. */
async function networkSettled(session, until) {
  while (Date.now() < until && (session.inFlight > 0 || Date.now() - session.lastActivity < QUIET)) {
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * In the page: waits until every element of the story, in light and shadow DOM, has rendered
 * what it has; returns the problems seen on the way (nothing shown, an element whose definition
 * the build left out).
 */
async function elementsRendered() {
  const elements = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('pk-')) elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const canvas = document.querySelector('#storybook-root');
  walk(canvas);
  const undefinedTags = new Set(elements.filter((el) => !customElements.get(el.localName)).map((el) => el.localName));
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  return [...(canvas.childElementCount ? [] : ['rendered nothing']), ...[...undefinedTags].map((tag) => `<${tag}> is not defined`)];
}

/** Shows `story` the way the Storybook UI does, and waits until its render and play function end. */
async function showStory(page, story) {
  await page.evaluate((storyId) => {
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
  }, story.id);
  const settled = await page.waitForFunction(
    (storyId) => {
      const render = window.__STORYBOOK_PREVIEW__.currentRender;
      return render?.id === storyId && ['completed', 'afterEach', 'finished', 'errored', 'aborted'].includes(render.phase) && render.phase;
    },
    story.id,
    { timeout: RENDER_TIMEOUT, polling: 50 },
  );
  return settled.jsonValue();
}

/** Renders one story in `session` and returns its problems. */
async function checkStory(session, story) {
  const { page } = session;
  const phase = await showStory(page, story);
  if (phase === 'errored' || phase === 'aborted') {
    const message = await page.locator('#error-message').textContent().catch(() => '');
    return [`render ${phase}${message ? `: ${message.trim().split('\n')[0]}` : ''}`];
  }
  // The elements' fetches and lazy chunks (manifest, locale, chart, delivery) come in and they
  // render what came, until rendering asks for nothing more.
  const until = Date.now() + SETTLE_TIMEOUT;
  let shown;
  let requests;
  do {
    requests = session.requests;
    await networkSettled(session, until);
    shown = await page.evaluate(elementsRendered);
  } while (session.requests !== requests && Date.now() < until);
  if (!session.axe) {
    await page.addScriptTag({ path: AXE });
    session.axe = true;
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
    return result.violations.flatMap((v) =>
      v.nodes.map((node) => {
        const fixes = node.failureSummary.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('Fix '));
        return `axe ${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')}: ${fixes.join('; ')}`;
      }),
    );
  });
  return [...shown, ...violations];
}

/**
 * The story's problems, with its console errors judged against what it declares: a story that
 * expects errors must log at least one, and an uncaught exception is never expected.
 */
async function storyProblems(session, story, expected) {
  session.errors = [];
  session.uncaught = [];
  let timer;
  const hung = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no result within ${STORY_TIMEOUT / 1000}s`)), STORY_TIMEOUT);
  });
  const check = checkStory(session, story);
  check.catch(() => {}); // once hung, it fails when its page closes; that is already reported
  const problems = await Promise.race([check, hung]).catch((error) => [`did not render: ${error.message.split('\n')[0]}`]);
  clearTimeout(timer);
  const uncaught = session.uncaught.map((message) => `uncaught exception: ${message}`);
  if (!expected) return [...problems, ...uncaught, ...session.errors.map((text) => `console error: ${text}`)];
  const silent = session.errors.length === 0 ? ['declares expectedConsoleErrors but logged no console error'] : [];
  return [...problems, ...uncaught, ...silent];
}

/**
 * Visits every story on PAGES worker pages; returns how long each took. Problems go to `report`,
 * console errors a page logs while loading the preview included.
 */
async function visitAll(browser, origin, stories, report) {
  // Storybook pauses CSS animations at their end for a test runner instead of waiting for them.
  const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${browser.version()} Safari/537.36 StorybookTestRunner`;
  const open = async () => {
    const session = await openSession(browser, userAgent, origin);
    for (const text of session.uncaught) report(`preview: uncaught exception: ${text}`);
    for (const text of session.errors) report(`preview: console error: ${text}`);
    return session;
  };
  const sessions = await Promise.all(Array.from({ length: PAGES }, open));
  // Stories with expected errors go last, so a page that showed one shows only such stories after.
  const expecting = new Set(await expectingErrors(sessions[0].page, stories.map((story) => story.id)));
  const queue = [...stories.filter((story) => !expecting.has(story.id)), ...stories.filter((story) => expecting.has(story.id))];
  const timings = [];
  await Promise.all(
    sessions.map(async (first) => {
      let session = first;
      for (let story = queue.shift(); story; story = queue.shift()) {
        const begun = Date.now();
        session ??= await open();
        const problems = await storyProblems(session, story, expecting.has(story.id));
        timings.push({ id: story.id, ms: Date.now() - begun });
        for (const problem of problems) report(`${story.id}: ${problem}`);
        // Whatever went wrong may still be running: the next story starts on a fresh page.
        if (problems.length) {
          await session.context.close();
          session = undefined;
        }
      }
      await session?.context.close();
    }),
  );
  return timings;
}

async function main() {
  const started = Date.now();
  let problems = 0;
  const report = (problem) => {
    problems++;
    console.log(`✗ ${problem}`);
  };
  const index = readJson(join(root, 'index.json'), 'run `npm run build-storybook` first');
  const stories = Object.values(index.entries ?? {}).filter((entry) => entry.type === 'story');
  indexProblems(stories).forEach(report);

  const server = await serve();
  const browser = await chromium.launch({ executablePath: findChrome(), args, headless: true });
  let timings = [];
  try {
    timings = await visitAll(browser, `http://127.0.0.1:${server.address().port}`, stories, report);
  } catch (error) {
    report(`check aborted: ${error.message.split('\n')[0]}`);
  } finally {
    await browser.close();
    server.close();
  }

  if (timings.length !== stories.length) report(`visited ${timings.length} of ${stories.length} stories`);
  const slowest = timings.sort((a, b) => b.ms - a.ms).slice(0, 3);
  if (slowest.length) console.log(`Slowest: ${slowest.map(({ id, ms }) => `${id} ${(ms / 1000).toFixed(1)}s`).join(', ')}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Storybook check: ${timings.length} stories visited, ${problems} problems, ${seconds}s`);
  process.exit(problems ? 1 : 0);
}

await main();
