#!/usr/bin/env node
/**
 * src/'s import graph stays simple: no import cycle, and no file but the entry points imports more
 * than 12 modules. Every kind of import counts — static, type-only, `export … from`, `import()` and
 * `typeof import()` — because a type-only cycle still ties two files' meanings together.
 * Parsed with oxc-parser rather than regular expressions: comments, strings and regex literals are
 * never mistaken for imports. Exits 1 with every finding.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSync, Visitor } from 'oxc-parser';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY_POINTS = new Set(['src/index.ts', 'src/define.ts', 'src/cdn.ts', 'src/react/index.ts']);
const MAX_IMPORTS = 12;

const name = (file) => relative(ROOT, file);
const files = readdirSync(join(ROOT, 'src'), { recursive: true })
  .filter((path) => path.endsWith('.ts'))
  .map((path) => join(ROOT, 'src', path))
  .sort();

/** Files that cannot be read as TypeScript, or name a module that is not there. */
const unreadable = [];

function specifiersIn(file) {
  const { program, errors } = parseSync(file, readFileSync(file, 'utf8'));
  if (errors.length > 0) unreadable.push(`${name(file)}: ${errors[0].message}`);
  const found = [];
  const add = (source) => typeof source?.value === 'string' && found.push(source.value);
  new Visitor({
    ImportDeclaration: (node) => add(node.source),
    ExportNamedDeclaration: (node) => add(node.source),
    ExportAllDeclaration: (node) => add(node.source),
    ImportExpression: (node) => add(node.source),
    TSImportType: (node) => add(node.source),
  }).visit(program);
  return found;
}

/** A relative specifier names a file (`./x.js` is `./x.ts` in src/); anything else is a package. */
function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return specifier;
  const path = resolve(dirname(from), specifier);
  const candidates = [path.replace(/\.js$/, '.ts'), path, `${path}.ts`, join(path, 'index.ts')];
  const file = candidates.find((candidate) => candidate.endsWith('.ts') && existsSync(candidate)) ?? candidates.find(existsSync);
  if (!file) unreadable.push(`${name(from)}: no module '${specifier}'`);
  return file ?? path;
}

const imports = new Map(files.map((file) => [file, new Set(specifiersIn(file).map((s) => resolveSpecifier(file, s)))]));

/** For every edge that lies on a cycle, the shortest cycle through it — each reported once. */
function cycles() {
  const found = new Map();
  for (const [from, targets] of imports) {
    for (const to of targets) {
      const back = shortestPath(to, from);
      if (!back) continue;
      const cycle = [from, ...back.slice(0, -1)];
      const start = cycle.indexOf([...cycle].sort()[0]);
      const key = [...cycle.slice(start), ...cycle.slice(0, start)];
      found.set(key.join(' '), [...key, key[0]].map(name).join(' → '));
    }
  }
  return [...found.values()].sort();
}

function shortestPath(from, to) {
  const previous = new Map([[from, null]]);
  for (const queue = [from]; queue.length > 0; ) {
    const file = queue.shift();
    if (file === to) {
      const path = [];
      for (let step = to; step !== null; step = previous.get(step)) path.unshift(step);
      return path;
    }
    for (const next of imports.get(file) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, file);
      queue.push(next);
    }
  }
  return null;
}

const counts = new Map([...imports].map(([file, targets]) => [name(file), targets]));
const listOf = (targets) => [...targets].map((t) => (t.startsWith('/') ? name(t) : t)).join(', ');
const crowded = [];
for (const [file, targets] of counts) {
  if (!ENTRY_POINTS.has(file) && targets.size > MAX_IMPORTS) crowded.push(`${file} imports ${targets.size}: ${listOf(targets)}`);
}

const found = cycles();
if (unreadable.length > 0) console.error(`Unreadable imports (${unreadable.length}):\n  ${unreadable.join('\n  ')}`);
if (found.length > 0) console.error(`Import cycles (${found.length}):\n  ${found.join('\n  ')}`);
if (crowded.length > 0) console.error(`Files importing more than ${MAX_IMPORTS} modules (${crowded.length}):\n  ${crowded.join('\n  ')}`);
if (unreadable.length + found.length + crowded.length > 0) process.exit(1);
console.log(`${files.length} files in src/: no import cycle; none but ${[...ENTRY_POINTS].join(', ')} imports more than ${MAX_IMPORTS} modules`);
