/**
 * `--profile`: one more run of the element side of each timed scenario under the V8 sampling
 * profiler, summarised by self time per function and per source module. The CDN module is then
 * built without minification and with a source map, which maps profile positions to modules.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';

const TOP = 12;

/** (url, line, column) → the source module of the CDN module at that position, or the URL's path. */
export function moduleMap(cdnDir, fileName) {
  const map = new SourceMap(JSON.parse(readFileSync(join(cdnDir, `${fileName}.map`), 'utf8')));
  return (url, line, column) => {
    if (!url) return '(browser)';
    if (!url.endsWith(`/cdn/${fileName}`)) return new URL(url).pathname;
    const source = map.findEntry(line, column)?.originalSource;
    // Sources are project paths, or paths inside a package's own source map (`../../../lit-html/…`).
    return source ? source.replace(/^.*?\/(src|node_modules)\//, '$1/').replace(/^(\.\.\/)+/, '').replace(/^\0/, '') : '(bundle)';
  };
}

/** Self time per function and per module, in ms, largest first. */
export function summarise(profile, moduleOf) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map();
  const modules = new Map();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index + 1] ?? 0;
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    const module = moduleOf(url, lineNumber, columnNumber);
    const name = `${functionName || '(anonymous)'} ${module}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
    modules.set(module, (modules.get(module) ?? 0) + micros);
    total += micros;
  });
  const top = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, functions: top(functions), modules: top(modules) };
}

export function profileLines(id, { totalMs, functions, modules }) {
  const row = ({ name, ms, share }) => `      ${ms.toFixed(1).padStart(8)} ms ${String(Math.round(share * 100)).padStart(3)}%  ${name}`;
  return [`  ${id}: ${totalMs.toFixed(0)} ms sampled — by module:`, ...modules.map(row), '    by function:', ...functions.map(row)];
}
