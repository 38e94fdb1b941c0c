import type { UseStore } from 'idb-keyval';

/**
 * Small records a learner leaves on this device: a dismissed banner, their last rating of a course.
 * Kept in IndexedDB (idb-keyval, loaded on first use), one key per learner and item. Where storage
 * is blocked (private modes, locked-down browsers) they live in memory for the page's lifetime,
 * with one warning. Elements read and write them only through this module.
 *
 * Operations run one after another in the order they were asked for, so a read made after a write
 * sees it. Reads asked for together (a page of 1,000 why-banners) share one IndexedDB transaction
 * and settle together: one re-render of the page instead of a thousand.
 */
const DATABASE = 'purpose-kit-preferences';
const STORE = 'preferences';

/** What a record is (`rating`, `why-dismissed`), whose it is (learner id, '' when anonymous), and what it is about. */
export type PreferenceKey = readonly [kind: string, learner: string, item: string];

interface Database {
  readonly idb: typeof import('idb-keyval');
  readonly store: UseStore;
}

/** Reads waiting for their turn; a read asked for before that turn joins them. */
interface ReadBatch {
  readonly keys: PreferenceKey[];
  readonly values: Promise<readonly unknown[]>;
}

let database: Promise<Database> | undefined;
let memory: Map<string, unknown> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let gathering: ReadBatch | undefined;

function persistent(): Promise<Database> {
  database ??= import('idb-keyval').then((idb) => ({ idb, store: idb.createStore(DATABASE, STORE) }));
  return database;
}

function fallBackToMemory(error: unknown): Map<string, unknown> {
  if (!memory) {
    memory = new Map();
    console.warn(
      '[purpose-kit] this browser does not keep data (IndexedDB is unavailable); learner preferences last until the page closes.',
      error,
    );
  }
  return memory;
}

/** Runs `stored` against IndexedDB, or `inMemory` once storage has failed. */
async function withStore<T>(stored: (db: Database) => Promise<T>, inMemory: (memory: Map<string, unknown>) => T): Promise<T> {
  if (!memory) {
    try {
      return await stored(await persistent());
    } catch (error) {
      return inMemory(fallBackToMemory(error));
    }
  }
  return inMemory(memory);
}

/** Runs `operation` after every operation asked for before it. */
function inTurn<T>(operation: () => Promise<T>): Promise<T> {
  const result = queue.then(operation);
  queue = result.catch(() => undefined);
  return result;
}

function readMany(keys: readonly PreferenceKey[]): Promise<readonly unknown[]> {
  return withStore(
    ({ idb, store }) => idb.getMany(keys.map((key) => [...key]), store),
    (map) => keys.map((key) => map.get(JSON.stringify(key))),
  );
}

export function readPreference<T>(key: PreferenceKey): Promise<T | undefined> {
  let batch = gathering;
  if (!batch) {
    const keys: PreferenceKey[] = [];
    const values = inTurn(() => {
      if (gathering?.keys === keys) gathering = undefined;
      return readMany(keys);
    });
    batch = gathering = { keys, values };
  }
  const index = batch.keys.push(key) - 1;
  return batch.values.then((values) => values[index] as T | undefined);
}

export function writePreference(key: PreferenceKey, value: unknown): Promise<void> {
  // Reads asked for after this write must see it: they go in a batch after it.
  gathering = undefined;
  return inTurn(() =>
    withStore(
      ({ idb, store }) => idb.set([...key], value, store),
      (map) => void map.set(JSON.stringify(key), value),
    ),
  );
}
