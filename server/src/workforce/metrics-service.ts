/**
 * Computes the metrics document on request and keeps it while nothing it depends on has changed:
 * the workforce rows (an import, an erasure or an expiry raise the generation counter) and the
 * manifest (its ETag). Learner events move the numbers too (the cohort rule, latency, utilisation)
 * but arrive all the time, so their effect is picked up when the document is `MAX_AGE_MS` old: a
 * quarterly measure may be minutes late, and a chart reload never recomputes 50,000 people.
 * Concurrent requests share one computation; its reads run on one snapshot of the store.
 */
import type { ManifestStore } from '../manifest/manifest-store.js';
import type { Store } from '../store/store.js';
import { purposeAlignedLearners } from './cohort.js';
import { metricsDocument, type MetricsDocument } from './dividend-document.js';
import { workforceRecords } from './records.js';

export const MAX_AGE_MS = 10 * 60 * 1000;

export class MetricsService {
  #cached?: { key: string; at: number; document: Promise<MetricsDocument> };

  constructor(
    private readonly store: Store,
    private readonly manifests: ManifestStore,
    private readonly minGroup: number,
  ) {}

  async document(): Promise<MetricsDocument> {
    const latest = await this.manifests.latest();
    const { rows } = await this.store.query<{ generation: string | null }>("select value as generation from settings where name = 'workforce-generation'");
    const key = JSON.stringify([rows[0]?.generation ?? null, latest?.etag ?? null]);
    const cached = this.#cached;
    if (cached?.key === key && Date.now() - cached.at < MAX_AGE_MS) return cached.document;
    const document = this.compute(latest);
    this.#cached = { key, at: Date.now(), document };
    // A failed computation is not kept.
    document.catch(() => this.#cached?.document === document && (this.#cached = undefined));
    return document;
  }

  private async compute(latest: Awaited<ReturnType<ManifestStore['latest']>>): Promise<MetricsDocument> {
    const snapshot = await this.store.snapshot();
    try {
      const aligned = await purposeAlignedLearners(snapshot, latest?.manifest);
      const records = await workforceRecords(snapshot, aligned, this.minGroup);
      const cost = latest?.manifest.metrics?.cost;
      if (cost) records.cost = { currency: cost.currency, averageSalary: cost.averageSalary, replacementFactor: cost.replacementFactor };
      return metricsDocument(records, this.minGroup);
    } finally {
      await snapshot.end();
    }
  }
}
