import type { ManifestIssue, PkError, PkErrorCode } from '../../errors.js';

/** Detail of `pk-error`: what failed, where, and every manifest issue when validation failed. */
export interface PkErrorDetail {
  code: PkErrorCode;
  message: string;
  /** A URL, `inline`, `property` or `configure()`; absent when not applicable. */
  source?: string;
  issues: readonly ManifestIssue[];
  error: PkError;
}

export type PkErrorEvent = CustomEvent<PkErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-error': PkErrorEvent;
  }
}
