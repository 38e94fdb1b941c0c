#!/usr/bin/env node
/**
 * Runs lit-analyzer (`npm run lint:templates`) on the TypeScript 5 compiler API it needs: the
 * project's TypeScript 7 is native and has no JS API. lit-analyzer does not declare typescript;
 * web-component-analyzer, which it is built on, depends on TypeScript 5, so both use that copy.
 *
 * `npm run lint:templates` turns `no-invalid-css` off: lit-analyzer's CSS data predates container
 * queries, `color-scheme`, `accent-color` and `forced-color-adjust`, which the elements rely on.
 *
 * The rest of its configuration is the `ts-lit-plugin` entry in tsconfig.json, where lit-analyzer
 * reads it:
 * - `customHtmlData` adds the `popover` attribute (and its values), which its HTML data predates.
 * - `no-missing-import` is off: it wants the module of a template that uses `<pk-impact-badge>` to
 *   import the badge's definition, but element classes define nothing by design (importing
 *   `purpose-kit` defines no element). The element's define module brings what it renders:
 *   src/elements/why-banner/define.ts imports src/elements/impact-badge/define.ts.
 *   test/package/define-modules.test.ts checks that instead: each define module, alone on a page,
 *   defines every pk-* element its element renders.
 */
const Module = require('node:module');
const path = require('node:path');

const wca = path.dirname(require.resolve('web-component-analyzer'));
const typescript5 = require.resolve('typescript', { paths: [wca] });
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === 'typescript' ? typescript5 : request, ...rest);
};

require('lit-analyzer/cli.js');
