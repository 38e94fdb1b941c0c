#!/usr/bin/env node
/**
 * `npm run check:editor-data` (CI, after the build): the editor data written by
 * scripts/editor-data.mjs against
 * - the JSON Schemas their formats publish: VS Code's HTML and CSS custom data schemas, shipped by
 *   vscode-html-languageservice and vscode-css-languageservice (docs/customData.schema.json), and
 *   the Web Types schema: SchemaStore's copy (the `$schema` the file names, shipped by the
 *   `schemastore` package; WEB_TYPES_SCHEMA=FILE validates against another copy, e.g. JetBrains'
 *   current schema/web-types.json, instead), and the types SchemaStore generates from the current
 *   schema (`@schemastore/web-types`): the file, as a TypeScript object literal, must `satisfies`
 *   them (no unknown property, every value of the right kind);
 * - the manifest: every element, attribute, event, custom property, part and state is there;
 * - VS Code's own HTML and CSS language services loaded with the two files: they complete every
 *   tag, attribute, enumerated value, custom property, `::part()` and `:state()`.
 * Exits 1 with one line per problem.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import cssService from 'vscode-css-languageservice';
import htmlService from 'vscode-html-languageservice';

const require = createRequire(import.meta.url);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const problems = [];

function validate(file, schemaFile, Validator) {
  // The schemas carry editor-only keywords (defaultSnippets, patternErrorMessage, javaInterfaces…)
  // that constrain nothing: unknown keywords are ignored, everything standard is enforced.
  const ajv = new Validator({ allErrors: true, strictSchema: false, allowUnionTypes: true });
  const check = ajv.compile(readJson(schemaFile));
  if (!check(readJson(file))) {
    for (const error of check.errors) problems.push(`${file}${error.instancePath}: ${error.message} (${schemaFile})`);
  }
}

const files = {
  html: 'dist/vscode.html-custom-data.json',
  css: 'dist/vscode.css-custom-data.json',
  webTypes: 'dist/web-types.json',
};
validate(files.html, require.resolve('vscode-html-languageservice/docs/customData.schema.json'), Ajv);
validate(files.css, require.resolve('vscode-css-languageservice/docs/customData.schema.json'), Ajv);
validate(files.webTypes, process.env.WEB_TYPES_SCHEMA ?? join(dirname(require.resolve('schemastore/package.json')), 'schemas/json/web-types.json'), AjvDraft04);
checkWebTypesTypes(files.webTypes);

/** `export const webTypes = {…the file…} satisfies JSONSchemaForWebTypes`, type-checked by tsc. */
function checkWebTypesTypes(file) {
  const dir = join('node_modules', '.cache', 'purpose-kit-web-types');
  mkdirSync(dir, { recursive: true });
  const source = join(dir, 'web-types-check.ts');
  writeFileSync(source, `import type { JSONSchemaForWebTypes } from '@schemastore/web-types';\nexport const webTypes = (${readFileSync(file, 'utf8').trim()}) satisfies JSONSchemaForWebTypes;\n`);
  try {
    execFileSync(join('node_modules', '.bin', 'tsc'), ['--ignoreConfig', '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--pretty', 'false', source], { stdio: 'pipe' });
  } catch (error) {
    const lines = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').filter(Boolean);
    for (const line of lines.length ? lines : [error.message]) problems.push(`${file}: ${line} (@schemastore/web-types)`);
  }
}

// Against the manifest: what an editor should offer is all there.
const manifest = readJson('dist/custom-elements.json');
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const html = readJson(files.html);
const css = readJson(files.css);
const webTypes = readJson(files.webTypes);
const names = (list) => new Set((list ?? []).map((item) => item.name));
const expectAll = (where, have, want) => {
  for (const name of want) if (!have.has(name)) problems.push(`${where}: ${name} is missing`);
};

