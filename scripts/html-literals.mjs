/**
 * Drops the indentation after line breaks in Lit `html` and `svg` tagged templates at build time:
 * JavaScript minifiers keep template literals as written. A line break still separates what it
 * separated (HTML collapses a break and the spaces after it to one space anyway); no template of
 * the library puts text in a `<pre>` or `<textarea>` or under `white-space: pre`, where they would show.
 */
import { parseSync, Visitor } from 'oxc-parser';

const TAGS = new Set(['html', 'svg']);

/** The source with the indentation inside every `html`/`svg` template's static parts removed. */
export function dropTemplateIndentation(code, fileName = 'module.ts') {
  const { program } = parseSync(fileName, code);
  const edits = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      if (node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
      for (const quasi of node.quasi.quasis) edits.push([quasi.start, quasi.end]);
    },
  }).visit(program);
  edits.sort((a, b) => b[0] - a[0]);
  let result = code;
  for (const [start, end] of edits) {
    result = result.slice(0, start) + result.slice(start, end).replace(/\n[ \t]+/g, '\n') + result.slice(end);
  }
  return result;
}

/** The vite plugin: our own TypeScript modules only. */
export function htmlLiterals() {
  return {
    name: 'purpose-kit:html-literals',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/.*\.ts$/.test(file) || !/\b(html|svg)`/.test(code)) return null;
      return { code: dropTemplateIndentation(code, file), map: null };
    },
  };
}
