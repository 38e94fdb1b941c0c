/**
 * The targets of issue 10, and which figure each applies to. Sizes are in kB of 1,000 bytes,
 * heap in MB of 1,000,000 bytes. A size or a count is exact: its verdict is PASS or FAIL. A timed
 * figure is judged by its 95 % interval (bench/lib/stats.mjs): PASS when the whole interval is
 * within the target, FAIL when the whole interval is past it, UNDECIDED when it straddles it.
 */
import { decide } from './stats.mjs';

export const KB = 1000;
export const MB = 1000 * 1000;

/**
 * npm entry points of elements other than the chart: `./<element>` and `./<element>/define`; not
 * the entries that hold every element (`.`, `./define`, `./react`, of which an app's bundler keeps
 * what it imports).
 */
const isElementEntry = (subpath) => !['.', './define', './react'].includes(subpath) && !subpath.includes('dividend-chart');

const EVENTS_PER_REQUEST = 50;
/** "No transaction per event": at most a read and a delete per batch of 50. */
const TRANSACTIONS_PER_BATCH = 2;

const exact = (pass) => (figure) => (pass(figure) ? 'pass' : 'fail');

/**
 * A timed target: `figure` is what it judges, the ratio (the median of the per-run element ÷
 * baseline ratios) or the element's median time, and `limit` its upper bound.
 */
const timed = (text, figure, limit) => ({
  text,
  figure,
  limit,
  verdict: (row) => decide(figure === 'ratio' ? row.ratioInterval : row.element.interval, limit),
});

const TARGETS = {
  elementEntry: { text: '≤ 12 kB', verdict: exact((entry) => entry.gzip <= 12 * KB) },
  cdn: { text: '≤ 40 kB', verdict: exact((cdn) => cdn.gzip <= 40 * KB) },
  chart: { text: '≤ reference + 5%', verdict: exact((chart) => chart.gzip <= chart.reference.gzip * 1.05) },
  speed: {
    1: timed('≤ 1.5× baseline', 'ratio', 1.5),
    2: timed('≤ 16 ms', 'elementMs', 16),
    // Issue 20 tightened the catalogue page from 1.5× to 1.3×.
    3: timed('≤ 1.3× baseline', 'ratio', 1.3),
    4: timed('≤ 3× JSON.parse', 'ratio', 3),
  },
  delivery: {
    text: `≥ ${EVENTS_PER_REQUEST} events/request, ≤ ${TRANSACTIONS_PER_BATCH} tx per ${EVENTS_PER_REQUEST}`,
    verdict: exact(
      (row) =>
        row.element.eventsPerRequest >= EVENTS_PER_REQUEST &&
        row.element.transactions <= (TRANSACTIONS_PER_BATCH * row.queued) / EVENTS_PER_REQUEST &&
        row.element.incomplete === 0,
    ),
  },
  lifecycle: { text: '≤ 1 MB', verdict: exact((row) => row.element.heapBytes <= MB) },
};

/**
 * Which figure of timed scenario `id` its runs must make precise: the one its target judges
 * (`ratio` or `elementMs`); the ratio for a scenario without a target.
 */
export const judgedFigure = (id) => TARGETS.speed[id]?.figure ?? 'ratio';

/**
 * Sizes past their CI ceiling (bench/size-ceilings.json): the target, or for an entry that still
 * misses it, its last measured size, so that a known miss can only shrink.
 */
export function sizesOverCeiling(results, ceilings) {
  const over = [];
  for (const entry of results.sizes?.entries ?? []) {
    if (entry.missing || !isElementEntry(entry.subpath)) continue;
    const ceiling = Math.max(12 * KB, ceilings.entries[entry.subpath] ?? 0);
    if (entry.gzip > ceiling) over.push(`${entry.subpath}: ${entry.gzip} B gzip > ceiling ${ceiling} B`);
  }
  const { cdn, chart } = results.sizes ?? {};
  if (cdn && TARGETS.cdn.verdict(cdn) === 'fail') over.push(`CDN module: ${cdn.gzip} B gzip > 40 kB`);
  if (chart && TARGETS.chart.verdict(chart) === 'fail') over.push(`Chart.js chunk: ${chart.gzip} B gzip > reference + 5%`);
  return over;
}

/**
 * Attaches `target`, `verdict` (`pass`, `fail` or `undecided`) and `pass` (true, false, or null
 * when undecided) to every figure that has a target (a baseline whose DOM differs from the
 * element's fails: the comparison would be void) and returns the flat list of checks.
 */
export function applyTargets(results) {
  const checks = [];
  const check = (what, figure, target, detail) => {
    figure.target = target.text;
    figure.verdict = figure.domDifference ? 'fail' : target.verdict(figure);
    figure.pass = figure.verdict === 'undecided' ? null : figure.verdict === 'pass';
    checks.push({ what, target: target.text, verdict: figure.verdict, pass: figure.pass, ...detail });
  };
  for (const entry of results.sizes?.entries ?? []) {
    if (!entry.missing && isElementEntry(entry.subpath)) check(`size ${entry.subpath}`, entry, TARGETS.elementEntry, { gzip: entry.gzip });
  }
  if (results.sizes?.cdn) check('size CDN module', results.sizes.cdn, TARGETS.cdn, { gzip: results.sizes.cdn.gzip });
  if (results.sizes?.chart) check('size Chart.js chunk', results.sizes.chart, TARGETS.chart, { gzip: results.sizes.chart.gzip });
  for (const row of results.speed ?? []) {
    const target = TARGETS.speed[row.id];
    if (target && !row.skipped && !row.error) check(`speed ${row.id}`, row, target, {
        elementMs: row.element.medianMs,
        ratio: row.ratio,
        interval: target.figure === 'ratio' ? [row.ratioInterval.low, row.ratioInterval.high] : [row.element.interval.low, row.element.interval.high],
      });
  }
  if (results.delivery && !results.delivery.error) check('speed 5', results.delivery, TARGETS.delivery, { eventsPerRequest: results.delivery.element.eventsPerRequest });
  for (const row of results.lifecycle ?? []) {
    if (!row.skipped && !row.error) check(`heap ${row.tag}`, row, TARGETS.lifecycle, { heapBytes: row.element.heapBytes });
  }
  return checks;
}
