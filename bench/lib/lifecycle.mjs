/**
 * Scenario 7: for each element, 1,000 mount/unmount cycles after 50 warm-up cycles (which let
 * one-time work happen: templates, styles, lazy chunks, caches); the JS heap after a full garbage
 * collection is read before and after the 1,000, each time after a quiet moment in which pending
 * timers and storage reads of unmounted elements finish (they hold those elements until then).
 * The baseline (a static copy of the same DOM) runs the same way. See bench/page/lifecycle.ts.
 */
import { couldNotRun } from './failure.mjs';
import { openBenchPage } from './browser.mjs';

const WARM_UP = 50;
/** Longer than the elements' own delays (announcements 400 ms, tooltip grace 150 ms). */
const QUIET_MS = 600;
const quiet = () => new Promise((resolve) => setTimeout(resolve, QUIET_MS));
const CYCLES = 1000;

async function measure(browser, origin, tag, side) {
  const { page } = browser;
  await openBenchPage(page, origin);
  await page.evaluate(([tag, side, count]) => window.pkBench.lifecycle.cycle(tag, count, side), [tag, side, WARM_UP]);
  await quiet();
  const before = await browser.heap();
  const ms = await page.evaluate(([tag, side, count]) => window.pkBench.lifecycle.cycle(tag, count, side), [tag, side, CYCLES]);
  await quiet();
  const after = await browser.heap();
  return { ms, heapBytes: after.bytes - before.bytes, nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners };
}

export async function runLifecycle({ browser, origin, log }) {
  const { page } = browser;
  await openBenchPage(page, origin);
  const tags = await page.evaluate(() => window.pkBench.lifecycle.tags());
  const rows = [];
  for (const { tag, defined } of tags) {
    const title = `${CYCLES.toLocaleString('en')} mount/unmount cycles of <${tag}>`;
    if (!defined) {
      rows.push({ id: '7', tag, title, skipped: `not built yet: ${tag} is not in the build` });
      continue;
    }
    log(`  7 ${title}`);
    try {
      rows.push({ id: '7', tag, title, element: await measure(browser, origin, tag, 'element'), baseline: await measure(browser, origin, tag, 'baseline') });
    } catch (error) {
      rows.push({ id: '7', tag, title, error: couldNotRun(error) });
    }
  }
  return rows;
}
