/**
 * The printed report: one table for sizes, one for speed, heap and delivery (each timed ratio with
 * its 95 % interval), then what was met, missed or undecided.
 */
import { busyLoad, elementFigure, interval, kB, machine, MBs, ms, runs, summary, times, verdict } from './format.mjs';
import { profileLines } from './profile.mjs';
import { suggestLines } from './suggest.mjs';
const parts = (breakdown, count = 5) => breakdown.slice(0, count).map(({ group, share }) => `${group} ${Math.round(share * 100)}%`).join(', ');

/** Columns padded to their widest cell; a short row's last cell (a note) may run over. */
export function table(header, rows) {
  const fits = (row, column) => Array.isArray(row) && (row.length === header.length || column < row.length - 1);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.filter((row) => fits(row, column)).map((row) => String(row[column] ?? '').length)));
  const line = (cells) => `  ${cells.map((cell, column) => String(cell ?? '').padEnd(widths[column])).join('  ')}`.trimEnd();
  return [line(header), ...rows.map((row) => (Array.isArray(row) ? line(row) : `      ${row}`))];
}

function sizeLines({ entries = [], cdn, chart }) {
  const rows = [];
  for (const entry of entries) {
    if (entry.missing) {
      rows.push([entry.subpath, 'not built', '', '', '', '']);
      continue;
    }
    const lazy = entry.lazy.gzip ? `+${kB(entry.lazy.gzip)}` : '';
    rows.push([entry.subpath, kB(entry.gzip), lazy, entry.target ?? '–', verdict(entry), parts(entry.breakdown)]);
  }
  if (cdn) {
    rows.push(['CDN module + static imports', kB(cdn.gzip), '', cdn.target, verdict(cdn), parts(cdn.breakdown)]);
    rows.push(`as shipped (${cdn.files.join(', ')}): ${kB(cdn.shippedGzip)} gzip${cdn.shippedGzip > cdn.gzip * 1.02 ? ' — the build does not fully minify it' : ''}`);
    if (cdn.everyElement) rows.push(`with every element loaded (as a page using all of them, with a valid manifest; Chart.js and other languages aside): ${kB(cdn.everyElement.gzip)}`);
    if (cdn.lazyChunks.length) rows.push(`lazy chunks: ${cdn.lazyChunks.map(({ name, gzip }) => `${name} ${kB(gzip)}`).join(', ')}`);
  }
  if (chart) {
    rows.push(['Chart.js chunk', kB(chart.gzip), '', chart.target, verdict(chart), parts(chart.breakdown, 3)]);
    rows.push(`from ${chart.source}; reference (a line chart with a filled gap and tooltips) ${kB(chart.reference.gzip)}, all of Chart.js ${kB(chart.everything.gzip)}`);
  }
  return [
    'Sizes: gzip -9 of minified code, kB = 1,000 bytes. npm entries bundled without Lit; "lazy" loads on use.',
    ...table(['entry', 'static', 'lazy', 'target', 'result', 'made of (share of the code)'], rows),
  ];
}

function work(label, { work: w, counts }) {
  const extra = Object.entries(counts ?? {}).map(([name, value]) => `, ${value} ${name === 'idbTransactions' ? 'IndexedDB transactions' : name}`);
  return `${label} main-thread CPU ${ms(w.cpuMs)} (style ${ms(w.styleMs)}, layout ${ms(w.layoutMs)}, ${w.layouts} layout${w.layouts === 1 ? '' : 's'})${extra.join('')}`;
}

/** The middle half of the runs of each side and of the ratio within each run; the ratio of the two medians, for comparison. */
function spreadLine({ elementMs, baselineMs, ratio }, ratioOfMedians) {
  const range = ([low, high], format) => `${format(low)}–${format(high)}`;
  return `middle half of the runs: element ${range(elementMs, ms)}, baseline ${range(baselineMs, ms)}, ratio within a run ${range(ratio, times)}; ratio of the medians ${times(ratioOfMedians)}`;
}

/** A timed row: runs, each side's median, the ratio and its interval, target, verdict. */
const timedRow = (row) => [row.id, row.title, runs(row), elementFigure(row), ms(row.baseline.medianMs), times(row.ratio), interval(row.ratioInterval, times), row.target ?? '–', verdict(row)];

