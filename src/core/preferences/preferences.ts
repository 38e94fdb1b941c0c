import { createStore, get, set, type UseStore } from 'idb-keyval';

/**
 * Small records a learner leaves on this device: a dismissed banner, their last rating of a course.
 * Kept in IndexedDB (idb-keyval), one key per learner and item. Where storage is blocked (private
 * modes, locked-down browsers) they live in memory for the page's lifetime, with one warning.
 * Elements read and write them only through this module.
 */
const DATABASE = 'purpose-kit-preferences';
const STORE = 'preferences';

/** What a record is (`rating`, `why-dismissed`), whose it is (learner id, '' when anonymous), and what it is about. */
export type PreferenceKey = readonly [kind: string, learner: string, item: string];

let store: UseStore | undefined;
let memory: Map<string, unknown> | undefined;

function persistent(): UseStore {
  store ??= createStore(DATABASE, STORE);
  return store;
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
async function withStore<T>(stored: (store: UseStore) => Promise<T>, inMemory: (memory: Map<string, unknown>) => T): Promise<T> {
  if (!memory) {
    try {
      return await stored(persistent());
    } catch (error) {
      return inMemory(fallBackToMemory(error));
    }
  }
  return inMemory(memory);
}

export function readPreference<T>(key: PreferenceKey): Promise<T | undefined> {
  return withStore(
    (idb) => get<T>([...key], idb),
    (map) => map.get(JSON.stringify(key)) as T | undefined,
  );
}

export function writePreference(key: PreferenceKey, value: unknown): Promise<void> {
  return withStore(
    (idb) => set([...key], value, idb),
    (map) => void map.set(JSON.stringify(key), value),
  );
}
