/**
 * Scenarios 1, 2, 3, 4 and 6 (and the figures reported beside them): one page load per scenario,
 * then runs of the element and of its baseline in alternating order (element first, then baseline
 * first, …), each after a full garbage collection. The page times each run; around it the driver
 * records the main thread's CPU time and what of it went to style and layout (DevTools metrics).
 */
import { couldNotRun } from './failure.mjs';
import { summarise } from './profile.mjs';
import { median, medians, quartiles } from './stats.mjs';
import { openBenchPage } from './browser.mjs';

/** DevTools performance metrics kept per run: seconds, except the counts. */
const METRICS = { RecalcStyleDuration: 'styleMs', LayoutDuration: 'layoutMs', LayoutCount: 'layouts', ThreadTime: 'cpuMs' };

async function browserWork(browser, run) {
  const before = await browser.metrics();
  const result = await run();
  const after = await browser.metrics();
  const work = {};
  for (const [name, key] of Object.entries(METRICS)) {
    const delta = after[name] - before[name];
    work[key] = key === 'layouts' ? delta : delta * 1000;
  }
  return { result, work };
}

async function measureSide(browser, page, id, side, keepDom) {
  await page.evaluate(([id, side]) => window.pkBench.before(id, side), [id, side]);
  await browser.collectGarbage();
  const { result, work } = await browserWork(browser, () => page.evaluate(([id, side, keepDom]) => window.pkBench.run(id, side, keepDom), [id, side, keepDom]));
  return { ms: result.ms, counts: result.counts ?? {}, work };
}

/** One more element run under the profiler (with `--profile`). */
async function profileElement(browser, page, id, moduleOf) {
  await page.evaluate((id) => window.pkBench.before(id, 'element'), id);
  await browser.collectGarbage();
  const profile = await browser.profile(() => page.evaluate((id) => window.pkBench.run(id, 'element', false), id));
  return summarise(profile, moduleOf);
}

async function measureScenario(browser, origin, scenario, { runs, log, moduleOf }) {
  const { page } = browser;
  const count = scenario.informational ? Math.max(3, Math.ceil(runs / 2)) : runs;
  log(`  ${scenario.id} ${scenario.title} (${count} runs)`);
  await openBenchPage(page, origin);
  await page.evaluate((id) => window.pkBench.prepare(id), scenario.id);
  // A warm-up run of each side, whose DOM is kept for the comparison.
  await measureSide(browser, page, scenario.id, 'element', true);
  await measureSide(browser, page, scenario.id, 'baseline', true);
  const domDifference = await page.evaluate(() => window.pkBench.sameDom());
  const samples = { element: [], baseline: [] };
  for (let run = 0; run < count; run++) {
    const order = run % 2 === 0 ? ['element', 'baseline'] : ['baseline', 'element'];
    for (const side of order) samples[side].push(await measureSide(browser, page, scenario.id, side, false));
  }
  const summary = (side) => ({
    medianMs: median(samples[side].map(({ ms }) => ms)),
    runsMs: samples[side].map(({ ms }) => ms),
    counts: medians(samples[side].map(({ counts }) => counts)),
    work: medians(samples[side].map(({ work }) => work)),
  });
  const element = summary('element');
  const baseline = summary('baseline');
  // Each run times both sides back to back, so a slow moment of the machine weighs on both: the
  // ratio within each run shows how steady the verdict is.
  const pairedRatios = element.runsMs.map((value, run) => value / baseline.runsMs[run]);
  const spread = { elementMs: quartiles(element.runsMs), baselineMs: quartiles(baseline.runsMs), ratio: quartiles(pairedRatios), ratioMedian: median(pairedRatios) };
  const profile = moduleOf ? await profileElement(browser, page, scenario.id, moduleOf) : undefined;
  return { ...scenario, runs: count, element, baseline, ratio: element.medianMs / baseline.medianMs, spread, domDifference, profile };
}

export async function runTimedScenarios({ browser, origin, runs, only, log, moduleOf }) {
  const { page } = browser;
  await openBenchPage(page, origin);
  const listed = await page.evaluate(() => window.pkBench.list());
  const rows = [];
  for (const scenario of listed.filter(({ id }) => only(id))) {
    if (scenario.missing.length > 0) {
      rows.push({ ...scenario, skipped: `not built yet: ${scenario.missing.join(', ')} ${scenario.missing.length > 1 ? 'are' : 'is'} not in the build` });
      continue;
    }
    try {
      rows.push(await measureScenario(browser, origin, scenario, { runs, log, moduleOf }));
    } catch (error) {
      rows.push({ ...scenario, error: couldNotRun(error) });
    }
  }
  return rows;
}
