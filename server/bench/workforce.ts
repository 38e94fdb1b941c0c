/**
 * The workforce part of `npm run bench:server`: a generated HR export of 50,000 people × 8 quarters
 * (400,000 rows; 10,000 people with --quick) imported with `purpose-kit-server import workforce
 * --server` into a running collector, as an operator does while it serves. Measured: the import's
 * time, the CLI's peak RSS (the streaming parse), the server's peak RSS meanwhile, and the time of
 * `GET /v1/metrics`: right after the import, kept, and computed whole by a freshly started collector.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateMetrics } from '../../src/core/metrics/validate.js';
import { ADMIN_TOKEN, admin } from '../test/support/collector.js';
import { startServerProcess, type ServerProcessOptions } from '../test/support/server-process.js';
import { writeWorkforceFile } from './workforce-file.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MB = 1024 * 1024;

export interface WorkforceResult {
  people: number;
  rows: number;
  importSeconds: number;
  cliPeakRssBytes: number;
  serverPeakRssBytes: number;
  serverRssBeforeBytes: number;
  /** The first request after the import (the collector starts computing when the import commits). */
  metricsAfterImportMs: number;
  metricsCachedMs: number;
  /** The first request to a freshly started collector: the whole computation, nothing kept. */
  metricsFreshProcessMs: number;
}

export async function workforceBench(location: ServerProcessOptions, people: number, say: (line: string) => void): Promise<WorkforceResult> {
  const file = join(tmpdir(), `pk-bench-workforce-${process.pid}.csv`);
  const { rows } = await writeWorkforceFile(file, people);
  if (location.dataDir) await (await startServerProcess(location)).stop(); // the first start makes the directory (initdb): not measured here
  let server = await startServerProcess({ ...location, args: ['--rate-limit', '0'] });
  try {
    const manifest = readFileSync(join(ROOT, 'demo/manifest.json'), 'utf8');
    const put = await fetch(`${server.url}/v1/manifest`, { method: 'PUT', headers: { ...admin, 'Content-Type': 'application/json' }, body: manifest });
    if (put.status !== 201 && put.status !== 428) throw new Error(`PUT /v1/manifest: ${put.status}`);
    const serverRssBeforeBytes = server.peakRss() ?? Number.NaN;
    const started = performance.now();
    const cli = await runSampled(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/cli.ts'), 'import', 'workforce', file, '--server', server.url]);
    const importSeconds = (performance.now() - started) / 1000;
    if (cli.code !== 0) throw new Error(`import workforce failed (${cli.code}): ${cli.output}`);
    const time = async () => {
      const at = performance.now();
      const response = await fetch(`${server.url}/v1/metrics`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
      const document = await response.json();
      if (!response.ok || !validateMetrics(document).ok) throw new Error(`/v1/metrics: ${response.status} ${JSON.stringify(document).slice(0, 300)}`);
      return performance.now() - at;
    };
    const metricsAfterImportMs = await time();
    const metricsCachedMs = await time();
    const serverPeakRssBytes = server.peakRss() ?? Number.NaN;
    await server.stop();
    server = await startServerProcess({ ...location, args: ['--rate-limit', '0'] });
    const metricsFreshProcessMs = await time();
    say(
      `  ${rows.toLocaleString('en-US')} rows (${people.toLocaleString('en-US')} people × 8 quarters) imported through the server in ${importSeconds.toFixed(1)} s; ` +
        `CLI peak RSS ${Math.round(cli.peakRssBytes / MB)} MB; server peak RSS ${Math.round(serverPeakRssBytes / MB)} MB (${Math.round(serverRssBeforeBytes / MB)} MB before); ` +
        `/v1/metrics ${Math.round(metricsAfterImportMs)} ms right after the import, ${Math.round(metricsCachedMs)} ms kept, ${Math.round(metricsFreshProcessMs)} ms computed whole by a fresh process`,
    );
    return { people, rows, importSeconds, cliPeakRssBytes: cli.peakRssBytes, serverPeakRssBytes, serverRssBeforeBytes, metricsAfterImportMs, metricsCachedMs, metricsFreshProcessMs };
  } finally {
    await server.stop();
    rmSync(file, { force: true });
  }
}

/** Runs a command, sampling its peak RSS (VmHWM, which only grows) every 50 ms until it exits. */
function runSampled(command: string, args: string[]): Promise<{ code: number | null; output: string; peakRssBytes: number }> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, PK_ADMIN_TOKEN: ADMIN_TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let peak = 0;
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const sample = setInterval(() => {
    try {
      const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      if (kilobytes) peak = Math.max(peak, Number(kilobytes) * 1024);
    } catch {
      // it has just ended
    }
  }, 50);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearInterval(sample);
      resolve({ code, output, peakRssBytes: peak });
    }),
  );
}
