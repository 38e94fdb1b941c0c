/**
 * Server rendering, then hydration in Chromium: each element is rendered by Lit SSR in Node (from
 * the npm build), the markup is served as a page, and the page hydrates it with
 * `@lit-labs/ssr-client` the way docs/ssr.md says (hydration support first, the same manifest
 * loaded, then the elements defined). The test fails when hydration re-creates the shadow content
 * (a node marked before hydration must still be there after it), on any hydration mismatch or
 * console error, and when a hydrated element does not answer the learner.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, until, watchErrors } from './support/e2e.js';
import { ELEMENTS, MANIFEST_TEXT, SCRATCH, buildLibrary, elementTemplate, faceOf } from './support/ssr.js';

const LIBRARY = join(SCRATCH, 'library');
const CLIENT = join(SCRATCH, 'client');

/**
 * The browser side of the recipe in docs/ssr.md, bundled as an app would bundle it, from the same
 * npm build the server rendered with (the same templates: hydration matches them by their strings).
 */
const CLIENT_ENTRY = `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/**
 * The server's manifest, loaded before the elements are defined: the first render is the server's.
 * The library is imported here, not at the top: a bundler hoists a chunk it shares with the
 * elements (Lit) above this module's own code, and LitElement must load after the hydration support.
 */
export async function hydrate({ url, manifest }) {
  const { configure, loadLocale, loadManifest, preloadRelevanceReport } = await import(${JSON.stringify(join(LIBRARY, 'index.js'))});
  await Promise.all([preloadRelevanceReport(), loadLocale('de'), loadLocale('ar')]);
  if (url) await loadManifest({ kind: 'url', url });
  else {
    configure({ manifest });
    await loadManifest({ kind: 'object', value: manifest });
  }
  await import(${JSON.stringify(join(LIBRARY, 'define.js'))});
}
`;

async function buildClient(): Promise<void> {
  mkdirSync(CLIENT, { recursive: true });
  writeFileSync(join(CLIENT, 'entry.js'), CLIENT_ENTRY);
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(CLIENT, 'entry.js')],
    outdir: join(CLIENT, 'out'),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  });
}

