#!/usr/bin/env node
/**
 * Writes docs/elements/<tag>.md for every element from dist/custom-elements.json (built by
 * `npm run build:manifest` from the classes' JSDoc), so the API tables never drift from the code.
 * `--check` writes nothing: it exits 1, one line per file, when a committed page is stale, missing,
 * or not generated from the manifest (CI runs it through `npm run check:docs`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = join(ROOT, 'dist/custom-elements.json');
const OUT = join(ROOT, 'docs/elements');
const COMMAND = 'npm run docs:elements';
/** Said of HTML's own attributes an element observes, which carry no JSDoc of their own. */
const GLOBAL_ATTRIBUTES = { lang: 'HTML global attribute (observed).', dir: 'HTML global attribute (observed).' };

/** Markdown for one table cell: one line, pipes escaped (also inside code spans, as GFM wants). */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The import entries of a module, from package.json `exports` (`purpose-kit/why-banner` and its define entry). */
function entriesOf(modulePath, exportsMap) {
  const built = `./${modulePath}`;
  const key = Object.keys(exportsMap).find((k) => exportsMap[k]?.default === built);
  if (!key) return {};
  const name = `purpose-kit${key.slice(1)}`;
  return { module: name, define: exportsMap[`${key}/define`] ? `${name}/define` : undefined };
}

/**
 * Splits a class description into prose and its usage example: the first top-level ```html fence
 * (the JSDoc convention here: the example closes the description).
 */
function splitUsage(description = '') {
  const fence = /^```html\n([\s\S]*?)\n```[ \t]*$/m.exec(description);
  if (!fence) return { prose: description.trim(), usage: undefined };
  const prose = (description.slice(0, fence.index) + description.slice(fence.index + fence[0].length))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { prose, usage: fence[1] };
}

/** Rows grouped as the element's own, then one group per class they come from. */
function byOrigin(items) {
  const groups = new Map();
  for (const item of items) {
    const origin = item.inheritedFrom?.name ?? '';
    if (!groups.has(origin)) groups.set(origin, []);
    groups.get(origin).push(item);
  }
  return [...groups].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : 0));
}

/** One section: a heading, then a table per origin (own first, then "From `PkElement`:"). */
function section(title, items, head, row, intro) {
  if (!items?.length) return '';
  const parts = [`## ${title}`];
  if (intro) parts.push(intro);
  for (const [origin, group] of byOrigin(items)) {
    if (origin) parts.push(`From \`${origin}\`:`);
    parts.push(table(head, group.map(row)));
  }
  return parts.join('\n\n');
}

/** Public properties, with the attribute each reflects; attributes without a property (`lang`) too. */
function propertyRows(declaration) {
  const fields = (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_'),
  );
  const attributes = declaration.attributes ?? [];
  const rows = fields.map((field) => {
    const attribute = attributes.find((a) => a.fieldName === field.name)?.name ?? field.attribute;
    const type = field.type?.text ?? attributes.find((a) => a.fieldName === field.name)?.type?.text;
    const description = [field.readonly ? '*Read-only.*' : '', field.description ?? ''].join(' ').trim();
    return { ...field, row: [code(field.name), attribute ? code(attribute) : '—', code(type) || '—', code(field.default) || '—', cell(description)] };
  });
  for (const attribute of attributes) {
    if (attribute.fieldName && fields.some((f) => f.name === attribute.fieldName)) continue;
    rows.push({
      ...attribute,
      row: ['—', code(attribute.name), code(attribute.type?.text) || '—', code(attribute.default) || '—', cell(attribute.description ?? GLOBAL_ATTRIBUTES[attribute.name])],
    });
  }
  return rows;
}

function methodRows(declaration) {
  return (declaration.members ?? []).filter(
    (m) => m.kind === 'method' && !m.static && !m.privacy && !m.name.endsWith('Callback') && !m.name.startsWith('_'),
  );
}

const signature = (method) =>
  `${method.name}(${(method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})` +
  `${method.return?.type ? `: ${method.return.type.text}` : ''}`;

const detailType = (type) => /^CustomEvent<(.+)>$/s.exec(type ?? '')?.[1];

