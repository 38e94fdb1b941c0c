/**
 * A canonical text form of rendered DOM, to check that a baseline draws the same thing as the
 * element it stands for: elements with their attributes (sorted), text with whitespace folded,
 * shadow roots inlined. Class lists are compared with their spacing folded. Left out: comments (Lit's markers), whitespace-only text, how adjacent
 * text nodes are split, and the attributes of shadow hosts (an element's own tag and attributes
 * are the page's markup; the baseline's host is a plain element). The `shape` form keeps only
 * elements, attribute names, classes and parts: for a baseline that draws the same blocks with
 * plainer words.
 */
export function canonical(root: Node, { shape = false } = {}): string {
  const lines: string[] = [];
  const walk = (node: Node, depth: number): void => {
    const indent = '  '.repeat(depth);
    if (node instanceof Element) {
      const shadow = node.shadowRoot;
      if (shadow) {
        lines.push(`${indent}<#host>`);
      } else {
        const attributes = [...node.attributes]
          .map(({ name, value }) => (shape && name !== 'class' && name !== 'part' ? name : `${name}="${name === 'class' ? value.replace(/\s+/g, ' ').trim() : value}"`))
          .sort()
          .join(' ');
        lines.push(`${indent}<${node.localName}${attributes ? ` ${attributes}` : ''}>`);
      }
      if (shadow) walkChildren(shadow, depth + 1);
      walkChildren(node, depth + 1);
    }
  };
  const walkChildren = (parent: Node, depth: number): void => {
    let text = '';
    const flush = () => {
      const folded = text.replace(/\s+/g, ' ').trim();
      if (folded && !shape) lines.push(`${'  '.repeat(depth)}"${folded}"`);
      text = '';
    };
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE) {
        flush();
        walk(child, depth);
      }
    }
    flush();
  };
  walkChildren(root, 0);
  return lines.join('\n');
}

/** Where two canonical forms first differ, with a line of context; undefined when they are equal. */
export function firstDifference(element: string, baseline: string): string | undefined {
  if (element === baseline) return undefined;
  const a = element.split('\n');
  const b = baseline.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  return `line ${line + 1}: element ${JSON.stringify(a[line] ?? '(end)')} vs baseline ${JSON.stringify(b[line] ?? '(end)')}`;
}
