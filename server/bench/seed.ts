/**
 * Stored ratings for the read benchmark, fast: through the collector's own `ingest()` in big
 * batches, straight into the store (no HTTP), so the events and their rollups are exactly what
 * the server would have stored.
 */
import type { PkEvent } from '../../src/core/delivery/event.js';
import { ingest } from '../src/ingest/ingest.js';
import { pseudonymiser } from '../src/privacy/pseudonym.js';
import { migrate } from '../src/store/migrations.js';
import { openStore, type StoreLocation } from '../src/store/store.js';
import { SECRET } from '../test/support/server-process.js';
import { ratings, type Shape } from './events.js';

const BATCH = 10_000;

export interface Seeded {
  /** Ratings stored in all, after this call. */
  stored: number;
  seconds: number;
  /** Set when the seeding stopped early because it would have taken longer than the budget. */
  projectedSeconds?: number;
}

/** Adds ratings to the store at `location` until it holds `total` (it holds `already` now). */
export async function seedRatings(location: StoreLocation, options: { already: number; total: number; shape: Shape; budgetSeconds?: number }): Promise<Seeded> {
  const store = await openStore(location);
  const pseudonymise = pseudonymiser(SECRET);
  const started = performance.now();
  let stored = options.already;
  try {
    await migrate(store);
    while (stored < options.total) {
      const count = Math.min(BATCH, options.total - stored);
      await ingest(store, ratings(count, options.shape) as unknown as PkEvent[], pseudonymise);
      stored += count;
      const seconds = (performance.now() - started) / 1000;
      const projectedSeconds = (seconds / (stored - options.already)) * (options.total - options.already);
      // Judged once a tenth is in, so a slow store is found out early.
      if (options.budgetSeconds && stored - options.already >= (options.total - options.already) / 10 && projectedSeconds > options.budgetSeconds && stored < options.total) {
        return { stored, seconds, projectedSeconds };
      }
    }
    // What autovacuum does within a minute of a bulk load on a real server: fresh planner statistics
    // and a visibility map, without which the read would be timed against a store no server has for long.
    await store.query('vacuum analyze');
    return { stored, seconds: (performance.now() - started) / 1000 };
  } finally {
    await store.close();
  }
}
