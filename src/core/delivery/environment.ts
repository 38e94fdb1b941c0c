import { OUTBOX_LIMITS, type OutboxLimits } from './outbox.js';

/**
 * Everything the sender takes from the outside world. Tests replace the clock, the timers, the
 * randomness or the limits to stay fast and deterministic; the HTTP stays real.
 */
export interface DeliveryEnvironment {
  now(): number;
  /** In [0, 1), for backoff jitter. */
  random(): number;
  /** Runs `task` after `delayMs`; returns a function that cancels it. */
  schedule(task: () => void, delayMs: number): () => void;
  fetch(url: string, init: RequestInit): Promise<Response>;
  /** Web Locks, for one sender across tabs; `undefined` coordinates within the page only. */
  locks: LockManager | undefined;
  limits: OutboxLimits;
}

export function browserEnvironment(): DeliveryEnvironment {
  return {
    now: () => Date.now(),
    random: () => Math.random(),
    schedule: (task, delayMs) => {
      const timer = setTimeout(task, delayMs);
      return () => clearTimeout(timer);
    },
    fetch: (url, init) => fetch(url, init),
    locks: typeof navigator === 'object' ? navigator.locks : undefined,
    limits: OUTBOX_LIMITS,
  };
}
