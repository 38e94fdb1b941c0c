/**
 * The re-wrap loop end to end, in Chromium, with real parts only: a 300-course LMS export imported by
 * the real CLI (`purpose-kit import catalogue … --into`), a collector process serving that manifest
 * and trusting a test identity provider, an SME's endorsement sent as the rater sends it,
 * `<pk-manifest-studio>` from the CDN bundle on a page of another origin, driven with the keyboard
 * only: five courses re-wrapped (why framing, pillar, impact tag), one of them through a suggestion,
 * a hero pathway built, the endorsement accepted from the inbox, saved with If-Match. Then the saved
 * manifest, read back from the collector, goes through the real `purpose-kit audit` (those five
 * courses' flags are cleared, the others' are not) and a why-banner on another page shows the new
 * framing from it.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { call, rating } from './support/collector.js';
import { launchChromium, squeeze, startChild, until, watchErrors, type Child } from './support/e2e.js';
import { startIdentityProvider, type IdentityProvider } from './support/jwt.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CDN = join(ROOT, 'dist/cdn');
const CLI = join(ROOT, 'bin/purpose-kit.mjs');
const CATALOGUE = join(ROOT, 'test/fixtures/catalogue/catalogue-300.csv');

/** The five most-used courses of the export, and how L&D operations re-wrap each. */
const REWRAPS = [
  {
    id: 'C0001',
    title: 'Grid Integration Foundations',
    from: 'a connection backlog nobody owns',
    to: 'clean generation connected this year',
    statement: 'Every week a wind or solar farm waits for its connection is a week of clean generation lost.',
    pillar: 'sustainable-energy',
    tag: 'Speeds Up Renewable Grid Connections for the Q2 Pipeline',
  },
  {
    id: 'C0002',
    title: 'Data Privacy Foundations',
    from: 'avoiding GDPR fines',
    to: 'protecting client trust as a competitive differentiator',
    statement: 'Clients renew with the utility that keeps their meter data safe.',
    pillar: 'client-trust',
    tag: 'Builds Privacy by Design into the Q2 Smart-Meter Rollout',
  },
  {
    id: 'C0003',
    title: 'Python Automation Foundations',
    from: 'a scripting course',
    to: 'hours back for the control room every week',
    statement: 'Automated SCADA reports free engineers for the Q3 efficiency programme.',
    pillar: 'operational-efficiency',
    tag: 'Enables Automation for Q3 Efficiency Goals',
  },
  {
    id: 'C0004',
    title: 'Negotiation Foundations',
    from: 'haggling over price',
    to: 'renewals our key accounts plan with us',
    statement: 'Key-account renewals due in Q3 are decided in conversations this course prepares.',
    pillar: 'client-trust',
    tag: 'Protects Key-Account Renewals Due in Q3',
  },
  {
    id: 'C0005',
    title: 'Electrical Safety Foundations',
    from: 'a yearly compliance tick',
    to: 'everyone home safe after the winter works',
    statement: 'The five safety rules are how we reach zero lost-time injuries in the Q3 winter-readiness works.',
    pillar: 'zero-harm',
    tag: 'Targets Zero Lost-Time Injuries During Q3 Winter-Readiness Works',
  },
] as const;
const PATHWAY = { title: 'Connecting the Renewables Queue', department: 'Engineering', pillar: 'sustainable-energy', courses: ['C0001', 'C0003'] };
const PROBLEM = 'The hosting-capacity exercises let us clear 46 stalled solar connection requests without a new transformer.';

/** The demo organization's strategy (organization, pillars, impact tags) without any course: what L&D has before the import. */
function strategyOnly(): object {
  const demo = JSON.parse(readFileSync(join(ROOT, 'demo/manifest.json'), 'utf8'));
  return { version: 1, organization: demo.organization, pillars: demo.pillars, pathways: [], courses: [], impactTags: demo.impactTags };
}

const pillarTitleOf = (id: string): string => (strategyOnly() as { pillars: { id: string; title: string }[] }).pillars.find((pillar) => pillar.id === id)!.title;

