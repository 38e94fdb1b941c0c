/**
 * Computes the metrics document on request and keeps it while nothing it depends on has changed:
 * the workforce rows (an import, an erasure or an expiry raise the generation counter) and the
 * manifest (its ETag); after an import through the collector it is computed at once, before anyone
 * asks. Learner events move the numbers too (the cohort rule, latency, utilisation) but arrive all
 * the time: a kept document older than `MAX_AGE_MS` is still answered while a fresh one is
 * computed for the next request. So a quarterly measure may be minutes late, and a chart never
 * waits for 50,000 people to be recounted unless the HR data or the manifest just changed.
 * Concurrent requests share one computation; its reads run on one snapshot of the store.
 */
import { skillCatalogue } from '../../../src/core/metrics/from-manifest.js';
import type { ManifestStore } from '../manifest/manifest-store.js';
import type { Store } from '../store/store.js';
import { purposeAlignedLearners } from './cohort.js';
import { metricsDocument, type MetricsDocument } from './dividend-document.js';
import { workforceRecords } from './records.js';

export const MAX_AGE_MS = 10 * 60 * 1000;

interface Kept {
  key: string;
  at: number;
  document: Promise<MetricsDocument>;
  /** A computation for the same key under way, replacing this one when it is done. */
  refreshing?: boolean;
}

export class MetricsService {
  #kept?: Kept;

  constructor(
    private readonly store: Store,
    private readonly manifests: ManifestStore,
    private readonly minGroup: number,
  ) {}

  async document(): Promise<MetricsDocument> {
    const latest = await this.manifests.latest();
    const { rows } = await this.store.query<{ generation: string | null }>("select value as generation from settings where name = 'workforce-generation'");
    const key = JSON.stringify([rows[0]?.generation ?? null, latest?.etag ?? null]);
    const kept = this.#kept;
    if (kept?.key !== key) return this.start(key, latest).document;
    if (Date.now() - kept.at >= MAX_AGE_MS && !kept.refreshing) {
      kept.refreshing = true;
      const next = this.compute(latest);
      next.then(
        () => this.#kept === kept && (this.#kept = { key, at: Date.now(), document: next }),
        () => (kept.refreshing = false),
      );
    }
    return kept.document;
  }

  /** Computes the document now (after an import), so the next request finds it ready. */
  refresh(): void {
    this.document().catch(() => undefined);
  }

  private start(key: string, latest: Awaited<ReturnType<ManifestStore['latest']>>): Kept {
    const kept: Kept = { key, at: Date.now(), document: this.compute(latest) };
    this.#kept = kept;
    // A failed computation is not kept.
    kept.document.catch(() => this.#kept === kept && (this.#kept = undefined));
    return kept;
  }

  private async compute(latest: Awaited<ReturnType<ManifestStore['latest']>>): Promise<MetricsDocument> {
    const snapshot = await this.store.snapshot();
    try {
      const aligned = await purposeAlignedLearners(snapshot, latest?.manifest);
      const records = await workforceRecords(snapshot, aligned, this.minGroup);
      const cost = latest?.manifest.metrics?.cost;
      if (cost) records.cost = { currency: cost.currency, averageSalary: cost.averageSalary, replacementFactor: cost.replacementFactor };
      if (latest?.manifest.skills?.length) records.skills = skillCatalogue(latest.manifest);
      return metricsDocument(records, this.minGroup);
    } finally {
      await snapshot.end();
    }
  }
}
