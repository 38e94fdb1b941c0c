#!/usr/bin/env node
/**
 * Writes editor data for every `pk-*` element from dist/custom-elements.json (run by
 * `npm run build:manifest`), so tags, attributes, events, tokens, parts and states complete and
 * show their docs on hover:
 *   dist/vscode.html-custom-data.json — VS Code `html.customData` (tags, attributes, enum values)
 *   dist/vscode.css-custom-data.json  — VS Code `css.customData` (`--pk-*` properties,
 *                                       `::part()` names as pseudo-elements, `:state()` names as
 *                                       pseudo-classes)
 *   dist/web-types.json               — JetBrains Web Types (package.json `"web-types"`)
 * `npm run check:editor-data` validates the three files against their published JSON Schemas.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const { name: packageName, version, exports: exportsMap } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Where an element's generated page (docs/elements/<tag>.md, shipped in the package) is read online. */
const docUrl = (tag) => `https://cdn.jsdelivr.net/npm/${packageName}@${version}/docs/elements/${tag}.md`;

/**
 * String-literal unions by alias name, from the sources (`export type ThemeName = 'light' | 'dark'
 * | 'auto';`): the manifest keeps an attribute's type as written, often an alias.
 */
const aliases = new Map();
for (const file of readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts'))) {
  for (const [, alias, text] of readFileSync(`src/${file}`, 'utf8').matchAll(/^export type (\w+) = ([^;{}<>]+);$/gm)) {
    aliases.set(alias, [...(aliases.get(alias) ?? []), text]);
  }
}

/** The values of a union of string literals (through aliases), or undefined for any other type. */
function literalValues(typeText, seen = new Set()) {
  const values = [];
  for (const member of typeText.split('|').map((m) => m.trim())) {
    const literal = /^'([^']*)'$|^"([^"]*)"$/.exec(member);
    if (literal) values.push(literal[1] ?? literal[2]);
    else if (member === 'undefined' || member === 'null') continue;
    else if (aliases.has(member) && !seen.has(member)) {
      const expanded = aliases.get(member).map((text) => literalValues(text, new Set([...seen, member]))).find(Boolean);
      if (!expanded) return undefined;
      values.push(...expanded);
    } else return undefined;
  }
  return values.length > 0 ? values : undefined;
}

const plainType = (type) => (type?.text ?? '').split('|').map((m) => m.trim()).filter((m) => m !== 'undefined').join(' | ');
const unquote = (text) => (text && /^(['"]).*\1$/.test(text) ? text.slice(1, -1) : text);
/** The markdown said of one attribute or property: description, type and default. */
const about = (item) =>
  [item.description, plainType(item.type) && `Type: \`${plainType(item.type)}\``, item.default && `Default: \`${item.default}\``]
    .filter(Boolean)
    .join('\n\n');

/** The package entry that exports a module (`purpose-kit/why-banner`), from package.json `exports`. */
function entryOf(modulePath) {
  const key = Object.keys(exportsMap).find((k) => exportsMap[k]?.default === `./${modulePath}`);
  return key ? `${packageName}${key.slice(1)}` : packageName;
}

const elements = manifest.modules
  .flatMap((moduleDoc) => (moduleDoc.declarations ?? []).map((declaration) => ({ ...declaration, module: moduleDoc.path })))
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** An element's hover text: summary, description (with its usage example) and events; the docs link is a reference. */
function elementDoc(element) {
  const events = (element.events ?? []).filter((e) => e.name).map((e) => `\`${e.name}\``);
  return [
    element.summary && `**${element.summary}**`,
    element.description,
    events.length > 0 && `Events: ${events.join(', ')}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

const markdown = (value) => ({ kind: 'markdown', value });
const isBoolean = (attribute) => plainType(attribute.type) === 'boolean';

const htmlData = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: markdown(elementDoc(element)),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = literalValues(attribute.type?.text ?? '');
      return {
        name: attribute.name,
        ...(attribute.description || attribute.type ? { description: markdown(about(attribute)) } : {}),
        ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
        ...(values ? { values: values.map((value) => ({ name: value })) } : {}),
      };
    }),
    references: [{ name: `<${element.tagName}> documentation`, url: docUrl(element.tagName) }],
  })),
};

/** One entry per name across elements (the shared tokens, `base`, `ready`…), saying which elements have it. */
function merged(pick, describe) {
  const byName = new Map();
  for (const element of elements) {
    for (const item of pick(element) ?? []) {
      const entry = byName.get(item.name) ?? { item, tags: [] };
      entry.tags.push(element.tagName);
      byName.set(item.name, entry);
    }
  }
  return [...byName.values()]
    .sort((a, b) => a.item.name.localeCompare(b.item.name))
    .map(({ item, tags }) => describe(item, tags));
}
const on = (tags) => `On ${tags.map((tag) => `\`<${tag}>\``).join(', ')}.`;

const cssData = {
  version: 1.1,
  properties: merged(
    (e) => e.cssProperties,
    (p, tags) => ({
      name: p.name,
      description: markdown([p.description, p.default && `Default: \`${p.default}\``, on(tags)].filter(Boolean).join('\n\n')),
    }),
  ),
  pseudoElements: merged(
    (e) => e.cssParts,
    (p, tags) => ({ name: `::part(${p.name})`, description: markdown([p.description, on(tags)].filter(Boolean).join('\n\n')) }),
  ),
  pseudoClasses: merged(
    (e) => e.cssStates,
    (s, tags) => ({ name: `:state(${s.name})`, description: markdown([s.description, on(tags)].filter(Boolean).join('\n\n')) }),
  ),
};

