/**
 * Chrome or Chromium (scripts/find-chrome.mjs) through playwright-core, with the flags of
 * web-test-runner.config.mjs, one page (1280 × 900, English, `prefers-reduced-motion: reduce` so
 * that charts draw once, unanimated) and a DevTools session for garbage collection, heap figures
 * and style / layout / script time.
 */
import { chromium } from 'playwright-core';
import { CHROME_ARGS as ARGS, findChrome } from '../../scripts/find-chrome.mjs';

/** Counts IndexedDB transactions; installed before any script of the page runs. */
function countTransactions() {
  const counter = { transactions: 0 };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    counter.transactions += 1;
    return transaction.apply(this, args);
  };
  Object.defineProperty(window, 'pkBenchIdb', { value: counter });
}

/** Loads the benchmark page and waits until it has loaded the library and published its API. */
export async function openBenchPage(page, origin) {
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.pkBench !== undefined);
}

export async function launch() {
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(countTransactions);
  // A page error would otherwise surface only as a scenario that "could not run".
  page.on('pageerror', (error) => console.error(`   page error: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && console.error(`   page request: ${response.url()} answered ${response.status()}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    page,
    /** A full garbage collection. */
    async collectGarbage() {
      await cdp.send('HeapProfiler.collectGarbage');
    },
    /** DevTools performance metrics by name (durations in seconds, sizes in bytes, counts). */
    async metrics() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    },
    /** JS heap in use, DOM nodes and event listeners, after a full garbage collection. */
    async heap() {
      // Twice: the first collection can leave objects with finalizers behind.
      await this.collectGarbage();
      await this.collectGarbage();
      const metrics = await this.metrics();
      return { bytes: metrics.JSHeapUsedSize, nodes: metrics.Nodes, listeners: metrics.JSEventListeners };
    },
    /** The V8 CPU profile (100 µs sampling) of `run`. */
    async profile(run) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await run();
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.send('Profiler.disable');
      return profile;
    },
    version: browser.version(),
    close: () => browser.close(),
  };
}
