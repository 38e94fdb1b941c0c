#!/usr/bin/env node
/**
 * `npm run bench`: builds the library (npm and CDN builds, with the project's vite.config.ts, into
 * a scratch directory under node_modules/.cache), measures sizes, runs the speed and heap scenarios in Debian Chromium
 * against hand-written baselines (each timed scenario until its 95 % interval is within ±5 %),
 * measures the placement suggestions' quality (bench/suggest/quality.ts), prints a table and writes
 * bench/results.json, and, when it ran the browser part unprofiled, bench/RESULTS.md. It reports; it exits 1 only when it could not run, or with --strict when a
 * target is missed (FAIL).
 * See bench/README.md for what each figure means.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './lib/browser.mjs';
import { buildAll } from './lib/build.mjs';
import { runDelivery } from './lib/delivery.mjs';
import { runLifecycle } from './lib/lifecycle.mjs';
import { readOptions, USAGE } from './lib/options.mjs';
import { markdown } from './lib/markdown.mjs';
import { report } from './lib/report.mjs';
import { moduleMap } from './lib/profile.mjs';
import { startServer } from './lib/server.mjs';
import { cdnEntryOf, cdnSizes, chartSizes, entrySizes } from './lib/sizes.mjs';
import { runTimedScenarios } from './lib/speed.mjs';
import { runSuggestQuality, suggestSection, withSuggestSection, suggestLines } from './lib/suggest.mjs';
import { table as markdownTable } from './lib/markdown.mjs';
import { table as textTable } from './lib/report.mjs';
import { applyTargets, sizesOverCeiling } from './lib/targets.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const started = performance.now();
/** Progress on stderr, with the seconds since the start. */
const log = (line) => console.error(`${String(Math.round((performance.now() - started) / 1000)).padStart(4)} s  ${line}`);

/** Chunk lists are for the size breakdown only; they do not go into the JSON. */
const withoutChunks = ({ chunks, chunk, ...rest }) => rest;

async function measureSizes(built) {
  if (!built.npm.chunks || !built.cdn.chunks) return undefined;
  log('Measuring sizes…');
  const entries = await entrySizes(ROOT, built.dirs.npm, built.npm.chunks);
  const cdn = await cdnSizes(ROOT, built.dirs.cdn, built.cdn.chunks);
  const chart = await chartSizes(ROOT, cdn, entries);
  return {
    entries: entries.map((entry) => ({ ...withoutChunks(entry), lazyChunks: entry.lazyChunks?.map(withoutChunks) })),
    cdn: { ...cdn, lazyChunks: cdn.lazyChunks.map(withoutChunks) },
    chart,
  };
}

async function measureSpeed(built, options, environment) {
  const server = await startServer({ '/cdn/': built.dirs.cdn, '/page/': built.dirs.page }, join(BENCH, 'page/index.html'));
  const browser = await launch();
  environment.chromium = browser.version;
  browser.page.on('pageerror', (error) => log(`  page error: ${error.message}`));
  try {
    log(`Speed and heap (Chromium ${browser.version}, ${options.runs}–${options.maxRuns} runs per side, until the 95 % interval is within ±5 %)…`);
    const moduleOf = options.profile ? moduleMap(built.dirs.cdn, cdnEntryOf(built.cdn.chunks).fileName) : undefined;
    const context = { browser, origin: server.origin, runs: options.runs, maxRuns: options.maxRuns, only: options.only, log, moduleOf };
    const speed = await runTimedScenarios(context);
    const delivery = options.only('5') ? await runDelivery({ ...context, endpoint: server.endpoint }) : undefined;
    const lifecycle = options.only('7') ? await runLifecycle(context) : [];
    return { speed, delivery, lifecycle };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    return 1;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.suggestOnly) {
    log('Suggestion quality (leave-one-out on the sample manifests)…');
    const quality = await runSuggestQuality(ROOT);
    console.log(suggestLines(quality, textTable).join('\n'));
    const file = join(BENCH, 'RESULTS.md');
    writeFileSync(file, withSuggestSection(readFileSync(file, 'utf8'), suggestSection(quality, markdownTable)));
    log('Updated the "Suggestion quality" section of bench/RESULTS.md.');
    return 0;
  }
  const environment = {
    date: new Date().toISOString(),
    arguments: process.argv.slice(2),
    node: process.version,
    cpus: cpus().length,
    machine: { cpu: cpus()[0]?.model.trim() ?? 'unknown CPU', memoryBytes: totalmem(), system: `${type()} ${release()} ${arch()}` },
    loadAverage: loadavg(),
  };
  // Inside the project, so that bundling the built files resolves their dependencies.
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const scratch = mkdtempSync(join(cache, 'purpose-kit-bench-'));
  try {
    log(options.sizesOnly ? 'Building (npm, CDN)…' : 'Building (npm, CDN, benchmark page)…');
    const built = await buildAll(ROOT, scratch, {
      readable: options.profile,
      page: !options.sizesOnly,
    });
    const buildErrors = [built.npm, built.cdn, built.page].flatMap(({ error }) => (error ? [error] : []));
    const results = { environment, options: { runs: options.runs, maxRuns: options.maxRuns, profile: options.profile }, buildErrors };
    results.sizes = await measureSizes(built);
    if (options.only('suggest')) {
      log('Suggestion quality (leave-one-out on the sample manifests)…');
      results.suggest = await runSuggestQuality(ROOT);
    }
    const canRunSpeed = !options.sizesOnly && built.cdn.chunks && built.page.chunks;
    if (canRunSpeed) Object.assign(results, await measureSpeed(built, options, environment));
    results.checks = applyTargets(results);
    environment.seconds = Math.round((performance.now() - started) / 1000);
    environment.loadAverageEnd = loadavg();
    writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(report(results));
    // The size part alone (CI's check) leaves the committed table alone, and so does a profiled
    // run (its CDN module is built unminified, so its times are not the shipped code's).
    if (canRunSpeed && !options.profile) {
      writeFileSync(join(BENCH, 'RESULTS.md'), markdown(results));
      log('Wrote bench/results.json and bench/RESULTS.md (commit it to publish these figures).');
    } else {
      log(`Wrote bench/results.json (bench/RESULTS.md is written by a run of the speed part${options.profile ? ' without --profile' : ''}).`);
    }
    const scenarioFailed = [...(results.speed ?? []), results.delivery, ...(results.lifecycle ?? [])].some((row) => row?.error);
    const couldNotRun = !results.sizes || (!options.sizesOnly && !canRunSpeed) || scenarioFailed;
    if (couldNotRun) return 1;
    if (options.ceilings) {
      const over = sizesOverCeiling(results, JSON.parse(readFileSync(join(BENCH, 'size-ceilings.json'), 'utf8')));
      for (const line of over) console.log(`Size ceiling exceeded: ${line}`);
      if (over.length) return 1;
      console.log('Every size is within its ceiling (bench/size-ceilings.json).');
    }
    return options.strict && results.checks.some(({ verdict }) => verdict === 'fail') ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`npm run bench could not run: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
