/**
 * bench/RESULTS.md: the latest run's table for people — date, machine, every figure with its
 * 95 % interval (timings) and verdict — written by `npm run bench` and committed after a run, so
 * no figure is ever typed by hand. bench/results.json keeps every run's detail (not committed).
 */
import { busyLoad, elementFigure, interval, kB, machine, MBs, ms, runs, summary, times, verdict } from './format.mjs';
import { suggestSection } from './suggest.mjs';

/** A table cell: no pipes, and `<pk-…>` shown as text rather than taken for HTML. */
const cell = (value) => String(value ?? '').replace(/\|/g, '\\|').replace(/</g, '&lt;');
export const table = (header, rows) => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];

function sizeSection({ entries = [], cdn, chart }) {
  const rows = entries.map((entry) =>
    entry.missing ? [`\`${entry.subpath}\``, 'not built', '', '', ''] : [`\`${entry.subpath}\``, kB(entry.gzip), entry.lazy.gzip ? `+${kB(entry.lazy.gzip)}` : '', entry.target ?? '–', verdict(entry)],
  );
  if (cdn) rows.push(['CDN module + static imports (with Lit)', kB(cdn.gzip), '', cdn.target, verdict(cdn)]);
  if (chart) rows.push([`Chart.js chunk (reference ${kB(chart.reference.gzip)})`, kB(chart.gzip), '', chart.target, verdict(chart)]);
  const notes = [];
  if (cdn?.everyElement) notes.push(`With every element loaded (a page using all of them, with a valid manifest; Chart.js and other languages aside): ${kB(cdn.everyElement.gzip)}.`);
  return [
    '## Sizes',
    '',
    'gzip -9 of minified code, kB = 1,000 bytes; npm entries bundled without Lit, *lazy* loads on use. A size is exact: no interval.',
    '',
    ...table(['entry', 'static', 'lazy', 'target', 'verdict'], rows),
    ...(notes.length ? ['', ...notes] : []),
    '',
  ];
}

function speedSection(results) {
  const timed = [...results.speed, ...(results.delivery ? [results.delivery] : [])];
  const rows = timed.map((row) =>
    row.skipped || row.error
      ? [row.id, row.title, '', '', '', '', '', '', row.skipped ?? row.error]
      : [row.id, row.title, runs(row), elementFigure(row), ms(row.baseline.medianMs), times(row.ratio), interval(row.ratioInterval, times), row.target ?? 'reported', verdict(row)],
  );
  const differing = results.speed.filter((row) => row.domDifference).map((row) => `Scenario ${row.id}: the baseline's DOM differs from the element's (${row.domDifference}).`);
  return [
    '## Speed',
    '',
    `Median of each side's runs; *ratio* is the median of element ÷ baseline within each run (both sides run back to back), with its 95 % interval (± is its larger side). ` +
      `Runs repeat until the interval of the figure the target judges (scenario 2: the element's time) is within ±5 %, from ${results.options.runs} to ${results.options.maxRuns} runs (half as many at most without a target); ` +
      `"max" means the interval had not narrowed by then. PASS: the whole interval meets the target; FAIL: the whole interval misses it; UNDECIDED: it straddles the target.` +
      (results.delivery ? ` Scenario 5's target is on its counts: ${deliveryCounts(results.delivery)}.` : ''),
    '',
    ...table(['#', 'scenario', 'runs', 'element', 'baseline', 'ratio', '95 % interval', 'target', 'verdict'], rows),
    ...(differing.length ? ['', ...differing] : []),
    '',
  ];
}

function deliveryCounts(row) {
  if (!row || row.error) return 'not run';
  const { element: e } = row;
  return `${e.requests} requests (${e.eventsPerRequest.toFixed(1)} events each), ${e.transactions} IndexedDB transactions for ${row.queued.toLocaleString('en')} events${e.incomplete ? `, ${e.incomplete} runs not delivering every event exactly once` : ''}`;
}

function heapSection(rows) {
  return [
    '## Heap',
    '',
    'JS heap growth after garbage collection over 1,000 mount/unmount cycles (one measurement per side).',
    '',
    ...table(
      ['#', 'element', 'heap growth', 'baseline', 'target', 'verdict'],
      rows.map((row) => (row.skipped || row.error ? [row.id, `<${row.tag}>`, '', '', '', row.skipped ?? row.error] : [row.id, `<${row.tag}>`, MBs(row.element.heapBytes), MBs(row.baseline.heapBytes), row.target, verdict(row)])),
    ),
    '',
  ];
}

export function markdown(results) {
  const env = results.environment;
  const load = (values) => values.map((value) => value.toFixed(1)).join(', ');
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench`; never edited by hand. To update it, run the bench on a quiet machine and commit this file.',
    'What each figure means and how it is measured: [README.md](README.md).',
    '',
    ...table(
      ['', ''],
      [
        ['date', `${env.date.slice(0, 16).replace('T', ' ')} UTC`],
        ['command', `\`${['npm run bench', ...(env.arguments?.length ? ['--', ...env.arguments] : [])].join(' ')}\``],
        ['machine', machine(env)],
        ['browser', `Chromium ${env.chromium ?? '–'}, headless`],
        ['Node', env.node],
        ['load average (1, 5, 15 min)', `${load(env.loadAverage)} at the start; ${env.loadAverageEnd ? load(env.loadAverageEnd) : '–'} at the end${busyLoad(env) ? ' — busy: wall-clock times are inflated and noisier' : ''}`],
        ['duration', `${env.seconds} s`],
      ],
    ),
    '',
    ...results.buildErrors.map((error) => `> ${error}`),
  ];
  if (results.sizes) lines.push(...sizeSection(results.sizes));
  if (results.speed) lines.push(...speedSection(results));
  if (results.lifecycle?.length) lines.push(...heapSection(results.lifecycle));
  if (results.suggest) lines.push(...suggestSection(results.suggest, table));
  lines.push('## Verdicts', '', summary(results.checks), '');
  return lines.join('\n');
}
