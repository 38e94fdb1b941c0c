/**
 * The one SQL layer: the same statements run on PGlite (PostgreSQL in WebAssembly, a data directory
 * on disk, one process) and on a real PostgreSQL (a pool, any number of processes).
 */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

export type StorageKind = 'pglite' | 'postgres';

export interface Store extends Sql {
  readonly kind: StorageKind;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * Reads that all see one moment of the store, however long they take (a streamed export): rows
   * committed meanwhile, even with an earlier sequence number, neither appear nor leave gaps.
   */
  snapshot(): Promise<Sql & { end(): Promise<void> }>;
  close(): Promise<void>;
}

export interface StoreLocation {
  /** A PostgreSQL connection string; when absent, PGlite in `dataDir` (in memory without one). */
  databaseUrl?: string;
  dataDir?: string;
  /** Connections in the PostgreSQL pool. */
  poolSize?: number;
}

export async function openStore(location: StoreLocation): Promise<Store> {
  if (location.databaseUrl) return (await import('./postgres.js')).openPostgres(location.databaseUrl, location.poolSize ?? 10);
  return (await import('./pglite.js')).openPglite(location.dataDir);
}
