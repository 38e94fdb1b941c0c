/**
 * End to end, in Chromium: an HR export imported into a running collector process
 * (`purpose-kit-server import workforce --server`), and `<pk-dividend-chart src=".../v1/metrics">`
 * from the CDN bundle on a page of another origin drawing the collector's numbers: its table view
 * holds exactly the served series (at the precision it shows), with "no data" where a group of
 * fewer than 5 people is withheld.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { ADMIN_TOKEN } from './support/collector.js';
import { launchChromium, squeeze, startChild, until, watchErrors, type Child } from './support/e2e.js';
import { EXPECTED, fixtureRows, skillEvents, toCsv } from './support/workforce-fixture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'dist/cdn/purpose-kit.js');
const CAPTIONS: Record<string, string> = {
  Retention: 'retention',
  'Internal mobility': 'mobility',
  'Skill-application latency': 'latency',
  'Sentiment alignment': 'alignment',
};

/** A table cell as the number it shows ("91.7%" → 0.917, "30 days" → 30, "−1.00" → -1), null for "no data". */
function shown(cell: string): number | null {
  if (/no data/.test(cell)) return null;
  const number = Number(cell.replace(/[−–]/g, '-').replace(/[^\d.+-]/g, ''));
  return cell.includes('%') ? number / 100 : number;
}

describe('the dividend chart on the collector\'s /v1/metrics, after an HR import (Chromium)', () => {
  let scratch: string;
  let collector: Child;
  let collectorUrl: string;
  let page: { origin: string; server: Server };
  let browser: Browser;

  before(async () => {
    if (!existsSync(BUNDLE)) execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn'], { cwd: ROOT });
    const server = createServer(async (request, response) => {
      // The bundle and the chunks it loads on demand (Chart.js).
      const asset = /^\/cdn\/([\w.-]+\.js)$/.exec(request.url ?? '')?.[1];
      if (asset) {
        const path = join(ROOT, 'dist/cdn', asset);
        if (existsSync(path)) response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(await readFile(path));
        else response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Purpose Dividend</title><link rel="icon" href="data:,">
<script type="module" src="/cdn/purpose-kit.js"></script></head>
<body><pk-dividend-chart src="${collectorUrl}/v1/metrics" view="table"></pk-dividend-chart></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    page = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
    scratch = mkdtempSync(join(tmpdir(), 'pk-e2e-workforce-'));
    collector = startChild(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'server/src/cli.ts'), '--dev', '--data', join(scratch, 'data'), '--manifest', join(ROOT, 'demo/manifest.json'), '--port', '0', '--quiet'],
      { cwd: ROOT, env: { ...process.env, PK_ALLOWED_ORIGINS: page.origin, PK_ADMIN_TOKEN: ADMIN_TOKEN } },
    );
    collectorUrl = (await collector.waitFor(/listening on (http:\/\/\S+)/))[1]!;
    const events = await fetch(`${collectorUrl}/v1/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ events: skillEvents() }) });
    assert.equal(events.status, 200);
    const csv = join(scratch, 'hr.csv');
    writeFileSync(csv, toCsv(fixtureRows()));
    const importer = startChild(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/cli.ts'), 'import', 'workforce', csv, '--server', collectorUrl], {
      cwd: ROOT,
      env: { ...process.env, PK_ADMIN_TOKEN: ADMIN_TOKEN },
    });
    assert.equal((await importer.exited).code, 0, importer.output());
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await collector?.stop();
    if (page) await new Promise((resolve) => page.server.close(resolve));
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('shows in its table view the numbers the collector serves, and no data for a withheld group', async () => {
    const served = await (await fetch(`${collectorUrl}/v1/metrics`)).json();
    assert.deepEqual(served.series, EXPECTED.series);
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors = watchErrors(tab);
    try {
      await tab.goto(`${page.origin}/`);
      const tables = tab.locator('pk-dividend-chart table[part~="table"]');
      await until(async () => (await tables.count()) === 4, 'four tables (one per metric)').catch(async (error: Error) => {
        const shown = await tab.locator('pk-dividend-chart').evaluate((chart) => chart.shadowRoot?.textContent ?? '(no shadow root)');
        throw new Error(`${error.message}; the chart shows: ${squeeze(shown)}; errors: ${errors.join('\n')}`);
      });
      const drawn: Record<string, { aligned: (number | null)[]; baseline: (number | null)[] }> = {};
      const periods: string[][] = [];
      for (const table of await tables.all()) {
        const metric = CAPTIONS[squeeze(await table.locator('caption').textContent())]!;
        const rows = await table.locator('tbody tr').all();
        const cells = await Promise.all(rows.map(async (row) => (await row.locator('th, td').allTextContents()).map(squeeze)));
        periods.push(cells.map((row) => row[0]!));
        drawn[metric] = { aligned: cells.map((row) => shown(row[1]!)), baseline: cells.map((row) => shown(row[2]!)) };
      }
      for (const list of periods) assert.deepEqual(list, served.periods);
      for (const [metric, series] of Object.entries(served.series) as [string, { aligned: (number | null)[]; baseline: (number | null)[] }][]) {
        for (const cohort of ['aligned', 'baseline'] as const) {
          series[cohort].forEach((value, i) => {
            const cell = drawn[metric]![cohort][i];
            if (value === null) assert.equal(cell, null, `${metric} ${cohort} ${served.periods[i]}: withheld`);
            else assert.ok(cell !== null && Math.abs(cell - value) < 0.0051, `${metric} ${cohort} ${served.periods[i]}: table ${cell}, served ${value}`);
          });
        }
      }
      // The aligned cohort's internal mobility in 2025-Q2 is about 4 people: "no data".
      assert.equal(drawn.mobility!.aligned[1], null);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
