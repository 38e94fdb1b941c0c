#!/usr/bin/env node
/**
 * Writes package.json `exports` and `sideEffects` from the element folders, so every element has
 * its class entry and its define entry and nothing is forgotten. `--check` fails when package.json
 * is out of date (CI runs it).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const pkgPath = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const elements = readdirSync(new URL('../src/elements', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const entry = (source) => ({ types: `./dist/types/${source}.d.ts`, default: `./dist/${source}.js` });
const exportsMap = {
  '.': entry('index'),
  './define': entry('define'),
};
for (const name of elements) {
  exportsMap[`./${name}`] = entry(`elements/${name}/${name}`);
  exportsMap[`./${name}/define`] = entry(`elements/${name}/define`);
}
exportsMap['./react'] = { types: './dist/types/react/index.d.ts', default: './dist/react/index.js' };
exportsMap['./manifest.schema.json'] = './dist/manifest.schema.json';
exportsMap['./xapi-profile.jsonld'] = './dist/xapi-profile.jsonld';
exportsMap['./custom-elements.json'] = './dist/custom-elements.json';
for (const editorData of ['web-types.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
  exportsMap[`./${editorData}`] = `./dist/${editorData}`;
}
exportsMap['./themes/*'] = './dist/themes/*';
exportsMap['./types/jsx'] = { types: './dist/types/jsx.d.ts' };
exportsMap['./types/vue'] = { types: './dist/types/vue.d.ts' };
exportsMap['./cdn/purpose-kit.js'] = './dist/cdn/purpose-kit.js';
exportsMap['./cdn/api.js'] = './dist/cdn/api.js';
exportsMap['./package.json'] = './package.json';

const next = {
  ...pkg,
  exports: exportsMap,
  // The define modules register elements; the source paths keep them in the builds made from
  // src/ (the CDN file, the demo, Storybook), which would otherwise drop them as unused.
  sideEffects: [
    './dist/define.js',
    ...elements.map((name) => `./dist/elements/${name}/define.js`),
    './dist/cdn/*.js',
    './src/define.ts',
    './src/elements/*/define.ts',
  ],
};
const text = `${JSON.stringify(next, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (text !== readFileSync(pkgPath, 'utf8')) {
    console.error('package.json exports are out of date: run `node scripts/sync-exports.mjs`.');
    process.exit(1);
  }
} else {
  writeFileSync(pkgPath, text);
}
