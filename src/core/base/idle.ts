/** Where `requestIdleCallback` is missing (Safari), a task soon after gets this much time. */
const FALLBACK_BUDGET_MS = 8;

/**
 * Runs `task` in the next idle moment of the page (`requestIdleCallback`), or soon after in a task
 * of its own where there is no such thing; returns what cancels it.
 */
export function whenIdle(task: (deadline: IdleDeadline) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task);
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => {
    const end = performance.now() + FALLBACK_BUDGET_MS;
    task({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
  });
  return () => clearTimeout(timer);
}