const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('a 300-course catalogue through import, the studio (keyboard only), save, audit and the banner (Chromium)', () => {
  let scratch: string;
  let idp: IdentityProvider;
  let collector: Child;
  let collectorUrl: string;
  let site: { origin: string; server: Server };
  let browser: Browser;
  let importReport = '';

  before(async () => {
    if (!existsSync(join(CDN, 'purpose-kit.js')) || !existsSync(join(ROOT, 'dist/cli.js'))) {
      execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT });
      execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn'], { cwd: ROOT });
    }
    scratch = mkdtempSync(join(tmpdir(), 'pk-e2e-studio-'));
    const manifestFile = join(scratch, 'manifest.json');
    writeFileSync(manifestFile, JSON.stringify(strategyOnly()));
    const imported = cli(['import', 'catalogue', CATALOGUE, '--into', manifestFile, '--out', manifestFile]);
    importReport = `${imported.stdout}${imported.stderr}`;
    assert.equal(imported.status, 0, importReport);

    idp = await startIdentityProvider();
    const server = createServer(async (request, response) => {
      const url = new URL(request.url ?? '/', 'http://host');
      const asset = /^\/cdn\/([\w.-]+\.js)$/.exec(url.pathname)?.[1];
      if (asset) {
        const path = normalize(join(CDN, asset));
        if (path.startsWith(CDN) && existsSync(path)) response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(path));
        else response.writeHead(404).end();
        return;
      }
      // The intranet's own session gives the signed-in L&D operations person a short-lived token.
      if (url.pathname === '/token') {
        response.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end(await idp.token('lee.ldops', { roles: ['ld-ops'], name: 'Lee' }));
        return;
      }
      const body =
        url.pathname === '/banner'
          ? `<pk-why-banner course="${url.searchParams.get('course')}" manifest="${collectorUrl}/v1/manifest"></pk-why-banner>`
          : '<pk-manifest-studio></pk-manifest-studio>';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>L&amp;D operations</title><link rel="icon" href="data:,">
<script type="module">
  import { configure } from '/cdn/purpose-kit.js';
  configure({
    collector: ${JSON.stringify(collectorUrl)},
    headers: async () => ({ Authorization: 'Bearer ' + (await (await fetch('/token')).text()) }),
  });
</script></head>
<body><main>${body}</main></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    site = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };

    collector = startChild(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'server/src/cli.ts'), '--data', join(scratch, 'data'), '--manifest', manifestFile, '--port', '0', '--quiet'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: '',
          PK_SECRET: 'an-e2e-studio-secret-of-some-length',
          PK_JWKS_URL: idp.jwksUrl,
          PK_JWT_ISSUER: idp.issuer,
          PK_JWT_AUDIENCE: idp.audience,
          PK_ALLOWED_ORIGINS: site.origin,
        },
      },
    );
    collectorUrl = (await collector.waitFor(/listening on (http:\/\/\S+)/))[1]!;

    // An engineer sends an endorsement through the rater, signed in as themself.
    const sme = `Bearer ${await idp.token('ingrid.solberg', { name: 'Ingrid Solberg', title: 'Principal Grid Planning Engineer' })}`;
    const sent = await call(collectorUrl, 'POST', '/v1/events', {
      headers: { Authorization: sme },
      body: { events: [{ ...rating('ingrid.solberg', 'C0001', 1, 1), type: 'endorsement', data: { problem: PROBLEM, pillar: 'sustainable-energy' } }] },
    });
    assert.equal(sent.status, 200, sent.text);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await collector?.stop();
    await idp?.stop();
    if (site) await new Promise((resolve) => site.server.close(resolve));
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('the import placed 300 courses nowhere and its audit says what they lack', () => {
    const manifest = JSON.parse(readFileSync(join(scratch, 'manifest.json'), 'utf8'));
    assert.equal(manifest.courses.length, 300);
    assert.equal(manifest.courses.filter((course: { pillar?: string; impactTags: string[]; why?: object }) => course.pillar || course.impactTags.length || course.why).length, 0);
    assert.match(importReport, /no-why|No why/i);
  });

  it('five courses re-wrapped, a hero pathway built and an endorsement accepted with the keyboard, saved; the audit and the banner see them', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const studio = page.locator('pk-manifest-studio');
    const keys = keyboard(page);
    try {
      await page.goto(`${site.origin}/`);
      await until(async () => (await studio.getByRole('button', { name: REWRAPS[0].title, exact: true }).count()) === 1, 'the audit list');
      // The list is the audit's: most used first.
      const firstRows = await studio.locator('[part~="row"]').evaluateAll((rows) => rows.slice(0, 5).map((row) => row.querySelector('button')?.textContent?.trim()));
      assert.deepEqual(firstRows, REWRAPS.map(({ title }) => title));

      await page.keyboard.press('Tab'); // into the page; the rest is keyboard only
      for (const [i, course] of REWRAPS.entries()) {
        await keys.tabTo(studio.getByRole('button', { name: course.title, exact: true }));
        await page.keyboard.press('Enter');
        await keys.tabTo(studio.getByRole('textbox', { name: 'From', exact: true }));
        await page.keyboard.type(course.from);
        await page.keyboard.press('Tab');
        await page.keyboard.type(course.to);
        await page.keyboard.press('Tab');
        await page.keyboard.type(course.statement);
        const pillarTitle = pillarTitleOf(course.pillar);
        if (i === 0) {
          // The first through the suggestions: its words match the pillar's.
          await keys.tabTo(studio.getByRole('button', { name: `Accept ${pillarTitle}`, exact: true }));
          await page.keyboard.press('Enter');
        } else {
          await keys.tabTo(studio.getByRole('combobox', { name: 'Pillar of the course', exact: true }));
          await page.keyboard.type(pillarTitle);
        }
        await until(async () => (await studio.getByRole('combobox', { name: 'Pillar of the course', exact: true }).inputValue()) === course.pillar, `${course.id} on ${course.pillar}`);
        await keys.tabTo(studio.getByRole('checkbox', { name: course.tag, exact: true }));
        await page.keyboard.press('Space');
        if (i === 0) {
          await keys.tabTo(studio.getByRole('button', { name: 'New pathway', exact: true }));
          await page.keyboard.press('Enter');
          await keys.tabTo(studio.getByRole('textbox', { name: 'Pathway title', exact: true }));
          await page.keyboard.type(PATHWAY.title);
          await keys.tabTo(studio.getByRole('textbox', { name: 'Department', exact: true }));
          await page.keyboard.type(PATHWAY.department);
          await keys.tabTo(studio.getByRole('combobox', { name: 'Pillar of the pathway', exact: true }));
          await page.keyboard.type(pillarTitleOf(PATHWAY.pillar));
          await keys.tabTo(studio.getByRole('button', { name: 'Create pathway', exact: true }));
          await page.keyboard.press('Enter');
          // Focus moves to the new pathway's hero checkbox.
          const hero = studio.getByRole('checkbox', { name: `Hero pathway: ${PATHWAY.title}`, exact: true });
          await until(() => keys.hasFocus(hero), 'focus on the new pathway\'s hero checkbox');
          await page.keyboard.press('Space');
          await until(() => hero.isChecked(), 'the pathway marked hero');
        }
        if (PATHWAY.courses.includes(course.id) && i > 0) {
          await keys.tabTo(studio.getByRole('combobox', { name: 'Pathway to add the course to', exact: true }));
          await page.keyboard.type(PATHWAY.title);
          await keys.tabTo(studio.getByRole('button', { name: 'Add to pathway', exact: true }));
          await page.keyboard.press('Enter');
          await until(async () => (await studio.getByRole('checkbox', { name: `Hero pathway: ${PATHWAY.title}`, exact: true }).count()) === 1, `${course.id} in the pathway`);
        }
        // The preview is the real banner with the draft's framing.
        await until(async () => (await previewText(page)).includes(course.to), `${course.id}'s preview showing the new framing`);
        await keys.tabTo(studio.getByRole('button', { name: 'Back to the courses', exact: true }), true);
        await page.keyboard.press('Enter');
      }

      await keys.tabTo(studio.getByRole('button', { name: /^Inbox \(1 waiting\)$/ }), true);
      await page.keyboard.press('Enter');
      await keys.tabTo(studio.getByRole('button', { name: `Accept the endorsement by Ingrid Solberg of ${REWRAPS[0].title}`, exact: true }));
      await page.keyboard.press('Enter');
      await keys.tabTo(studio.getByRole('button', { name: 'Save', exact: true }), true);
      await page.keyboard.press('Enter');
      await until(async () => /saved/i.test(squeeze(await studio.getByRole('status').first().textContent())), 'the studio saying it saved');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }

    // What the collector now serves.
    const saved = (await call(collectorUrl, 'GET', '/v1/manifest')).json;
    const byId = new Map(saved.courses.map((course: { id: string }) => [course.id, course]));
    for (const course of REWRAPS) {
      const stored = byId.get(course.id) as { why?: { statement: string; reframe?: { from: string; to: string } }; pillar?: string; impactTags: string[] };
      assert.deepEqual(stored.why, { statement: course.statement, reframe: { from: course.from, to: course.to } }, course.id);
      assert.equal(stored.pillar, course.pillar, course.id);
      const tag = saved.impactTags.find((candidate: { label: string }) => candidate.label === course.tag);
      assert.deepEqual(stored.impactTags, [tag.id], course.id);
    }
    const pathway = saved.pathways.find((candidate: { title: string }) => candidate.title === PATHWAY.title);
    assert.deepEqual({ pillar: pathway.pillar, department: pathway.department, hero: pathway.hero, courses: pathway.courses }, { pillar: PATHWAY.pillar, department: PATHWAY.department, hero: true, courses: PATHWAY.courses });
    assert.deepEqual(
      saved.endorsements.map(({ expert, course, pillar, problem }: Record<string, unknown>) => ({ expert: (expert as { name: string }).name, course, pillar, problem })),
      [{ expert: 'Ingrid Solberg', course: 'C0001', pillar: 'sustainable-energy', problem: PROBLEM }],
    );
    const ldOps = { Authorization: `Bearer ${await idp.token('lee.ldops', { roles: ['ld-ops'] })}` };
    assert.deepEqual((await call(collectorUrl, 'GET', '/v1/endorsements/inbox', { headers: ldOps })).json.endorsements, [], 'the accepted endorsement left the inbox');

    // The real audit of the saved manifest: the five courses' flags are cleared, the rest still flagged.
    const savedFile = join(scratch, 'saved.json');
    writeFileSync(savedFile, JSON.stringify(saved));
    const audit = cli(['audit', savedFile, '--json', '--top', '100']);
    assert.equal(audit.status, 1, `exit 1: courses still to fix (the other 295)\n${audit.stderr}`);
    const rows = JSON.parse(audit.stdout).rows as { course: string; flags: string[] }[];
    const flags = new Map(rows.map((row) => [row.course, row.flags]));
    assert.equal(flags.size, 300);
    for (const course of REWRAPS) assert.deepEqual(flags.get(course.id), [], `${course.id}'s audit flags`);
    assert.deepEqual(flags.get('C0006'), ['no-why', 'no-impact-tag']);
    assert.deepEqual(flags.get('C0010'), ['no-why', 'no-impact-tag', 'mandatory-without-purpose']);

    // A learner's page: the why-banner shows the new framing from the saved manifest.
    const learner = await browser.newPage();
    const learnerErrors = watchErrors(learner);
    try {
      await learner.goto(`${site.origin}/banner?course=C0002`);
      await until(async () => (await bannerText(learner)).includes(REWRAPS[1].statement), 'the banner showing the saved statement');
      const shown = await bannerText(learner);
      assert.ok(shown.includes(REWRAPS[1].from) && shown.includes(REWRAPS[1].to), shown);
      assert.deepEqual(learnerErrors, []);
    } finally {
      await learner.close();
    }
  });
});

/** Keyboard helpers: Tab (or Shift+Tab) until a control has focus, reading focus through shadow roots. */
function keyboard(page: Page) {
  const hasFocus = (target: ReturnType<Page['locator']>) =>
    target.evaluate((element) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active === element;
    }).catch(() => false);
  return {
    hasFocus,
    async tabTo(target: ReturnType<Page['locator']>, back = false, max = 400): Promise<void> {
      await target.first().waitFor({ state: 'attached', timeout: 10_000 });
      for (let i = 0; i < max; i++) {
        if (await hasFocus(target.first())) return;
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      }
      throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${target}`);
    },
  };
}

/** The text of the studio's preview banner (its shadow root), flattened. */
function previewText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const banner = document.querySelector('pk-manifest-studio')?.shadowRoot?.querySelector('pk-why-banner');
    return (banner?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
  });
}

function bannerText(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('pk-why-banner')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}
