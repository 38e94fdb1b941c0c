/**
 * Where an unsaved draft survives a reload: `localStorage`, one key per manifest (its URL, or
 * `property` for a manifest given as an object), holding the version the draft was made from
 * (with its ETag) and the draft. It is written on every change and removed once saved; a page
 * whose storage is blocked keeps working, without that safety net, and says so once in the console.
 */
const PREFIX = 'purpose-kit:studio-draft:';

export interface StoredDraft {
  /** The version the draft was edited from, as it was loaded. */
  readonly base: unknown;
  readonly etag?: string;
  readonly draft: unknown;
  /** When it was written (ISO 8601). */
  readonly at: string;
}

let warned = false;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function warn(error: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`[purpose-kit] <pk-manifest-studio> the draft cannot be kept across reloads: ${String(error)}`);
}

export function draftKey(source: string): string {
  return PREFIX + source;
}

export function readDraft(source: string): StoredDraft | undefined {
  try {
    const text = storage()?.getItem(draftKey(source));
    const stored = text ? (JSON.parse(text) as StoredDraft) : undefined;
    return stored && typeof stored === 'object' && 'draft' in stored && 'base' in stored ? stored : undefined;
  } catch (error) {
    warn(error);
    return undefined;
  }
}

export function writeDraft(source: string, draft: Omit<StoredDraft, 'at'>): void {
  try {
    storage()?.setItem(draftKey(source), JSON.stringify({ ...draft, at: new Date().toISOString() }));
  } catch (error) {
    warn(error);
  }
}

export function forgetDraft(source: string): void {
  try {
    storage()?.removeItem(draftKey(source));
  } catch (error) {
    warn(error);
  }
}
