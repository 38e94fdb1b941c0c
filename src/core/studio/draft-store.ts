/**
 * Where an unsaved draft survives a reload: IndexedDB (database `purpose-kit-studio`, store
 * `drafts`), one entry per manifest (its absolute URL, or `property` for a manifest given as an
 * object or inline), holding the version the draft was made from (with its ETag) and the draft.
 * IndexedDB rather than `localStorage`: a catalogue of thousands of courses, kept twice (the
 * version and the draft), is past what `localStorage` holds. It is written on every change and
 * removed once saved; writes are ordered (one store, transactions run in the order they are made).
 * A page whose storage is blocked keeps working without this safety net, and says so once in the
 * console.
 */
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';

export interface StoredDraft {
  /** The version the draft was edited from, as it was loaded. */
  readonly base: unknown;
  readonly etag?: string;
  readonly draft: unknown;
  /** When it was written (ISO 8601). */
  readonly at: string;
}

let store: UseStore | undefined;
let warned = false;

const drafts = (): UseStore => (store ??= createStore('purpose-kit-studio', 'drafts'));

function warn(error: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`[purpose-kit] <pk-manifest-studio> the draft cannot be kept across reloads: ${String(error)}`);
}

export async function readDraft(key: string): Promise<StoredDraft | undefined> {
  try {
    const stored = (await get(key, drafts())) as StoredDraft | undefined;
    return stored && typeof stored === 'object' && 'draft' in stored && 'base' in stored ? stored : undefined;
  } catch (error) {
    warn(error);
    return undefined;
  }
}

export async function writeDraft(key: string, draft: Omit<StoredDraft, 'at'>): Promise<void> {
  try {
    await set(key, { ...draft, at: new Date().toISOString() }, drafts());
  } catch (error) {
    warn(error);
  }
}

export async function forgetDraft(key: string): Promise<void> {
  try {
    await del(key, drafts());
  } catch (error) {
    warn(error);
  }
}

/** Forgets every kept draft (a kiosk between users, a story, a test). */
export async function forgetAllDrafts(): Promise<void> {
  try {
    await clear(drafts());
  } catch (error) {
    warn(error);
  }
}
