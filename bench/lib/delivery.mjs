/**
 * Scenario 5, driven from here because each run needs a fresh page (a page's sender remembers
 * what it has sent) and the endpoint's counts. See bench/page/delivery.ts for what is timed.
 */
import { openBenchPage } from './browser.mjs';
import { couldNotRun } from './failure.mjs';
import { ENDPOINT_PATH } from './server.mjs';
import { median, medianInterval, PRECISION, precise, repeatUntilPrecise } from './stats.mjs';

const ID = '5';
const TITLE = 'delivering 1,000 queued events to a local endpoint';

export async function runDelivery(context) {
  try {
    return await measureDelivery(context);
  } catch (error) {
    return { id: ID, title: TITLE, error: couldNotRun(error) };
  }
}

async function measureDelivery({ browser, origin, endpoint, runs, maxRuns, log }) {
  const { page } = browser;
  const url = `${origin}${ENDPOINT_PATH}`;
  // Its target is on counts, not time: the ratio is reported, with at most half the runs.
  const max = Math.max(runs, Math.ceil(maxRuns / 2));
  log(`  ${ID} ${TITLE} (${runs === max ? runs : `${runs}–${max}`} runs)`);
  await openBenchPage(page, origin);
  endpoint.accepting = false;
  const queueing = await page.evaluate((url) => window.pkBench.delivery.fillOutbox(url), url);
  const copy = await page.evaluate(() => window.pkBench.delivery.copyOutbox());
  endpoint.accepting = true;
  const queued = copy.reduce((sum, { records }) => sum + records.length, 0);

  const samples = { element: [], baseline: [] };
  const deliver = { element: 'deliver', baseline: 'deliverBaseline' };
  const pairedRatios = () => samples.element.map(({ ms }, run) => ms / samples.baseline[run].ms);
  const last = await repeatUntilPrecise({
    min: runs,
    max,
    async run(index) {
      for (const side of index % 2 === 0 ? ['element', 'baseline'] : ['baseline', 'element']) {
        await openBenchPage(page, origin);
        await page.evaluate(([copy, side]) => window.pkBench.delivery.restoreOutbox(copy, side), [copy, side]);
        await browser.collectGarbage();
        endpoint.reset();
        const { ms, transactions } = await page.evaluate(([name, url]) => window.pkBench.delivery[name](url), [deliver[side], url]);
        samples[side].push({ ms, transactions, requests: endpoint.requests, events: endpoint.events, distinct: endpoint.ids.size });
      }
    },
    figure: () => medianInterval(pairedRatios()),
  });
  const summary = (side) => {
    const list = samples[side];
    const requests = median(list.map((sample) => sample.requests));
    const interval = medianInterval(list.map(({ ms }) => ms));
    return {
      medianMs: interval.value,
      interval,
      runsMs: list.map(({ ms }) => ms),
      requests,
      transactions: median(list.map((sample) => sample.transactions)),
      eventsPerRequest: median(list.map((sample) => sample.events / sample.requests)),
      /** Runs in which the endpoint did not get every queued event exactly once. */
      incomplete: list.filter((sample) => sample.events !== queued || sample.distinct !== queued).length,
    };
  };
  const element = summary('element');
  const baseline = summary('baseline');
  const precision = { figure: 'ratio', halfWidth: last.halfWidth, wanted: PRECISION, reached: precise(last), maxRuns: max };
  return {
    id: ID,
    title: TITLE,
    runs: samples.element.length,
    queued,
    queueing,
    element,
    baseline,
    ratio: last.value,
    ratioInterval: last,
    ratioOfMedians: element.medianMs / baseline.medianMs,
    precision,
  };
}
