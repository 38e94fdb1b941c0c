/**
 * Timing helpers shared by every scenario, so the elements and their baselines are measured the
 * same way: `performance.now()` before the work, and after it has reached the screen's layout
 * (a forced synchronous layout), never after an arbitrary wait.
 */

/** What one run of one side of a scenario measured. */
export interface Measurement {
  ms: number;
  /** Counts the scenario reports next to the time (IndexedDB transactions, requests, …). */
  counts?: Record<string, number>;
}

/** The page's stage: every scenario draws into it and clears it before the next run. */
export function stage(): HTMLElement {
  return document.getElementById('stage')!;
}

export function clearStage(): void {
  stage().replaceChildren();
}

/** Forces style and layout of the whole document, so work the browser defers is counted. */
function forceLayout(): void {
  void document.body.offsetHeight;
}

/** A Lit element, as far as the harness needs one. */
export interface UpdatingElement extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly isUpdatePending: boolean;
}

/**
 * Drawn: no update pending and not loading — the host's `loading` custom state (the base element
 * names the face it draws on the host) and no loading box inside (a lazy part still on its way).
 */
function drawn(element: UpdatingElement): boolean {
  return (
    !element.isUpdatePending &&
    !!element.shadowRoot &&
    !element.matches(':state(loading)') &&
    !element.shadowRoot.querySelector('.state-loading, [part~="loading"]')
  );
}

/** An element that has not drawn by then is broken; the scenario reports it instead of hanging. */
const DRAW_TIMEOUT_MS = 30_000;

/**
 * Resolves once the element has drawn its content. It re-checks whenever its shadow DOM changes
 * (a mutation observer, no polling), so waiting for a thousand elements costs next to nothing.
 */
export function whenDrawn(element: UpdatingElement, done: (element: UpdatingElement) => boolean = drawn): Promise<void> {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`<${element.localName}> did not finish drawing within ${DRAW_TIMEOUT_MS / 1000} s`));
    }, DRAW_TIMEOUT_MS);
    const observer = new MutationObserver(() => void check());
    const check = async () => {
      await element.updateComplete;
      if (!done(element)) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve();
    };
    observer.observe(element.shadowRoot!, { childList: true, subtree: true, attributes: true, characterData: true });
    void check();
  });
}

/** Waits until every element has drawn its content (loading faces gone, updates done). */
export async function settled(elements: readonly UpdatingElement[]): Promise<void> {
  await Promise.all(elements.map((element) => whenDrawn(element)));
}

/** Times `work` from its start until its result is laid out. */
export async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  forceLayout();
  return performance.now() - start;
}
