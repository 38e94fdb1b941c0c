/**
 * End to end, in Chromium: the CDN bundle (dist/cdn/purpose-kit.js) on a plain page served from
 * one origin, with `<pk-config collector>` naming the real collector process on another origin
 * (CORS through PK_ALLOWED_ORIGINS, as on an intranet). A learner rates a course through the
 * rater's own UI; the rating is stored by the collector and shows in `<pk-relevance-report>`, which
 * reads the collector's ratings.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { courseTable, launchChromium, squeeze, startChild, until, watchErrors, type Child } from './support/e2e.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CDN = join(ROOT, 'dist/cdn');
const BUNDLE = join(CDN, 'purpose-kit.js');
const COURSE = 'data-privacy-essentials';
const TITLE = 'Data Privacy Essentials';
/** The demo manifest's rating history of the course (`courses[].ratings.count`), which the collector adds to the earlier window. */
const HISTORY = JSON.parse(readFileSync(join(ROOT, 'demo/manifest.json'), 'utf8')).courses.find((course: { id: string }) => course.id === COURSE).ratings.count as number;

/** The newest modification time of a file under `dir`. */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    }),
  );
}

/** Builds dist/cdn when it is missing or older than the library's source (about 2 s). */
function buildCdnIfStale(): void {
  const stale = !existsSync(BUNDLE) || Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'vite.config.ts')).mtimeMs) > statSync(BUNDLE).mtimeMs;
  if (!stale) return;
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`vite build --mode cdn failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** The host page: the CDN module, the collector, and the two elements. */
const pageHtml = (collector: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Purpose Kit from the CDN build</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/cdn/purpose-kit.js"></script>
  </head>
  <body>
    <pk-config collector="${collector}" learner="e2e.learner"></pk-config>
    <pk-relevance-rater course="${COURSE}"></pk-relevance-rater>
    <pk-relevance-report></pk-relevance-report>
  </body>
</html>`;

/** Serves the page at / and dist/cdn/* at /cdn/*, nothing else. */
async function staticServer(page: () => string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page());
      return;
    }
    const file = path.startsWith('/cdn/') ? join(CDN, basename(path)) : undefined;
    if (file && file.endsWith('.js') && existsSync(file)) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function exportedEvents(collector: string): Promise<any[]> {
  const response = await fetch(`${collector}/v1/export`);
  assert.equal(response.status, 200);
  return (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

describe('the CDN bundle on a plain page with <pk-config collector> (Chromium, the collector on another origin)', () => {
  let data: string;
  let collector: Child;
  let collectorUrl: string;
  let allowed: { origin: string; server: Server };
  let foreign: { origin: string; server: Server };
  let browser: Browser;

  before(async () => {
    buildCdnIfStale();
    const page = () => pageHtml(collectorUrl);
    allowed = await staticServer(page);
    // The same page on an origin the collector does not allow.
    foreign = await staticServer(page);
    data = mkdtempSync(join(tmpdir(), 'pk-e2e-cdn-'));
    collector = startChild(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'server/src/cli.ts'), '--dev', '--data', data, '--manifest', join(ROOT, 'demo/manifest.json'), '--port', '0', '--min-group', '1', '--quiet'],
      { cwd: ROOT, env: { ...process.env, PK_ALLOWED_ORIGINS: allowed.origin } },
    );
    collectorUrl = (await collector.waitFor(/listening on (http:\/\/\S+)/))[1]!;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await collector?.stop();
    for (const { server } of [allowed, foreign]) if (server) await new Promise((resolve) => server.close(resolve));
    if (data) rmSync(data, { recursive: true, force: true });
  });

  it("a rating made through the rater's UI is stored by the collector and shows in the report, at once and after a reload", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(`${allowed.origin}/`);
      const rater = page.locator('pk-relevance-rater');

      // Before any rating the report has the manifest's history of the course, read through the collector.
      const before = await until(async () => (await courseTable(page))[TITLE], `the report's row of ${TITLE}`);
      assert.equal(before.Ratings, HISTORY.toLocaleString('en'));

      // Relevance by mouse, clarity by keyboard (Tab to the second scale, an arrow key checks the next point).
      const relevance = rater.getByRole('radiogroup', { name: 'How relevant is this to your role?' });
      const clarity = rater.getByRole('radiogroup', { name: 'How clearly do you see how this advances Client Trust?' });
      await relevance.getByRole('radio', { name: /Very relevant$/ }).click();
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      assert.equal(await relevance.getByRole('radio', { checked: true }).textContent().then(squeeze), '4 Very relevant');
      assert.equal(await clarity.getByRole('radio', { checked: true }).textContent().then(squeeze), '2 Slightly clear');
      await rater.getByRole('button', { name: 'Send rating' }).click();
      await until(async () => (await rater.getByRole('status').textContent())?.trim() === 'Sent. Thank you.', 'the rater to say the rating was sent');

      // The collector stored it, under the learner's pseudonym.
      const stored = await until(async () => (await exportedEvents(collectorUrl)).filter((event) => event.type === 'rating'), 'the rating in /v1/export');
      assert.equal(stored.length, 1);
      assert.equal(stored[0].courseId, COURSE);
      assert.deepEqual(stored[0].data, { relevance: 4, clarity: 2 });
      assert.notEqual(stored[0].learnerId, 'e2e.learner');

      // The report fetched the ratings again once the outbox had sent the rating: no reload needed.
      await until(async () => (await courseTable(page))[TITLE]?.Ratings === (HISTORY + 1).toLocaleString('en'), 'the report to count the new rating');

      // The aggregate the report reads: the rating is the course's recent window.
      const ratings = await fetch(`${collectorUrl}/v1/ratings`).then((response) => response.json());
      const item = ratings.items.find((entry: { course: string }) => entry.course === COURSE);
      assert.deepEqual(item.recent, { count: 1, relevance: 4, clarity: 2 });
      assert.equal(item.earlier.count, HISTORY);

      // After a reload: the report still counts it; the rater remembers it on this device.
      await page.reload();
      await until(async () => (await courseTable(page))[TITLE]?.Ratings === (HISTORY + 1).toLocaleString('en'), 'the report after a reload');
      await until(async () => /^You rated this on /.test((await rater.locator('[part~="previous"]').textContent({ timeout: 1000 })) ?? ''), 'the rater to recall the rating');
      assert.equal(await relevance.getByRole('radio', { checked: true }).textContent().then(squeeze), '4 Very relevant');

      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('the same page on an origin the collector does not allow gets nothing from it (CORS is what lets the first page in)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(`${foreign.origin}/`);
      // Both elements say the manifest (the first thing they read from the collector) could not be reached.
      const alerts = page.getByRole('alert').filter({ hasText: 'The pathway manifest could not be reached.' });
      await until(async () => (await alerts.count()) === 2, 'both elements to show their error state');
      assert.ok(errors.some((line) => /has been blocked by CORS policy/.test(line)), `a CORS refusal among the console errors: ${errors.join('\n')}`);
      assert.equal(await page.locator('pk-relevance-rater').getByRole('radio').count(), 0);
    } finally {
      await context.close();
    }
  });
});

