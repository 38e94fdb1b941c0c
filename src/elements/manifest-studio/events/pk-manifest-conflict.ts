/**
 * Detail of `pk-manifest-conflict`: someone saved the manifest since the studio read it, so the
 * save was refused (412); the studio shows both versions and keeps the draft.
 */
export interface PkManifestConflictDetail {
  /** The version saved meanwhile. */
  version: number;
  etag: string;
  /** Fields both sides changed differently, as `courses[grid-101].why.statement`. */
  conflicts: string[];
}

export type PkManifestConflictEvent = CustomEvent<PkManifestConflictDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-manifest-conflict': PkManifestConflictEvent;
  }
}
