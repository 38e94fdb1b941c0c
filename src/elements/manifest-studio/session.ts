/**
 * The studio's working state, kept out of the element: the version last saved (or loaded) with
 * its ETag, the draft with its undo history, what the validator says of the draft, which view is
 * open, and the draft kept in `localStorage` so a reload loses nothing (`core/studio/draft-store.ts`).
 */
import type { ReactiveControllerHost } from 'lit';
import type { ManifestIssue } from '../../core/errors.js';
import type { Manifest } from '../../core/manifest/types.js';
import { validateManifest } from '../../core/manifest/validate.js';
import { diffManifests, type Change } from '../../core/studio/diff.js';
import { forgetDraft, readDraft, writeDraft } from '../../core/studio/draft-store.js';
import { DraftHistory } from '../../core/studio/history.js';
import { equal } from '../../core/studio/json.js';
import type { Conflict } from '../../core/studio/rebase.js';
import type { VersionTag } from '../../core/studio/collector-client.js';

export type View = 'list' | 'editor' | 'inbox' | 'changes' | 'conflict';

export interface Validation {
  readonly errors: readonly ManifestIssue[];
  /** The draft as the validator accepted it; the last valid draft while it has errors. */
  readonly valid: Manifest;
}

export interface ConflictState {
  readonly current: VersionTag & { readonly manifest: Manifest };
  readonly conflicts: readonly Conflict[];
}

export class StudioSession {
  /** The version last saved or loaded: what the diff compares with and a save is conditional on. */
  saved: Manifest;
  etag?: string;
  readonly history: DraftHistory<Manifest>;
  view: View = 'list';
  /** The id of the course open in the editor (kept when going back, to focus its row). */
  course?: string;
  conflict?: ConflictState;
  /** How many courses the list shows (it grows a page at a time). */
  listed = 0;
  /** The last result said in the live region. */
  announcement = '';
  private validated?: { draft: Manifest; validation: Validation };
  private changesOf?: { saved: Manifest; draft: Manifest; changes: Change[] };

  readonly key: string;

  /** @param origin the key the draft is stored under (the manifest's URL, or `property`) and the ETag of `manifest` */
  constructor(
    private readonly host: ReactiveControllerHost,
    manifest: Manifest,
    origin: { key: string; etag?: string },
  ) {
    this.key = origin.key;
    this.saved = manifest;
    this.etag = origin.etag;
    this.history = new DraftHistory(manifest);
  }

  /**
   * Takes up the draft kept for this manifest, unless it is the manifest as loaded or an edit came
   * first. It is kept with the version it was made from: a save then meets any newer version as a
   * conflict. True when a draft was restored.
   */
  async restore(): Promise<boolean> {
    const stored = await readDraft(this.key);
    if (!stored || this.history.canUndo || equal(stored.draft, this.saved)) return false;
    // A URL names one document through its versions; `property` names whatever object the host gave:
    // its draft belongs to that manifest only.
    if (this.key === 'property' && !equal(stored.base, this.saved)) return false;
    this.saved = stored.base as Manifest;
    this.etag = stored.etag;
    this.history.reset(this.saved);
    this.history.apply(stored.draft as Manifest);
    this.host.requestUpdate();
    return true;
  }

  get draft(): Manifest {
    return this.history.present;
  }

  get validation(): Validation {
    const { draft } = this;
    if (this.validated?.draft !== draft) {
      const result = validateManifest(draft);
      const valid = result.ok ? result.manifest : (this.validated?.validation.valid ?? this.saved);
      this.validated = { draft, validation: { errors: result.ok ? [] : result.errors, valid } };
    }
    return this.validated.validation;
  }

  /** What changed since the version last saved, field by field. */
  get changes(): Change[] {
    const { draft, saved } = this;
    if (this.changesOf?.draft !== draft || this.changesOf.saved !== saved) this.changesOf = { saved, draft, changes: diffManifests(saved, draft) };
    return this.changesOf.changes;
  }

  /** Makes `next` the draft; `group` names the text field a run of typing goes to (one undo step). */
  edit(next: Manifest, group?: string): void {
    this.history.apply(next, group);
    this.changed();
  }

  undo(): boolean {
    const done = this.history.undo();
    if (done) this.changed();
    return done;
  }

  redo(): boolean {
    const done = this.history.redo();
    if (done) this.changed();
    return done;
  }

  /** The draft is now stored as `version` (its `etag`); or `manifest` became the version to edit from. */
  savedAs(tag: { etag?: string }, manifest: Manifest = this.draft): void {
    this.saved = manifest;
    this.etag = tag.etag;
    this.conflict = undefined;
    this.keep();
    this.host.requestUpdate();
  }

  open(view: View, course?: string): void {
    this.view = view;
    if (course !== undefined) this.course = course;
    this.host.requestUpdate();
  }

  say(text: string): void {
    // The same sentence twice must still be read out: clear it, draw that, then say it.
    this.announcement = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.announcement = text;
      this.host.requestUpdate();
    });
  }

  private changed(): void {
    this.keep();
    this.host.requestUpdate();
  }

  /** Stores the draft while it differs from the version saved; forgets it once it does not. */
  private keep(): void {
    if (equal(this.draft, this.saved)) void forgetDraft(this.key);
    else void writeDraft(this.key, { base: this.saved, ...(this.etag && { etag: this.etag }), draft: this.draft });
  }
}
