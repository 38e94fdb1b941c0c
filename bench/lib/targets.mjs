/**
 * The targets of issue 10, and which figure each applies to. Sizes are in kB of 1,000 bytes,
 * heap in MB of 1,000,000 bytes.
 */
export const KB = 1000;
export const MB = 1000 * 1000;

/** npm entry points of elements other than the chart: `./<element>` and `./<element>/define`. */
const isElementEntry = (subpath) => subpath !== '.' && subpath !== './define' && !subpath.includes('dividend-chart');

const EVENTS_PER_REQUEST = 50;
/** "No transaction per event": at most a read and a delete per batch of 50. */
const TRANSACTIONS_PER_BATCH = 2;

const TARGETS = {
  elementEntry: { text: '≤ 12 kB', pass: (entry) => entry.gzip <= 12 * KB },
  cdn: { text: '≤ 40 kB', pass: (cdn) => cdn.gzip <= 40 * KB },
  chart: { text: '≤ reference + 5%', pass: (chart) => chart.gzip <= chart.reference.gzip * 1.05 },
  speed: {
    1: { text: '≤ 1.5× baseline', pass: (row) => row.ratio <= 1.5 },
    2: { text: '≤ 16 ms', pass: (row) => row.element.medianMs <= 16 },
    3: { text: '≤ 1.5× baseline', pass: (row) => row.ratio <= 1.5 },
    4: { text: '≤ 3× JSON.parse', pass: (row) => row.ratio <= 3 },
  },
  delivery: {
    text: `≥ ${EVENTS_PER_REQUEST} events/request, ≤ ${TRANSACTIONS_PER_BATCH} tx per ${EVENTS_PER_REQUEST}`,
    pass: (row) =>
      row.element.eventsPerRequest >= EVENTS_PER_REQUEST &&
      row.element.transactions <= (TRANSACTIONS_PER_BATCH * row.queued) / EVENTS_PER_REQUEST &&
      row.element.incomplete === 0,
  },
  lifecycle: { text: '≤ 1 MB', pass: (row) => row.element.heapBytes <= MB },
};

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
  if (cdn && !TARGETS.cdn.pass(cdn)) over.push(`CDN module: ${cdn.gzip} B gzip > 40 kB`);
  if (chart && !TARGETS.chart.pass(chart)) over.push(`Chart.js chunk: ${chart.gzip} B gzip > reference + 5%`);
  return over;
}

/**
 * Attaches `target` and `pass` to every figure that has a target (a baseline whose DOM differs
 * from the element's fails: the comparison would be void) and returns the flat list of checks.
 */
export function applyTargets(results) {
  const checks = [];
  const check = (what, figure, target, detail) => {
    figure.target = target.text;
    figure.pass = target.pass(figure) && !figure.domDifference;
    checks.push({ what, target: target.text, pass: figure.pass, ...detail });
  };
  for (const entry of results.sizes?.entries ?? []) {
    if (!entry.missing && isElementEntry(entry.subpath)) check(`size ${entry.subpath}`, entry, TARGETS.elementEntry, { gzip: entry.gzip });
  }
  if (results.sizes?.cdn) check('size CDN module', results.sizes.cdn, TARGETS.cdn, { gzip: results.sizes.cdn.gzip });
  if (results.sizes?.chart) check('size Chart.js chunk', results.sizes.chart, TARGETS.chart, { gzip: results.sizes.chart.gzip });
  for (const row of results.speed ?? []) {
    const target = TARGETS.speed[row.id];
    if (target && !row.skipped && !row.error) check(`speed ${row.id}`, row, target, { elementMs: row.element.medianMs, ratio: row.ratio });
  }
  if (results.delivery && !results.delivery.error) check('speed 5', results.delivery, TARGETS.delivery, { eventsPerRequest: results.delivery.element.eventsPerRequest });
  for (const row of results.lifecycle ?? []) {
    if (!row.skipped && !row.error) check(`heap ${row.tag}`, row, TARGETS.lifecycle, { heapBytes: row.element.heapBytes });
  }
  return checks;
}
