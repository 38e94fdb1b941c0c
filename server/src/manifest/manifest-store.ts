/**
 * The pathway manifest, versioned in the store: every accepted `PUT` is a new version (the earlier
 * ones stay listed), written only if the writer saw the latest (`If-Match`), so two authors never
 * overwrite each other unknowingly. Each process keeps the parsed latest version and checks, per
 * read, that it is still the latest (one indexed row), so several processes agree.
 */
import { createHash } from 'node:crypto';
import type { ManifestIssue } from '../../../src/core/errors.js';
import type { Manifest } from '../../../src/core/manifest/types.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import type { Sql, Store } from '../store/store.js';

export interface ManifestVersion {
  version: number;
  etag: string;
  body: string;
  manifest: Manifest;
}

export type PutResult =
  | { ok: true; version: ManifestVersion }
  | { ok: false; reason: 'invalid'; errors: readonly ManifestIssue[] }
  | { ok: false; reason: 'precondition-required' | 'conflict'; current?: ManifestVersion };

const LOCK = 7_347_002;

export class ManifestStore {
  readonly #store: Store;
  #latest?: ManifestVersion;

  constructor(store: Store) {
    this.#store = store;
  }

  /** The latest version, or undefined when none was ever stored. */
  async latest(): Promise<ManifestVersion | undefined> {
    const { rows } = await this.#store.query<{ version: number; etag: string }>(
      'select version, etag from manifest_versions order by version desc limit 1',
    );
    const head = rows[0];
    if (!head) return (this.#latest = undefined);
    if (this.#latest?.etag !== head.etag) this.#latest = await this.version(head.version);
    return this.#latest;
  }

  async version(version: number): Promise<ManifestVersion | undefined> {
    const { rows } = await this.#store.query<{ version: number; etag: string; body: string }>(
      'select version, etag, body from manifest_versions where version = $1',
      [version],
    );
    const row = rows[0];
    if (!row) return undefined;
    const checked = validateManifest(row.body);
    // Only validated documents are stored, so this holds unless someone edited the table by hand.
    if (!checked.ok) throw new Error(`stored manifest version ${version} no longer validates: ${checked.errors[0]?.path} ${checked.errors[0]?.message}`);
    return { ...row, manifest: checked.manifest };
  }

  async list(): Promise<{ version: number; etag: string; author: string | null; createdAt: string }[]> {
    const { rows } = await this.#store.query<{ version: number; etag: string; author: string | null; created_at: string }>(
      `select version, etag, author, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at
        from manifest_versions order by version desc`,
    );
    return rows.map(({ created_at, ...row }) => ({ ...row, createdAt: created_at }));
  }

  /**
   * Stores `body` as the next version if it validates and `ifMatch` names the latest version
   * (`*` for any, `undefined` only while there is none).
   */
  async put(body: string, ifMatch: string | undefined, author?: string): Promise<PutResult> {
    const checked = validateManifest(body);
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
    const result = await this.#store.transaction(async (tx): Promise<PutResult> => {
      await tx.query('select pg_advisory_xact_lock($1)', [LOCK]);
      const head = await latestHead(tx);
      if (head && ifMatch === undefined) return { ok: false, reason: 'precondition-required' };
      if (head && ifMatch !== '*' && !matches(ifMatch!, head.etag)) return { ok: false, reason: 'conflict' };
      if (!head && ifMatch !== undefined && ifMatch !== '*') return { ok: false, reason: 'conflict' };
      const version = (head?.version ?? 0) + 1;
      const etag = `"${version}-${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
      await tx.query('insert into manifest_versions (version, etag, body, author) values ($1, $2, $3, $4)', [version, etag, body, author ?? null]);
      return { ok: true, version: { version, etag, body, manifest: checked.manifest } };
    });
    if (result.ok) this.#latest = result.version;
    else if (result.reason !== 'invalid') return { ...result, current: await this.latest() };
    return result;
  }
}

async function latestHead(tx: Sql): Promise<{ version: number; etag: string } | undefined> {
  const { rows } = await tx.query<{ version: number; etag: string }>('select version, etag from manifest_versions order by version desc limit 1');
  return rows[0];
}

/** `If-Match` may list several entity tags; weak ones never match (RFC 9110 §13.1.1). */
function matches(ifMatch: string, etag: string): boolean {
  return ifMatch.split(',').some((tag) => tag.trim() === etag);
}
