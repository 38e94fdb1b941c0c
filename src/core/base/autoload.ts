/**
 * Defines elements when their tags appear: the CDN module's way to make every `pk-*` tag work
 * while a page downloads only the elements it uses. Each loader imports one element's `define`
 * module. The document is watched from the start; a shadow root is watched once it is passed to
 * `discover` (no observer can see into shadow roots it was not given). Once every element is
 * defined there is nothing left to look for, and the watching stops.
 */
import { PkError } from '../errors.js';
import { loadLocale, matchLocale, translate } from '../i18n/i18n.js';
import { emit } from './events/emit.js';

export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface Autoloader {
  /** Loads the elements used in `root` and every one added to it later. */
  discover(root: Document | ShadowRoot | Element): Promise<void>;
  /** Loads the named elements, or every one when none is named. */
  preload(...tags: string[]): Promise<void>;
}

const UNDEFINED = ':not(:defined)';
/** Marks the sentence put inside a tag whose code could not be loaded. */
const FAILURE = 'data-pk-load-error';

/**
 * Says so inside the tag, in the page's language: the element cannot show anything itself. The
 * sentence is light DOM, so it disappears from view once the element is defined and renders.
 */
async function showFailure(element: Element): Promise<void> {
  const locale = matchLocale([element.closest('[lang]')?.getAttribute('lang'), ...navigator.languages]);
  await loadLocale(locale);
  if (element.querySelector(`:scope > [${FAILURE}]`) || customElements.get(element.localName)) return;
  const note = document.createElement('p');
  note.setAttribute(FAILURE, '');
  note.setAttribute('role', 'alert');
  note.textContent = translate(locale, 'error.element-load');
  element.append(note);
}

export function autoloader(loaders: ElementLoaders): Autoloader {
  const known = new Map(Object.entries(loaders));
  const loading = new Map<string, Promise<void>>();
  const watched = new WeakSet<Node>();
  /** Tags not defined yet, as one selector; empty once every element is. */
  let wanted = [...known.keys()].join(',');

  const load = (tag: string, where: ParentNode): Promise<void> => {
    const loader = known.get(tag);
    if (!loader) return Promise.resolve();
    let promise = loading.get(tag);
    if (!promise) {
      promise = loader().then(
        () => {
          for (const scope of new Set<ParentNode>([document, where])) {
            for (const note of scope.querySelectorAll(`${tag} > [${FAILURE}]`)) note.remove();
          }
          wanted = [...known.keys()].filter((name) => !customElements.get(name)).join(',');
          if (!wanted) observer.disconnect();
        },
        (cause: unknown) => {
          loading.delete(tag); // the next sighting tries again
          const error = new PkError('element-load', `could not load <${tag}>: ${String(cause)}`, { source: tag, cause });
          console.error(`[purpose-kit] ${error.message}`);
          for (const element of where.querySelectorAll(`${tag}${UNDEFINED}`)) {
            emit(element, 'pk-error', { code: error.code, message: error.message, source: tag, issues: [], error });
            void showFailure(element);
          }
        },
      );
      loading.set(tag, promise);
    }
    return promise;
  };

  /** The element tags used in `root` that are not defined yet. */
  const tagsIn = (root: ParentNode): Set<string> => {
    const tags = new Set<string>();
    if (!wanted) return tags;
    if (root instanceof Element && known.has(root.localName) && !customElements.get(root.localName)) tags.add(root.localName);
    for (const element of root.querySelectorAll(wanted)) tags.add(element.localName);
    return tags;
  };

  const loadAll = (root: ParentNode): Promise<void> =>
    Promise.all([...tagsIn(root)].map((tag) => load(tag, root))).then(() => undefined);

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void loadAll(node);
      }
    }
  });

  return {
    discover(root) {
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, { childList: true, subtree: true });
      }
      return loadAll(root);
    },
    preload(...tags) {
      return Promise.all((tags.length ? tags : [...known.keys()]).map((tag) => load(tag, document))).then(() => undefined);
    },
  };
}
