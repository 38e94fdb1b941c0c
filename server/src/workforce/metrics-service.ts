/**
 * Computes the metrics document on request and keeps the last one until something it depends on
 * changes: the workforce rows (or an erasure or expiry: the generation counter), the events (their
 * latest sequence number) or the manifest (its ETag). Reads run on one snapshot of the store.
 */
import type { ManifestStore } from '../manifest/manifest-store.js';
import type { Store } from '../store/store.js';
import { purposeAlignedLearners } from './cohort.js';
import { metricsDocument, type MetricsDocument } from './dividend-document.js';
import { workforceRecords } from './records.js';

export class MetricsService {
  #cached?: { key: string; document: MetricsDocument };

  constructor(
    private readonly store: Store,
    private readonly manifests: ManifestStore,
    private readonly minGroup: number,
  ) {}

  async document(): Promise<MetricsDocument> {
    const latest = await this.manifests.latest();
    const snapshot = await this.store.snapshot();
    try {
      const { rows } = await snapshot.query<{ generation: string | null; seq: string | null }>(
        "select (select value from settings where name = 'workforce-generation') as generation, (select max(seq)::text from events) as seq",
      );
      const key = JSON.stringify([rows[0]!.generation, rows[0]!.seq, latest?.etag]);
      if (this.#cached?.key === key) return this.#cached.document;
      const aligned = await purposeAlignedLearners(snapshot, latest?.manifest);
      const records = await workforceRecords(snapshot, aligned, this.minGroup);
      const cost = latest?.manifest.metrics?.cost;
      if (cost) records.cost = { currency: cost.currency, averageSalary: cost.averageSalary, replacementFactor: cost.replacementFactor };
      const document = metricsDocument(records, this.minGroup);
      this.#cached = { key, document };
      return document;
    } finally {
      await snapshot.end();
    }
  }
}
