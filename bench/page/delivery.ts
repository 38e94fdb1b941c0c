/**
 * Scenario 5: delivering 1,000 queued events to the local endpoint. The driver fills the outbox
 * once through the library (the endpoint refusing, so everything stays queued), keeps a copy of
 * what the library stored, and before every run puts that copy back into a fresh page, as if
 * earlier pages had left 1,000 events behind. A run is timed from the page asking for its delivery
 * (`getDelivery`) until the outbox is empty.
 *
 * The baseline is a hand-written sender over the same records: one read-only transaction for the
 * whole outbox, then for each batch of 50 one POST and one read-write transaction deleting it.
 */
import { purposeKit } from './library.js';

const EVENTS = 1000;
const BATCH = 50;
/** The outbox of the library: its own database per endpoint and format, named like this. */
const OUTBOX_DATABASES = 'purpose-kit-outbox';
const BASELINE = { database: 'pk-bench-baseline-outbox', store: 'events' };

interface StoredRecord {
  key: IDBValidKey;
  value: unknown;
}

export interface OutboxCopy {
  database: string;
  store: string;
  records: StoredRecord[];
}

function request<T>(idb: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    idb.onsuccess = () => resolve(idb.result);
    idb.onerror = () => reject(idb.error);
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

function open(name: string, store?: string): Promise<IDBDatabase> {
  const opening = indexedDB.open(name);
  if (store) opening.onupgradeneeded = () => opening.result.createObjectStore(store);
  return request(opening);
}

const transactions = () => window.pkBenchIdb.transactions;

/** How long each successive hundred events took to be stored: whether queueing slows as the outbox fills. */
const SPLIT = 100;

/**
 * Queues `EVENTS` rating events through the library: every `enqueue()` call made at once (the
 * library stores each in its own transaction; IndexedDB runs them one after another), so the
 * figure is the storage work, not the page's round trips between calls.
 */
export async function fillOutbox(endpoint: string): Promise<{ ms: number; transactions: number; msPerHundred: number[] }> {
  const { getDelivery } = await purposeKit();
  const delivery = getDelivery({ endpoint, format: 'json' });
  const before = transactions();
  const start = performance.now();
  const stored = await Promise.all(
    Array.from({ length: EVENTS }, (_, i) =>
      delivery
        .enqueue({
          type: 'rating',
          learnerId: `learner-${i % 40}`,
          courseId: `course-${i}`,
          pillarId: `pillar-${i % 12}`,
          data: { relevance: (i % 5) + 1, clarity: ((i + 2) % 5) + 1 },
        })
        .then(() => performance.now()),
    ),
  );
  const msPerHundred = Array.from({ length: EVENTS / SPLIT }, (_, k) => stored[(k + 1) * SPLIT - 1]! - (k === 0 ? start : stored[k * SPLIT - 1]!));
  const ms = Math.max(...stored) - start;
  await delivery.dispose();
  return { ms, transactions: transactions() - before, msPerHundred };
}

/** What the library stored, read back record by record. */
export async function copyOutbox(): Promise<OutboxCopy[]> {
  const names = (await indexedDB.databases()).map(({ name }) => name ?? '').filter((name) => name.startsWith(OUTBOX_DATABASES));
  return Promise.all(
    names.map(async (name) => {
      const database = await open(name);
      const [store] = [...database.objectStoreNames];
      const objects = database.transaction(store!, 'readonly').objectStore(store!);
      const [keys, values] = await Promise.all([request(objects.getAllKeys()), request(objects.getAll())]);
      database.close();
      return { database: name, store: store!, records: keys.map((key, i) => ({ key, value: values[i] })) };
    }),
  );
}

async function put(name: string, store: string, records: readonly StoredRecord[]): Promise<void> {
  const database = await open(name, store);
  const transaction = database.transaction(store, 'readwrite');
  const objects = transaction.objectStore(store);
  for (const { key, value } of records) objects.put(value, key);
  await done(transaction);
  database.close();
}

/** Puts the copy back into the library's outbox, or into the baseline's. */
export async function restoreOutbox(copies: readonly OutboxCopy[], side: 'element' | 'baseline'): Promise<void> {
  for (const { database, store, records } of copies) {
    await (side === 'element' ? put(database, store, records) : put(BASELINE.database, BASELINE.store, records));
  }
}

/** The library delivers what the outbox holds. */
export async function deliver(endpoint: string): Promise<{ ms: number; transactions: number }> {
  const { getDelivery } = await purposeKit();
  const before = transactions();
  const start = performance.now();
  await getDelivery({ endpoint, format: 'json' }).flush();
  return { ms: performance.now() - start, transactions: transactions() - before };
}

/** The hand-written sender delivers the same records. */
export async function deliverBaseline(endpoint: string): Promise<{ ms: number; transactions: number }> {
  const before = transactions();
  const start = performance.now();
  const database = await open(BASELINE.database, BASELINE.store);
  const objects = database.transaction(BASELINE.store, 'readonly').objectStore(BASELINE.store);
  const [keys, values] = await Promise.all([request(objects.getAllKeys()), request(objects.getAll())]);
  for (let first = 0; first < keys.length; first += BATCH) {
    const events = values.slice(first, first + BATCH).map((event) => {
      const { display: _display, ...sent } = event as { display?: unknown };
      return sent;
    });
    const response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ events }) });
    if (!response.ok) throw new Error(`the endpoint answered ${response.status}`);
    const deleting = database.transaction(BASELINE.store, 'readwrite');
    for (const key of keys.slice(first, first + BATCH)) deleting.objectStore(BASELINE.store).delete(key);
    await done(deleting);
  }
  database.close();
  return { ms: performance.now() - start, transactions: transactions() - before };
}
