/**
 * End to end, in Chromium: what `npm start` promises. The demo runs as `npm start` runs it
 * (`vite --config demo/vite.config.ts`, on a free port), which starts the real collector
 * (`purpose-kit-server --dev`) as its own process behind `/pk`. A rating made on "My learning"
 * shows in the relevance report on "L&D Ops"; an SME's endorsement shows on the rater after a
 * reload; a "discussed" mark in the manager's digest survives a reload, and shows on another device.
 * Stopping Vite stops the collector.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { alive, childrenOf, commandLine, courseTable, launchChromium, squeeze, startChild, until, watchErrors, type Child } from './support/e2e.js';
import { freePort } from './support/ports.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The binary `npm start` runs (`vite --config demo/vite.config.ts`), with npm's .bin on the PATH. */
const VITE = join(ROOT, 'node_modules/.bin/vite');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'demo/manifest.json'), 'utf8'));
const COURSE = 'data-privacy-essentials';
const TITLE = 'Data Privacy Essentials';
const HISTORY: number = MANIFEST.courses.find((course: { id: string }) => course.id === COURSE).ratings.count;
/** The demo's manager (demo/collector.ts DEMO_MANAGER), whose team the Manager tab shows. */
const MANAGER = 'jonas.weber';




async function ratingsCount(page: Page): Promise<string | undefined> {
  return (await courseTable(page))[TITLE]?.Ratings;
}

