#!/usr/bin/env node
/**
 * Runs lit-analyzer (`npm run lint:templates`) on the TypeScript 5 compiler API it needs: the
 * project's TypeScript 7 is native and has no JS API. lit-analyzer does not declare typescript;
 * web-component-analyzer, which it is built on, depends on TypeScript 5, so both use that copy.
 *
 * `npm run lint:templates` turns `no-invalid-css` off: lit-analyzer's CSS data predates container
 * queries, `color-scheme`, `accent-color` and `forced-color-adjust`, which the elements rely on.
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