function renderElement(declaration, modulePath, exportsMap) {
  const tag = declaration.tagName;
  const { prose, usage } = splitUsage(declaration.description);
  const { module, define } = entriesOf(modulePath, exportsMap);
  // The manifest names the shipped file; the page links the source it is built from.
  const sourcePath = modulePath.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
  const source = `../../${sourcePath}`;
  const facts = [
    `Class \`${declaration.name}\``,
    module && `import \`${module}\``,
    define && `define \`${define}\``,
    `source [\`${sourcePath}\`](${source})`,
    declaration.since && `since ${declaration.since}`,
    declaration.dependencies?.length && `uses ${declaration.dependencies.map((tag) => `[\`<${tag}>\`](${tag}.md)`).join(', ')}`,
    '[all elements](../elements.md)',
  ].filter(Boolean);

  const blocks = [
    `> Generated from \`dist/custom-elements.json\` by \`${COMMAND}\` (scripts/element-docs.mjs); do not edit.` +
      ` To change this page, change the class JSDoc in [\`${sourcePath}\`](${source}) and run the command again.`,
    `# \`<${tag}>\``,
    declaration.summary && `**${cell(declaration.summary)}**`,
    prose,
    facts.join(' · '),
    usage && `## Usage\n\n\`\`\`html\n${usage}\n\`\`\``,
    section(
      'Attributes and properties',
      propertyRows(declaration),
      ['property', 'attribute', 'type', 'default', 'description'],
      (r) => r.row,
      'Set the attribute in markup or the property from JavaScript; a property without an attribute is JavaScript only.',
    ),
    section('Methods', methodRows(declaration), ['method', 'description'], (m) => [code(signature(m)), cell(m.description)]),
    section(
      'Events',
      declaration.events,
      ['event', 'detail', 'description'],
      (e) => [code(e.name), code(detailType(e.type?.text)) || (e.type?.text ? code(e.type.text) : '—'), cell(e.description)],
      'Every `pk-*` event bubbles and crosses shadow roots (`composed`).',
    ),
    section('Slots', declaration.slots, ['slot', 'description'], (s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    section(
      'CSS parts',
      declaration.cssParts,
      ['part', 'description'],
      (p) => [code(p.name), cell(p.description)],
      `Style them with \`${tag}::part(name)\`; see [theming](../theming.md#2-parts).`,
    ),
    section(
      'CSS custom properties',
      declaration.cssProperties,
      ['property', 'default', 'description'],
      (p) => [code(p.name), code(p.default) || '—', cell(p.description)],
      'Set them on the element or any ancestor; see [theming](../theming.md#1-tokens).',
    ),
    section(
      'CSS states',
      declaration.cssStates,
      ['state', 'description'],
      (s) => [code(`:state(${s.name})`), cell(s.description)],
      `Match them with \`${tag}:state(name)\`.`,
    ),
  ];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/** Every page the manifest yields: file name → text. */
function generate(manifest, exportsMap) {
  const pages = new Map();
  for (const moduleDoc of manifest.modules ?? []) {
    for (const declaration of moduleDoc.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      pages.set(`${declaration.tagName}.md`, renderElement(declaration, moduleDoc.path, exportsMap));
    }
  }
  return new Map([...pages].sort(([a], [b]) => a.localeCompare(b)));
}

function main() {
  const check = process.argv.includes('--check');
  if (!existsSync(MANIFEST)) {
    console.error(`${relative(ROOT, MANIFEST)} is missing: run npm run build:manifest first.`);
    return 1;
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const { exports: exportsMap = {} } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const pages = generate(manifest, exportsMap);
  const present = existsSync(OUT) ? readdirSync(OUT).filter((name) => name.endsWith('.md')) : [];
  const extra = present.filter((name) => !pages.has(name));
  const at = (name) => relative(ROOT, join(OUT, name));

  if (check) {
    const problems = [];
    for (const [name, text] of pages) {
      if (!present.includes(name)) problems.push(`${at(name)} is missing`);
      else if (readFileSync(join(OUT, name), 'utf8') !== text) problems.push(`${at(name)} is stale`);
    }
    for (const name of extra) problems.push(`${at(name)} is not an element in the manifest (remove it)`);
    for (const line of problems) console.error(line);
    if (problems.length) {
      console.error(`docs/elements: ${problems.length} page(s) differ from the manifest: run ${COMMAND}`);
      return 1;
    }
    console.log(`docs/elements: ${pages.size} pages match dist/custom-elements.json.`);
    return 0;
  }

  mkdirSync(OUT, { recursive: true });
  for (const name of extra) rmSync(join(OUT, name));
  for (const [name, text] of pages) writeFileSync(join(OUT, name), text);
  console.log(`Wrote ${pages.size} pages to docs/elements/${extra.length ? `, removed ${extra.join(', ')}` : ''}.`);
  return 0;
}

process.exitCode = main();
