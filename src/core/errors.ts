/**
 * The one error hierarchy of Purpose Kit. Every failure an element can show or report is a
 * `PkError` with a stable `code`, so hosts can branch on it and the UI can localise it.
 */

/** One problem found in a manifest, located by its JSON path (`pathways[3].pillar`). */
export interface ManifestIssue {
  /** JSON path in dot/bracket notation; empty string for the document itself. */
  path: string;
  /** Stable machine-readable code, e.g. `unknown-reference`, `too-long`. */
  code: string;
  /** Plain English sentence without the path, e.g. `unknown pillar "energy"`. */
  message: string;
}

export type PkErrorCode =
  | 'manifest-missing'
  | 'manifest-fetch'
  | 'manifest-http'
  | 'manifest-parse'
  | 'manifest-invalid'
  | 'not-found'
  | 'storage-unavailable'
  | 'delivery-paused'
  | 'delivery-rejected'
  | 'config-invalid'
  | 'data-invalid'
  | 'data-fetch'
  /** The code of an element could not be loaded (the CDN module's lazily loaded elements). */
  | 'element-load';

export class PkError extends Error {
  override readonly name: string = 'PkError';
  readonly code: PkErrorCode;
  /** Where the failure came from: a URL, `inline`, `property`, an element tag. */
  readonly source?: string;
  readonly issues: readonly ManifestIssue[];

  constructor(
    code: PkErrorCode,
    message: string,
    options: { source?: string; issues?: readonly ManifestIssue[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.source = options.source;
    this.issues = options.issues ?? [];
  }
}

/** A manifest that failed validation; `issues` lists every problem found. */
export class ManifestError extends PkError {
  override readonly name = 'ManifestError';
}

/** Formats an issue the way authors read it: `pathways[3].pillar: unknown pillar "energy"`. */
export function formatIssue(issue: ManifestIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
