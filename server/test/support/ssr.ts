/**
 * What the server-rendering tests share: the library built as the npm package ships it (one module
 * per source file, Lit external, so Node resolves Lit's server build) into a scratch directory,
 * the eight elements with the attributes that make each show content, and how to tell a face.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { html, type TemplateResult } from 'lit';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Under node_modules, so the built modules resolve `lit` and the other dependencies from the root. */
export const SCRATCH = join(ROOT, 'node_modules/.cache/purpose-kit-ssr');
export const MANIFEST_TEXT = readFileSync(join(ROOT, 'demo/manifest.json'), 'utf8');
const COURSE = 'renewables-grid-integration';

/** Each element with the attributes (besides the manifest) that make it show content. */
export const ELEMENTS: readonly { tag: string; attributes: Record<string, string> }[] = [
  { tag: 'pk-why-banner', attributes: { course: COURSE } },
  { tag: 'pk-impact-badge', attributes: { course: COURSE } },
  { tag: 'pk-relevance-rater', attributes: { course: COURSE } },
  { tag: 'pk-pillar-navigator', attributes: {} },
  { tag: 'pk-dividend-chart', attributes: { view: 'table' } },
  { tag: 'pk-team-digest', attributes: {} },
  { tag: 'pk-content-audit', attributes: {} },
  { tag: 'pk-relevance-report', attributes: {} },
];

/** Builds the npm package's modules into `dir` with Vite and the project's own config (about 2 s), with the project's config. */
export function buildLibrary(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`vite build failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
  // The root package.json's `sideEffects` name dist/…/define.js: here, a bundler would drop the define modules.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', sideEffects: true }));
}

export const withoutStyles = (markup: string): string => markup.replace(/<style>[\s\S]*?<\/style>/g, '<style>…</style>');

/** The face of a server-rendered element: `content`, or the state box it shows instead. */
export function faceOf(markup: string): string {
  return /class="state state-(loading|error|empty)"/.exec(withoutStyles(markup))?.[1] ?? 'content';
}

/**
 * `html\`<tag a=${…} manifest=${url}></tag>\`` or `<tag a=${…} .manifest=${object}></tag>`, as a
 * page's template is written: tag and attribute names are static strings, the values bound.
 */
export function elementTemplate(tag: string, attributes: Record<string, string>, given: { url?: string; object?: object }): TemplateResult {
  const names = [...Object.keys(attributes), given.url ? 'manifest' : '.manifest'];
  const strings = names.map((name, i) => `${i === 0 ? `<${tag}` : ''} ${name}=`).concat(`></${tag}>`);
  const values = [...Object.values(attributes), given.url ?? given.object];
  return html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...values);
}
