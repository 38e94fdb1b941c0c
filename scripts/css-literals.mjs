/**
 * Minifies the CSS in Lit `css` tagged templates at build time: JavaScript minifiers keep template
 * literals as written, so the elements' stylesheets would ship with their comments, indentation
 * and line breaks. Only literals without `${…}` are touched (the library's styles have none).
 */

/** Quoted strings, kept exactly as written. */
const STRINGS = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/;

/**
 * Removes comments and the whitespace CSS does not need: runs become one space, and none is kept
 * around `{ } ; , >` or after `:` (no selector has a space after a colon; a declaration's value
 * starts after it either way), and a number's leading zero goes (`0.5rem` is `.5rem`). Spaces that
 * carry meaning stay (descendant combinators, `a + b` in calc()).
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(STRINGS)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/([ :,(/])0\.(\d)/g, '$1.$2').replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/** The vite plugin: our own TypeScript modules only. */
export function cssLiterals() {
  return {
    name: 'purpose-kit:css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_LITERAL, (_, css) => `css\`${minifyCss(css)}\``), map: null };
    },
  };
}
