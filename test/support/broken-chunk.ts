/**
 * A lazily loaded chunk whose import fails as it does offline or after a redeploy (the file is
 * gone, so the dynamic import rejects), for the tests of what an element shows and reports then.
 */
import type { LazyModule } from '../../src/core/base/lazy-part.js';

/** What a dynamic import rejects with when its file cannot be fetched. */
export const unreachable = (): Promise<never> => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

export interface BrokenChunk<T> {
  /** The chunk's real import, for a test that stages how the network comes back. */
  real(): Promise<T>;
  /** Gives the chunk back its real import ("Try again" then loads it); call it in a `finally` too. */
  mend(): void;
}

/** Makes `module`'s import fail until `mend()`. */
export function breakChunk<T>(module: LazyModule<T>): BrokenChunk<T> {
  const load = module.load;
  module.load = unreachable;
  return {
    real: () => load.call(module),
    mend: () => {
      module.load = load;
    },
  };
}