/** The page: the server's markup, a mark on nodes of each shadow root, then hydration. */
const pageHtml = (markup: string, hydrateWith: string) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Purpose Kit, server-rendered</title><link rel="icon" href="data:," /></head>
  <body>
    <main>${markup}</main>
    <script type="module">
      // A failed hydration rejects an update's promise: make it a console error the test sees.
      addEventListener('unhandledrejection', (event) => console.error(\`unhandled rejection: \${event.reason?.stack ?? event.reason}\`));
      for (const element of document.querySelectorAll('main > *')) {
        const base = element.shadowRoot?.querySelector('[part~="base"]');
        if (base) base.pkServerNode = base.firstElementChild.pkServerNode = element.localName;
      }
      const { hydrate } = await import('/client/entry.js');
      await hydrate(${hydrateWith});
      window.hydrated = true;
    </script>
  </body>
</html>`;

describe('server rendering, then hydration in Chromium', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page = '';
  let renderToString: (tag: string, attributes: Record<string, string>, given: { url?: string; object?: object }) => string;
  const manifest = JSON.parse(MANIFEST_TEXT) as object;

  before(async () => {
    buildLibrary(LIBRARY);
    await buildClient();
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://host').pathname;
      if (path === '/') return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
      if (path === '/events' && req.method === 'POST') return void req.resume().on('end', () => res.writeHead(204).end());
      if (path === '/manifest.json') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(MANIFEST_TEXT);
      if (path.startsWith('/client/') && extname(path) === '.js' && !path.includes('..')) {
        try {
          return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(join(CLIENT, 'out', path.slice('/client/'.length))));
        } catch {
          // not built: 404 below
        }
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const { render } = await import('@lit-labs/ssr');
    const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
    const pk = (await import(join(LIBRARY, 'index.js'))) as { loadManifest(source: { kind: 'url'; url: string } | { kind: 'object'; value: unknown }): Promise<unknown>;
      preloadRelevanceReport(): Promise<void>;
      loadLocale(locale: string): Promise<void>;
    };
    await import(join(LIBRARY, 'define.js'));
    await pk.loadManifest({ kind: 'url', url: `${origin}/manifest.json` });
    await pk.loadManifest({ kind: 'object', value: manifest });
    await pk.preloadRelevanceReport();
    await pk.loadLocale('de');
    await pk.loadLocale('ar');
    renderToString = (tag, attributes, given) => collectResultSync(render(elementTemplate(tag, attributes, given)));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Serves the server's markup of every element and hydrates it; returns the page once hydrated. */
  async function hydrated(binding: 'attribute' | 'property', elements = ELEMENTS, context: Browser | BrowserContext = browser): Promise<{ page: Page; errors: string[] }> {
    const url = `${origin}/manifest.json`;
    const markup = elements.map(({ tag, attributes }) => {
      const html = renderToString(tag, attributes, binding === 'attribute' ? { url } : { object: manifest });
      assert.equal(faceOf(html), 'content', `<${tag}> rendered on the server`);
      return html;
    }).join('\n');
    page = pageHtml(markup, binding === 'attribute' ? JSON.stringify({ url }) : `{ manifest: ${MANIFEST_TEXT} }`);
    const tab = await context.newPage();
    const errors = watchErrors(tab);
    await tab.goto(origin);
    await until(() => tab.evaluate(() => (window as unknown as { hydrated?: boolean }).hydrated), 'the page to hydrate');
    // A hydration mismatch rejects the element's update.
    const failed = await tab.evaluate(async () => {
      const elements = [...document.querySelectorAll('main > *')] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      const settled = await Promise.allSettled(elements.map((element) => element.updateComplete));
      return settled.flatMap((result, i) => (result.status === 'rejected' ? [`<${elements[i]!.localName}>: ${String(result.reason)}`] : []));
    });
    errors.push(...failed);
    return { page: tab, errors };
  }

  for (const element of ELEMENTS) {
    for (const binding of ['attribute', 'property'] as const) {
      const given = binding === 'attribute' ? 'the manifest as an attribute' : 'the manifest bound as a property on the server, configure() in the browser';
      it(`<${element.tag}> hydrates what the server drew (${given}) without re-creating its shadow content`, async () => {
        const { page: tab, errors } = await hydrated(binding, [element]);
        try {
          const report = await tab.evaluate(() => {
            const host = document.querySelector('main > *')!;
            const base = host.shadowRoot?.querySelector('[part~="base"]') as (Element & { pkServerNode?: string }) | null;
            const first = base?.firstElementChild as (Element & { pkServerNode?: string }) | null;
            return {
              hydrated: (host as unknown as { hasUpdated: boolean }).hasUpdated,
              // The nodes the server drew, marked before hydration, are the ones in the shadow root now.
              sameBase: base?.pkServerNode === host.localName,
              sameContent: first?.pkServerNode === host.localName,
              bases: host.shadowRoot?.querySelectorAll('[part~="base"]').length,
              face: first?.classList.contains('state') ? first.className : 'content',
            };
          });
          assert.deepEqual(errors, []);
          assert.deepEqual(report, { hydrated: true, sameBase: true, sameContent: true, bases: 1, face: 'content' });
        } finally {
          await tab.close();
        }
      });
    }
  }

  it('a German element (lang="de", its messages loaded on both sides) hydrates in German', async () => {
    const { page: tab, errors } = await hydrated('attribute', [{ tag: 'pk-relevance-rater', attributes: { course: 'renewables-grid-integration', lang: 'de' } }]);
    try {
      const report = await tab.evaluate(() => {
        const host = document.querySelector('pk-relevance-rater')!;
        const base = host.shadowRoot!.querySelector('[part~="base"]') as Element & { pkServerNode?: string };
        return { lang: base.getAttribute('lang'), same: base.pkServerNode === host.localName, question: host.shadowRoot!.querySelector('.question')?.textContent };
      });
      assert.deepEqual(errors, []);
      assert.equal(report.lang, 'de');
      assert.equal(report.same, true);
      assert.doesNotMatch(report.question ?? '', /How relevant/);
      assert.ok(report.question, 'the first question is drawn');
    } finally {
      await tab.close();
    }
  });

  it('an Arabic element (lang="ar") hydrates right to left, in Arabic, without re-creating its content', async () => {
    const { page: tab, errors } = await hydrated('attribute', [{ tag: 'pk-relevance-rater', attributes: { course: 'renewables-grid-integration', lang: 'ar' } }]);
    try {
      const report = await tab.evaluate(() => {
        const host = document.querySelector('pk-relevance-rater')!;
        const base = host.shadowRoot!.querySelector('[part~="base"]') as Element & { pkServerNode?: string };
        const first = base.firstElementChild as (Element & { pkServerNode?: string }) | null;
        return {
          lang: base.getAttribute('lang'),
          dir: base.getAttribute('dir'),
          direction: getComputedStyle(base).direction,
          same: base.pkServerNode === host.localName && first?.pkServerNode === host.localName,
          question: host.shadowRoot!.querySelector('.question')?.textContent ?? '',
        };
      });
      assert.deepEqual(errors, []);
      assert.deepEqual({ lang: report.lang, dir: report.dir, direction: report.direction, same: report.same }, { lang: 'ar', dir: 'rtl', direction: 'rtl', same: true });
      assert.match(report.question, /[\u0600-\u06FF]/, 'the first question is in Arabic');
    } finally {
      await tab.close();
    }
  });

  it('a why-banner the learner dismissed on this device hydrates shown, then hides', async () => {
    const banner = { tag: 'pk-why-banner', attributes: { course: 'renewables-grid-integration', learner: 'ssr.learner', endpoint: `${origin}/events` } };
    // One browser profile for both visits: the dismissal stays in its IndexedDB.
    const profile = await browser.newContext();
    const first = await hydrated('attribute', [banner], profile);
    try {
      await first.page.locator('pk-why-banner [part~="dismiss"]').click();
      await until(() => first.page.evaluate(() => document.querySelector('pk-why-banner')!.hasAttribute('dismissed')), 'the banner dismissed');
      // The page may close only once the dismissal is written (IndexedDB commits after the attribute
      // is set); the database is opened only once it exists, so this check never creates it.
      const stored = () =>
        first.page.evaluate(async () => {
          if (!(await indexedDB.databases()).some(({ name }) => name === 'purpose-kit-preferences')) return false;
          return new Promise<boolean>((resolve) => {
            const open = indexedDB.open('purpose-kit-preferences');
            open.onerror = () => resolve(false);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('preferences')) return void (db.close(), resolve(false));
              const count = db.transaction('preferences').objectStore('preferences').count();
              count.onsuccess = () => (db.close(), resolve(count.result > 0));
              count.onerror = () => (db.close(), resolve(false));
            };
          });
        });
      await until(stored, 'the dismissal stored on this device');
      assert.deepEqual(first.errors, []);
    } finally {
      await first.page.close();
    }
    // The server, which cannot know, draws the banner shown again.
    const second = await hydrated('attribute', [banner], profile);
    try {
      await until(() => second.page.evaluate(() => document.querySelector('pk-why-banner')!.hasAttribute('dismissed')), 'the remembered dismissal applied after hydration');
      const restore = await second.page.evaluate(() => !!document.querySelector('pk-why-banner')!.shadowRoot!.querySelector('[part~="restore"]'));
      assert.equal(restore, true);
      assert.deepEqual(second.errors, []);
    } finally {
      await profile.close();
    }
  });

  it('a hydrated rater answers the learner: a point clicked is checked, then an arrow key moves the choice', async () => {
    const { page: tab, errors } = await hydrated('property', ELEMENTS.filter(({ tag }) => tag === 'pk-relevance-rater'));
    const checked = () =>
      tab.evaluate(() => [...document.querySelector('pk-relevance-rater')!.shadowRoot!.querySelectorAll('[part~="relevance"] [aria-checked="true"]')].map((point) => point.getAttribute('data-point')));
    try {
      assert.deepEqual(await checked(), []);
      await tab.locator('pk-relevance-rater [part~="relevance"] [data-point="3"]').click();
      await until(async () => (await checked()).join() === '3', 'point 3 checked after a click');
      await tab.keyboard.press('ArrowRight');
      await until(async () => (await checked()).join() === '4', 'point 4 checked after ArrowRight');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });
});
