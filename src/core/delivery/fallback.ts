import type { StorageKind } from './outbox.js';

/**
 * A store in IndexedDB with memory behind it. Operations run on the primary store until its first
 * failure (private modes, blocked storage, `indexedDB.open` throwing, quota); from then on the
 * memory store, made at that moment, takes them for the rest of the page's life, and `onFallback`
 * runs once. The outbox and the dead letters both keep their events this way.
 */
export class Fallback<Store extends { readonly storage: StorageKind }> {
  readonly primary: Store;
  #memory: Store | undefined;
  readonly #makeMemory: () => Store;
  readonly #onFallback: (error: unknown) => void;

  constructor(primary: Store, makeMemory: () => Store, onFallback: (error: unknown) => void) {
    this.primary = primary;
    this.#makeMemory = makeMemory;
    this.#onFallback = onFallback;
  }

  /** The memory store, once the primary has failed; undefined before. */
  get memory(): Store | undefined {
    return this.#memory;
  }

  get storage(): StorageKind {
    return (this.#memory ?? this.primary).storage;
  }

  /** Runs the operation on the primary while it works; `undefined` once it has failed (now or before): use `memory`. */
  async onPrimary<T>(operation: (store: Store) => Promise<T>): Promise<{ result: T } | undefined> {
    if (this.#memory) return undefined;
    try {
      return { result: await operation(this.primary) };
    } catch (error) {
      if (!this.#memory) {
        this.#memory = this.#makeMemory();
        this.#onFallback(error);
      }
      return undefined;
    }
  }
}
