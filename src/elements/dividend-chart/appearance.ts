import { composedAncestors } from '../../core/config/resolve.js';

/** Operating-system settings that change how the theme resolves. */
const QUERIES = ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)', '(forced-colors: active)', '(prefers-contrast: more)'];
/** Attributes with which pages and themers switch themes. */
const ATTRIBUTES = ['class', 'style', 'theme', 'data-theme', 'data-color-scheme', 'data-mode'];

/**
 * Calls `onChange` whenever the resolved theme may have changed without the element re-rendering:
 * an operating-system setting (dark mode, reduced motion, forced colours, contrast), or a class,
 * style or theme attribute on the element or any ancestor (through shadow roots). Returns the
 * function that stops watching.
 */
export function watchAppearance(element: Element, onChange: () => void): () => void {
  const lists = QUERIES.map((query) => matchMedia(query));
  for (const list of lists) list.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  for (const node of composedAncestors(element)) observer.observe(node, { attributes: true, attributeFilter: ATTRIBUTES });
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
    observer.disconnect();
  };
}
