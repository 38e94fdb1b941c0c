/**
 * One observer for the whole page tells elements when a `lang` or `dir` attribute changes
 * anywhere in the document (a language switcher, a right-to-left toggle).
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchLanguage(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
