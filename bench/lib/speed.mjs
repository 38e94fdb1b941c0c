/**
 * Scenarios 1, 2, 3, 4 and 6 (and the figures reported beside them): one page load per scenario,
 * then runs of the element and of its baseline in alternating order (element first, then baseline
 * first, …), each after a full garbage collection, until the 95 % interval of the figure the
 * target judges is within ±5 % (at least `runs`, at most `maxRuns`; half as many at most for a
 * figure without a target). The page times each run; around it the driver records the main
 * thread's CPU time and what of it went to style and layout (DevTools metrics).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { couldNotRun } from './failure.mjs';
import { summarise } from './profile.mjs';
import { medianInterval, medians, PRECISION, precise, quartiles, repeatUntilPrecise } from './stats.mjs';
import { judgedFigure } from './targets.mjs';
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

/** What both sides' runs give: each side's median and interval, and the per-run ratio's. */
function figuresOf(samples) {
  const side = (list) => {
    const runsMs = list.map(({ ms }) => ms);
    const interval = medianInterval(runsMs);
    return { medianMs: interval.value, interval, runsMs, counts: medians(list.map(({ counts }) => counts)), work: medians(list.map(({ work }) => work)) };
  };
  const element = side(samples.element);
  const baseline = side(samples.baseline);
  // Each run times both sides back to back, so a slow moment of the machine weighs on both: the
  // figure is the median of the ratios within each run, with its interval.
  const pairedRatios = element.runsMs.map((value, run) => value / baseline.runsMs[run]);
  const ratioInterval = medianInterval(pairedRatios);
  return { element, baseline, pairedRatios, ratioInterval };
}

async function measureScenario(browser, origin, scenario, { runs, maxRuns, log, moduleOf }) {
  const { page } = browser;
  const max = scenario.informational ? Math.max(runs, Math.ceil(maxRuns / 2)) : maxRuns;
  const judged = judgedFigure(scenario.id);
  log(`  ${scenario.id} ${scenario.title} (${runs === max ? runs : `${runs}–${max}`} runs)`);
  await openBenchPage(page, origin);
  await page.evaluate((id) => window.pkBench.prepare(id), scenario.id);
  // A warm-up run of each side, whose DOM is kept for the comparison.
  await measureSide(browser, page, scenario.id, 'element', true);
  await measureSide(browser, page, scenario.id, 'baseline', true);
  const domDifference = await page.evaluate(() => window.pkBench.sameDom());
  if (process.env.PK_BENCH_DOM_DIR) await writeDoms(page, scenario.id, process.env.PK_BENCH_DOM_DIR);
  const samples = { element: [], baseline: [] };
  const last = await repeatUntilPrecise({
    min: runs,
    max,
    async run(index) {
      const order = index % 2 === 0 ? ['element', 'baseline'] : ['baseline', 'element'];
      for (const side of order) samples[side].push(await measureSide(browser, page, scenario.id, side, false));
    },
    figure: () => {
      const values = judged === 'elementMs' ? samples.element.map(({ ms }) => ms) : samples.element.map(({ ms }, run) => ms / samples.baseline[run].ms);
      return medianInterval(values);
    },
  });
  const { element, baseline, pairedRatios, ratioInterval } = figuresOf(samples);
  const count = pairedRatios.length;
  const spread = { elementMs: quartiles(element.runsMs), baselineMs: quartiles(baseline.runsMs), ratio: quartiles(pairedRatios) };
  const precision = { figure: judged, halfWidth: last.halfWidth, wanted: PRECISION, reached: precise(last), maxRuns: max };
  log(`    ${count} runs: ${judged === 'ratio' ? 'ratio' : 'element ms'} ${last.value.toFixed(2)}, ${last.low === undefined ? 'no 95 % interval' : `95 % interval ${last.low.toFixed(2)}–${last.high.toFixed(2)} (±${(last.halfWidth * 100).toFixed(1)} %)`}`);
  const profile = moduleOf ? await profileElement(browser, page, scenario.id, moduleOf) : undefined;
  return {
    ...scenario,
    runs: count,
    element,
    baseline,
    ratio: ratioInterval.value,
    ratioInterval,
    ratioOfMedians: element.medianMs / baseline.medianMs,
    precision,
    spread,
    domDifference,
    profile,
  };
}

export async function runTimedScenarios({ browser, origin, runs, maxRuns, only, log, moduleOf }) {
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
      rows.push(await measureScenario(browser, origin, scenario, { runs, maxRuns, log, moduleOf }));
    } catch (error) {
      rows.push({ ...scenario, error: couldNotRun(error) });
    }
  }
  return rows;
}

/** `PK_BENCH_DOM_DIR=DIR`: both sides' drawn DOM as files (`3.element.html`, `3.baseline.html`), to diff when they differ. */
async function writeDoms(page, id, dir) {
  mkdirSync(dir, { recursive: true });
  for (const side of ['element', 'baseline']) {
    writeFileSync(join(dir, `${id}.${side}.html`), (await page.evaluate((which) => window.pkBench.dom(which), side)) ?? '');
  }
}
