/** Detail of `pk-manifest-saved`: the collector stored the draft as a new version. */
export interface PkManifestSavedDetail {
  /** The version number the collector gave it. */
  version: number;
  /** Its ETag: the next save is conditional on it. */
  etag: string;
  /** How many fields changed since the version before. */
  changes: number;
}

export type PkManifestSavedEvent = CustomEvent<PkManifestSavedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-manifest-saved': PkManifestSavedEvent;
  }
}