for (const element of elements) {
  const tag = element.tagName;
  const attributes = (element.attributes ?? []).map((a) => a.name);
  const htmlTag = (html.tags ?? []).find((t) => t.name === tag);
  const webTypesTag = (webTypes.contributions?.html?.elements ?? []).find((e) => e.name === tag);
  if (!htmlTag) problems.push(`${files.html}: <${tag}> is missing`);
  if (!webTypesTag) problems.push(`${files.webTypes}: <${tag}> is missing`);
  expectAll(`${files.html} <${tag}> attributes`, names(htmlTag?.attributes), attributes);
  expectAll(`${files.webTypes} <${tag}> attributes`, names(webTypesTag?.attributes), attributes);
  expectAll(`${files.webTypes} <${tag}> events`, names(webTypesTag?.js?.events), (element.events ?? []).map((e) => e.name).filter(Boolean));
  expectAll(`${files.webTypes} <${tag}> CSS properties`, names(webTypesTag?.css?.properties), (element.cssProperties ?? []).map((p) => p.name));
  expectAll(`${files.webTypes} <${tag}> parts`, names(webTypesTag?.css?.parts), (element.cssParts ?? []).map((p) => p.name));
  expectAll(`${files.css} properties`, names(css.properties), (element.cssProperties ?? []).map((p) => p.name));
  expectAll(`${files.css} pseudo-elements`, names(css.pseudoElements), (element.cssParts ?? []).map((p) => `::part(${p.name})`));
  expectAll(`${files.css} pseudo-classes`, names(css.pseudoClasses), (element.cssStates ?? []).map((s) => `:state(${s.name})`));
}
if (elements.length === 0) problems.push('dist/custom-elements.json: no elements');

// As VS Code reads them: completions at the `|` of a one-line document.
function completions(service, language, text) {
  const document = service.TextDocument.create(`file:///check.${language}`, language, 1, text.replace('|', ''));
  const position = document.positionAt(text.indexOf('|'));
  const parsed = language === 'html' ? htmlLanguage.parseHTMLDocument(document) : cssLanguage.parseStylesheet(document);
  const list = (language === 'html' ? htmlLanguage : cssLanguage).doComplete(document, position, parsed);
  return new Set(list.items.map((item) => item.label));
}
const htmlLanguage = htmlService.getLanguageService({ customDataProviders: [htmlService.newHTMLDataProvider('purpose-kit', html)] });
const cssLanguage = cssService.getCSSLanguageService({ customDataProviders: [cssService.newCSSDataProvider(css)] });
const offered = (where, have, want) => expectAll(`VS Code ${where}`, have, want);
offered('HTML completes <pk-', completions(htmlService, 'html', '<pk-|'), elements.map((e) => e.tagName));
for (const element of elements) {
  const tag = element.tagName;
  offered(`HTML completes <${tag} `, completions(htmlService, 'html', `<${tag} |></${tag}>`), (element.attributes ?? []).map((a) => a.name));
  for (const attribute of html.tags?.find((t) => t.name === tag)?.attributes ?? []) {
    if (!attribute.values) continue;
    const values = completions(htmlService, 'html', `<${tag} ${attribute.name}="|"></${tag}>`);
    offered(`HTML completes <${tag} ${attribute.name}="`, values, attribute.values.map((v) => v.name));
  }
  offered(`CSS completes ${tag} { --`, completions(cssService, 'css', `${tag} { --| }`), (element.cssProperties ?? []).map((p) => p.name));
  const pseudo = completions(cssService, 'css', `${tag}:|`);
  offered(`CSS completes ${tag}:`, pseudo, [...(element.cssParts ?? []).map((p) => `::part(${p.name})`), ...(element.cssStates ?? []).map((s) => `:state(${s.name})`)]);
}

for (const line of problems) console.error(line);
if (problems.length > 0) process.exitCode = 1;
else console.log(`Editor data: ${elements.length} elements, valid against the VS Code custom data schemas and the Web Types schema and types, complete against the manifest, completed by VS Code's HTML and CSS language services.`);