/** A Web Types attribute value: enum (with its `values`), a boolean without value, or a typed plain value. */
function webTypesAttribute(attribute) {
  const values = literalValues(attribute.type?.text ?? '');
  return {
    name: attribute.name,
    ...(attribute.description || attribute.type ? { description: about(attribute) } : {}),
    ...(attribute.default ? { default: unquote(attribute.default) } : {}),
    value: values ? { type: 'enum' } : isBoolean(attribute) ? { kind: 'no-value', type: 'boolean' } : { type: plainType(attribute.type) || 'string' },
    ...(values ? { values: values.map((value) => ({ name: value })) } : {}),
  };
}

const publicFields = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'));

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: packageName,
  version,
  'js-types-syntax': 'typescript',
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: [element.summary && `**${element.summary}**`, element.description].filter(Boolean).join('\n\n'),
        'doc-url': docUrl(element.tagName),
        source: { module: entryOf(element.module), symbol: element.name },
        attributes: (element.attributes ?? []).map(webTypesAttribute),
        ...(element.slots?.length ? { slots: element.slots.map((s) => ({ name: s.name, ...(s.description ? { description: s.description } : {}) })) } : {}),
        js: {
          properties: publicFields(element).map((field) => ({
            name: field.name,
            ...(field.description ? { description: field.description } : {}),
            ...(field.type?.text ? { type: field.type.text } : {}),
            ...(field.readonly ? { 'read-only': true } : {}),
          })),
          events: (element.events ?? [])
            .filter((e) => e.name)
            .map((e) => ({ name: e.name, ...(e.description ? { description: e.description } : {}), ...(e.type?.text ? { type: e.type.text } : {}) })),
        },
        css: {
          properties: (element.cssProperties ?? []).map((p) => ({
            name: p.name,
            description: [p.description, p.default && `Default: \`${p.default}\``].filter(Boolean).join('\n\n'),
          })),
          parts: (element.cssParts ?? []).map((p) => ({ name: p.name, ...(p.description ? { description: p.description } : {}) })),
        },
      })),
    },
  },
};

const write = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
write('dist/vscode.html-custom-data.json', htmlData);
write('dist/vscode.css-custom-data.json', cssData);
write('dist/web-types.json', webTypes);
console.log(`Editor data: ${elements.length} elements → dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json, dist/web-types.json`);
