/**
 * The `pk-*` elements the library's side-effect entry (src/define.ts) defines, found by watching
 * `customElements.define` while it loads. Suites that render every element iterate over this list,
 * so an element added to src/define.ts is covered the day it lands.
 *
 * A test file that uses it must not import src/define.ts or any element's define.ts itself.
 */
import { PkElement } from '../../src/core/base/pk-element.js';

let loading: Promise<readonly string[]> | undefined;

/** Loads src/define.ts once and resolves to the tags of the elements it defined, in order. */
export function loadLibrary(): Promise<readonly string[]> {
  loading ??= watchDefinitions(() => import('../../src/define.js'));
  return loading;
}

async function watchDefinitions(load: () => Promise<unknown>): Promise<readonly string[]> {
  const registry = customElements;
  const define = registry.define;
  const tags: string[] = [];
  registry.define = (name, constructor, options) => {
    define.call(registry, name, constructor, options);
    if (constructor.prototype instanceof PkElement) tags.push(name);
  };
  try {
    await load();
  } finally {
    // The own property goes; the registry's own method is back.
    delete (registry as Partial<CustomElementRegistry>).define;
  }
  if (tags.length === 0) {
    throw new Error('src/define.ts defined no element: was it (or an element) imported before loadLibrary()?');
  }
  return tags;
}