function speedRows(rows) {
  const out = [];
  for (const row of rows) {
    if (row.skipped || row.error) {
      out.push([row.id, row.title, row.skipped ?? row.error]);
      continue;
    }
    out.push(timedRow(row));
    out.push(`${work('element:', row.element)}; ${work('baseline:', row.baseline)}`);
    if (row.spread) out.push(spreadLine(row.spread, row.ratioOfMedians));
    if (row.domDifference) out.push(`the baseline's DOM differs from the element's (${row.domDifference}): update bench/page/baselines/`);
  }
  return out;
}

function deliveryRows(row) {
  if (!row) return [];
  if (row.error) return [[row.id, row.title, row.error]];
  const side = (label, s) => `${label} ${s.requests} requests (${s.eventsPerRequest.toFixed(1)} events each), ${s.transactions} IndexedDB transactions`;
  return [
    timedRow(row),
    `${side('element:', row.element)}; ${side('baseline:', row.baseline)}`,
    ...(row.element.incomplete ? [`in ${row.element.incomplete} runs the endpoint did not get every event exactly once`] : []),
    `queueing the ${row.queued.toLocaleString('en')} events first (once, through the library): ${ms(row.queueing.ms)}, ${row.queueing.transactions} IndexedDB transactions; ` +
      `each hundred took ${row.queueing.msPerHundred.map((value) => Math.round(value)).join(', ')} ms`,
  ];
}

function lifecycleRows(rows) {
  const signed = (count) => `${count >= 0 ? '+' : ''}${count}`;
  return rows.flatMap((row) =>
    row.skipped || row.error
      ? [[row.id, row.title, row.skipped ?? row.error]]
      : [
          [row.id, `${row.title}: heap growth`, '', MBs(row.element.heapBytes), MBs(row.baseline.heapBytes), '', '', row.target, verdict(row)],
          `element: ${(row.element.ms / 1000).toFixed(1)} s, DOM nodes ${signed(row.element.nodes)}, listeners ${signed(row.element.listeners)}; ` +
            `baseline: ${(row.baseline.ms / 1000).toFixed(1)} s, DOM nodes ${signed(row.baseline.nodes)}, listeners ${signed(row.baseline.listeners)}`,
        ],
  );
}

export function report(results) {
  const { environment: env } = results;
  const lines = [
    `Purpose Kit benchmark · ${env.date} · ${machine(env)} · Chromium ${env.chromium ?? '–'} · Node ${env.node} · load ${env.loadAverage.map((load) => load.toFixed(1)).join(' ')}${env.loadAverageEnd ? ` (at the end ${env.loadAverageEnd.map((load) => load.toFixed(1)).join(' ')})` : ''}`,
    ...results.buildErrors.map((error) => `! ${error}`),
    ...(busyLoad(env)
      ? [`! The machine was busy (load ${busyLoad(env).toFixed(1)} on ${env.cpus} CPUs): wall-clock times are inflated and noisier; main-thread CPU times are steadier.`]
      : []),
    '',
  ];
  if (results.sizes) lines.push(...sizeLines(results.sizes), '');
  if (results.suggest) lines.push(...suggestLines(results.suggest, table), '');
  if (results.speed) {
    const timed = [...results.speed, results.delivery].filter((row) => row?.precision);
    lines.push(
      `Speed: median ms of each side; ratio = the median of element ÷ baseline within each run, with its 95 % interval (±: its larger side);`,
      `runs repeat until the interval of the figure the target judges is within ±5 % (${results.options.runs}–${results.options.maxRuns} runs; half as many at most without a target). Heap growth after garbage collection.`,
      ...table(
        ['#', 'scenario', 'runs', 'element', 'baseline', 'ratio', '95 % interval', 'target', 'result'],
        [...speedRows(results.speed), ...deliveryRows(results.delivery), ...lifecycleRows(results.lifecycle ?? [])],
      ),
      ...(timed.some((row) => !row.precision.reached)
        ? ['  "max": the most runs were done before the interval narrowed to ±5 % (a noisy machine): its interval is wider than ±5 %.']
        : []),
      '',
    );
  }
  const profiled = (results.speed ?? []).filter(({ profile }) => profile);
  if (profiled.length) {
    lines.push('Profiles: self time of one more element run (the rest of the sampled time is the browser: style, layout, GC, idle).');
    for (const row of profiled) lines.push(...profileLines(row.id, row.profile));
    lines.push('');
  }
  lines.push(summary(results.checks));
  return lines.join('\n');
}
