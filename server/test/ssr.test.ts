/**
 * Server rendering with Lit SSR (`@lit-labs/ssr`), in Node, from the npm build: every element
 * renders its content, not a loading or error face, with its manifest given as an attribute (a URL
 * loaded before rendering) and as a bound property (an object), and touches no browser global.
 * The Chromium side (hydration) is ssr-hydrate.test.ts.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ELEMENTS, MANIFEST_TEXT, SCRATCH, buildLibrary, elementTemplate, faceOf, withoutStyles } from './support/ssr.js';

const LIBRARY = join(SCRATCH, 'node');

describe('server rendering (Lit SSR)', () => {
  let server: Server;
  let manifestUrl: string;
  let renderToString: (tag: string, attributes: Record<string, string>, manifest: { url?: string; object?: object }) => string;
  const manifest = JSON.parse(MANIFEST_TEXT) as object;
  const problems: string[] = [];
  const { error, warn } = console;

  before(async () => {
    buildLibrary(LIBRARY);
    server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(MANIFEST_TEXT));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    manifestUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/manifest.json`;
    // An element that reaches for a browser global on the server says so on the console (or throws).
    console.error = (...args: unknown[]) => void problems.push(args.map(String).join(' '));
    console.warn = console.error;

    const { render } = await import('@lit-labs/ssr');
    const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
    const pk = (await import(join(LIBRARY, 'index.js'))) as { loadManifest(source: { kind: 'url'; url: string } | { kind: 'object'; value: unknown }): Promise<unknown>;
      preloadRelevanceReport(): Promise<void>;
    };
    await import(join(LIBRARY, 'define.js'));
    // SSR renders synchronously: a manifest loaded once in this process is ready at the first render.
    await pk.loadManifest({ kind: 'url', url: manifestUrl });
    await pk.loadManifest({ kind: 'object', value: manifest });
    await pk.preloadRelevanceReport();
    renderToString = (tag, attributes, given) => collectResultSync(render(elementTemplate(tag, attributes, given)));
  });

  after(() => {
    console.error = error;
    console.warn = warn;
    server?.close();
  });

  for (const { tag, attributes } of ELEMENTS) {
    for (const binding of ['attribute', 'property'] as const) {
      it(`<${tag}> renders its content with the manifest as ${binding === 'attribute' ? 'an attribute (a URL)' : 'a bound property (an object)'}`, () => {
        problems.length = 0;
        const markup = renderToString(tag, attributes, binding === 'attribute' ? { url: manifestUrl } : { object: manifest });
        assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"`), 'declarative shadow DOM');
        assert.equal(faceOf(markup), 'content', withoutStyles(markup).slice(0, 1500));
        assert.deepEqual(problems, []);
      });
    }
  }
});