describe('the demo (npm start) on the real collector, in Chromium', () => {
  let vite: Child;
  let base: string;
  let collectorPid: number | undefined;
  /** The collector's PGlite directory (its --data). */
  let data: string | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  /** What the collector stored, through the demo's proxy. */
  const exported = async (): Promise<any[]> => {
    const response = await fetch(`${base}/pk/v1/export`);
    assert.equal(response.status, 200);
    return (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line));
  };
  const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();
  const rater = () => page.locator('pk-relevance-rater');

  before(async () => {
    const port = await freePort();
    vite = startChild(VITE, ['--config', 'demo/vite.config.ts', '--port', String(port), '--strictPort'], { cwd: ROOT });
    // Vite's ready line ("VITE v8.3.8  ready in 5000 ms") comes once its config hook has started the collector.
    await vite.waitFor(/ready in/);
    base = `http://localhost:${port}`;
    await until(async () => (await fetch(`${base}/pk/healthz`)).ok, 'the collector behind /pk', 30_000);
    collectorPid = childrenOf(vite.pid).find((pid) => commandLine(pid).includes('server/src/cli.ts'));
    if (collectorPid !== undefined) data = /--data (\S+)/.exec(commandLine(collectorPid))?.[1];
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto(`${base}/`);
  });

  after(async () => {
    await browser?.close();
    await vite?.stop();
    // Only when the last test failed: neither the collector nor its data may outlive the test run.
    if (collectorPid !== undefined && alive(collectorPid)) process.kill(collectorPid, 'SIGKILL');
    if (data?.includes('purpose-kit-demo-')) rmSync(data, { recursive: true, force: true });
  });

  it('a rating sent on "My learning" shows in the relevance report on "L&D Ops"', async () => {
    await tab('L&D Ops');
    await until(async () => (await ratingsCount(page)) === HISTORY.toLocaleString('en'), "the report's count before the rating (the manifest's history)");

    await tab('My learning');
    const relevance = rater().getByRole('radiogroup', { name: 'How relevant is this to your role?' });
    const clarity = rater().getByRole('radiogroup', { name: 'How clearly do you see how this advances Client Trust?' });
    await relevance.getByRole('radio', { name: /Essential to my role$/ }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(squeeze(await clarity.getByRole('radio', { checked: true }).textContent()), '3 Moderately clear');
    await rater().getByRole('button', { name: 'Send rating' }).click();
    await until(async () => squeeze(await rater().locator('[part~="status"]').first().textContent()) === 'Sent. Thank you.', 'the rater to say the rating was sent');

    // The demo's generated learners rated other courses (their completions, demo/collector.ts); none rated this one.
    const stored = (await exported()).filter((event) => event.type === 'rating' && event.courseId === COURSE);
    assert.deepEqual(
      stored.map(({ courseId, data }) => ({ courseId, data })),
      [{ courseId: COURSE, data: { relevance: 5, clarity: 3 } }],
    );

    await tab('L&D Ops');
    await until(async () => (await ratingsCount(page)) === (HISTORY + 1).toLocaleString('en'), 'the report to count the rating');
    const ratings = await fetch(`${base}/pk/v1/ratings`).then((response) => response.json());
    assert.deepEqual(ratings.items.find((item: { course: string }) => item.course === COURSE).recent, { count: 1, relevance: 5, clarity: 3 });
    assert.deepEqual(errors, []);
  });

  const problem = 'Cut the personal data we keep per client contract from 14 fields to 5.';

  it("an SME's endorsement sent through the rater shows on the rater after a reload", async () => {
    await tab('My learning');
    const toggle = rater().getByRole('button', { name: 'This helped me solve a strategic problem' });
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await rater().getByLabel('The problem it helped you solve, in one sentence').fill(problem);
    await rater().getByLabel('Strategic pillar it advanced').selectOption({ label: 'Operational Efficiency' });
    await rater().getByRole('button', { name: 'Send endorsement' }).click();
    await until(async () => squeeze(await rater().locator('[part~="endorse"] [part~="status"]').textContent()) === 'Sent. Thank you.', 'the rater to say the endorsement was sent');
    const stored = (await exported()).filter((event) => event.type === 'endorsement');
    assert.deepEqual(
      stored.map(({ courseId, data }) => ({ courseId, data })),
      [{ courseId: COURSE, data: { problem, pillar: 'operational-efficiency' } }],
    );

    // The manifest has no endorsement of this course: after the reload the rater can only have it from the collector.
    assert.equal(MANIFEST.endorsements.filter((endorsement: { course: string }) => endorsement.course === COURSE).length, 0);
    await page.reload();
    const summary = rater().locator('[part~="endorsements"] summary');
    await until(async () => (await summary.count()) > 0, "the rater's endorsements");
    assert.deepEqual((await summary.allTextContents()).map(squeeze), ['Endorsed by 1 expert for Operational Efficiency']);
    await summary.click();
    const endorsement = rater().locator('[part~="endorsement"]');
    assert.equal(squeeze(await endorsement.locator('q').textContent()), problem);
    // docs/collector.md: without the identity provider's claims the expert is the team roster's member with that learner id.
    assert.match(squeeze(await endorsement.textContent()), /— Priya Raman, Senior Key Account Manager, /);
    assert.deepEqual(errors, []);
  });

  it("the same endorsement waits in the studio's inbox on \"L&D Ops\"; accepted and saved, the manifest every element reads carries it", async () => {
    await tab('L&D Ops');
    const studio = page.locator('pk-manifest-studio');
    const inbox = studio.getByRole('button', { name: 'Inbox (1 waiting)', exact: true });
    await until(async () => (await inbox.count()) === 1, "the studio's inbox holding the endorsement");
    await inbox.click();
    await studio.getByRole('button', { name: `Accept the endorsement by Priya Raman of ${TITLE}`, exact: true }).click();
    await studio.getByRole('button', { name: 'Save', exact: true }).click();
    await until(async () => /saved/i.test(squeeze(await studio.getByRole('status').first().textContent())), 'the studio saying it saved');
    const served = await (await fetch(`${base}/pk/v1/manifest`)).json();
    assert.deepEqual(
      served.endorsements
        .filter((endorsement: { course: string }) => endorsement.course === COURSE)
        .map(({ expert, pillar, problem: text }: { expert: { name: string }; pillar: string; problem: string }) => ({ expert: expert.name, pillar, problem: text })),
      [{ expert: 'Priya Raman', pillar: 'operational-efficiency', problem }],
    );
    // Curated now: the rater lists it once (not again from the collector's sent endorsements).
    await tab('My learning');
    await page.reload();
    const summary = rater().locator('[part~="endorsements"] summary');
    await until(async () => (await summary.count()) > 0, "the rater's endorsements");
    assert.deepEqual((await summary.allTextContents()).map(squeeze), ['Endorsed by 1 expert for Operational Efficiency']);
    assert.deepEqual(errors, []);
  });

  it('a "discussed" mark in the Manager tab survives a reload, and shows on another device (the collector keeps it)', async () => {
    const prompt = (on: Page): Locator =>
      on.locator('pk-team-digest [part~="member"]', { hasText: 'Priya Raman' }).locator('[part~="completion"]', { hasText: TITLE });
    await tab('Manager');
    const button = prompt(page).getByRole('button');
    assert.equal(squeeze(await button.textContent()), 'Mark as discussed');
    await button.click();
    assert.equal(squeeze(await button.textContent()), 'Discussed');

    // The collector has the mark for the manager.
    const discussed = await until(async () => {
      const team = await fetch(`${base}/pk/v1/teams/${MANAGER}`).then((response) => response.json());
      return team.discussed?.length ? team.discussed : undefined;
    }, "the mark in the team's discussed list");
    assert.equal(discussed.length, 1);

    await page.reload();
    await tab('Manager');
    await until(async () => squeeze(await prompt(page).getByRole('button').textContent()) === 'Discussed', 'the mark after a reload');
    assert.match(squeeze(await prompt(page).locator('[part~="discussed-on"]').textContent()), /^Discussed on /);

    // Another device (a browser context with nothing stored) has the mark only from the collector.
    const other = await browser.newContext();
    try {
      const elsewhere = await other.newPage();
      const otherErrors = watchErrors(elsewhere);
      await elsewhere.goto(`${base}/`);
      await elsewhere.getByRole('tab', { name: 'Manager', exact: true }).click();
      await until(async () => squeeze(await prompt(elsewhere).getByRole('button').textContent()) === 'Discussed', 'the mark on another device');
      // Only this one prompt is marked.
      assert.equal(await elsewhere.locator('pk-team-digest [part~="discuss"][part~="discussed"]').count(), 1);
      assert.deepEqual(otherErrors, []);
    } finally {
      await other.close();
    }
    assert.deepEqual(errors, []);
  });

  it("the Leadership tab's Purpose Dividend is the collector's /v1/metrics, from the HR export the demo imported", async () => {
    const response = await fetch(`${base}/pk/v1/metrics`);
    assert.equal(response.status, 200);
    const served = (await response.json()) as { periods: string[]; series: Record<string, unknown> };
    assert.deepEqual(served.periods, ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    assert.ok(served.series.retention && served.series.mobility, 'retention and mobility series from the import');
    await tab('Leadership');
    const chart = page.locator('#lead-area pk-dividend-chart[metric="all"]');
    // The table view names every period the collector served.
    await chart.evaluate((element) => element.setAttribute('view', 'table'));
    const tables = chart.locator('table[part~="table"]');
    await until(async () => (await tables.count()) > 0, 'the chart in its table view');
    const text = squeeze(await tables.first().textContent());
    for (const period of served.periods) assert.ok(text.includes(period), `${period} in the table: ${text}`);
    assert.deepEqual(errors, []);
  });

  it("the Leadership tab's Human Sustainability lens draws the collector's numbers", async () => {
    const served = (await (await fetch(`${base}/pk/v1/metrics`)).json()) as {
      periods: string[];
      sustainability?: { futureProof: { organization: (number | null)[] }; wellbeing: (number | null)[]; retention: { aligned: (number | null)[] } };
    };
    const lens = served.sustainability;
    assert.ok(lens, 'a sustainability section: the demo manifest names skills');
    assert.ok(lens.futureProof.organization.every((value) => value !== null), "a future-proof share in every quarter (the export's people took courses)");
    assert.ok(lens.wellbeing.some((value) => value !== null && value > 0 && value < 1), 'a positive but imperfect relation between learning and wellbeing');
    await tab('Leadership');
    const chart = page.locator('#lead-area pk-dividend-chart#sustainability');
    const canvases = chart.locator('canvas[data-lens]');
    await until(async () => (await canvases.count()) === 4, 'the four charts of the lens');
    const painted = () =>
      chart.evaluate((element) =>
        [...element.shadowRoot!.querySelectorAll('canvas')].every((canvas) => {
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let pixels = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) pixels++;
          return pixels > 500;
        }),
      );
    await until(painted, 'the lens charts painted by Chart.js');
    await chart.evaluate((element) => element.setAttribute('view', 'table'));
    const everyone = chart.locator('table[part~="table"]').first().locator('tbody tr').first();
    await until(async () => (await everyone.count()) > 0, 'the lens in its table view');
    const cells = (await everyone.locator('td').allTextContents()).map(squeeze);
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    assert.deepEqual(cells, lens.futureProof.organization.map((value) => percent.format(value!)));
    assert.equal(squeeze(await everyone.locator('th').textContent()), 'Everyone');
    assert.deepEqual(errors, []);
  });

  it('stopping Vite stops the collector it started, and removes its data directory', async () => {
    assert.ok(collectorPid !== undefined, `a collector process under Vite (PID ${vite.pid}); its children: ${childrenOf(vite.pid).map(commandLine).join('; ')}`);
    assert.ok(data && existsSync(data), `the collector's data directory (${data})`);
    await browser.close();
    await vite.stop();
    await until(() => !alive(collectorPid!), `the collector (PID ${collectorPid}) to end once Vite has`, 10_000);
    assert.equal(existsSync(data!), false, `${data} is left behind`);
  });
});
