const inPageTails = new Map<string, Promise<unknown>>();

/**
 * Runs `task` holding the lock `name`: across tabs with Web Locks; without them (insecure
 * contexts, old browsers) only within this page, by chaining tasks.
 */
export function withLock<T>(locks: LockManager | undefined, name: string, task: () => Promise<T>): Promise<T> {
  if (locks) return locks.request(name, task);
  const run = (inPageTails.get(name) ?? Promise.resolve()).then(task, task);
  inPageTails.set(name, run);
  return run;
}
