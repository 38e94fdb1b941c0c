import type { ReactiveControllerHost } from 'lit';
import { RemoteDocument, type RemoteState } from '../../core/base/remote-document.js';
import { PkError } from '../../core/errors.js';
import type { FetchSettings } from '../../core/fetch-text.js';
import type { Metrics } from '../../core/manifest/types.js';
import { cohortSeries } from '../../core/metrics/cohort-series.js';
import { dividendData } from '../../core/metrics/from-manifest.js';
import type { DividendData, WorkforceRecords } from '../../core/metrics/types.js';

/** Where the chart's numbers come from, in the order the element prefers them. */
export type NumbersSource =
  | { kind: 'records'; records: WorkforceRecords }
  | { kind: 'url'; url: string; settings: FetchSettings }
  | { kind: 'manifest'; metrics: Metrics | undefined }
  /** The manifest the numbers would come from is not loaded yet. */
  | { kind: 'waiting' };

type GivenSource = Exclude<NumbersSource, { kind: 'url' }>;

const NO_DATA: DividendData = { periods: [], series: {} };

/** What makes two given sources the same: the records object, the metrics object, or waiting. */
function identityOf(source: GivenSource): unknown {
  switch (source.kind) {
    case 'records':
      return source.records;
    case 'manifest':
      return source.metrics ?? NO_DATA;
    case 'waiting':
      return source.kind;
  }
}

function stateOf(source: GivenSource): RemoteState<DividendData> {
  switch (source.kind) {
    case 'waiting':
      return { status: 'loading' };
    case 'manifest':
      return { status: 'ready', value: source.metrics ? dividendData(source.metrics) : NO_DATA };
    case 'records':
      try {
        return { status: 'ready', value: cohortSeries(source.records) };
      } catch (error) {
        const problem = new PkError('data-invalid', `the records could not be read: ${String(error)}`, { source: 'records', cause: error });
        return { status: 'error', error: problem };
      }
  }
}

/**
 * Turns a `NumbersSource` into chart data: a URL through `RemoteDocument` and the metrics
 * validator, records through the metrics module, manifest metrics as they are. Records and
 * metrics are read again only when another object is given; a fetch in flight is dropped when the
 * source changes.
 */
export class DividendNumbers {
  private readonly document: RemoteDocument<DividendData>;
  private given?: { identity: unknown; state: RemoteState<DividendData> };

  constructor(
    host: ReactiveControllerHost & { readonly localName: string },
    private readonly onError: (error: PkError) => void,
  ) {
    this.document = new RemoteDocument(host, {
      // The validator brings valibot: it loads with the first metrics read from `src`.
      validate: async (text) => {
        const result = (await import('../../core/metrics/validate.js')).validateMetrics(text);
        return result.ok ? { ok: true, value: result.data, warnings: result.warnings } : result;
      },
      invalid: (url) => `the metrics from ${url} are not valid`,
      onError,
    });
  }

  get state(): RemoteState<DividendData> {
    return this.given?.state ?? this.document.state;
  }

  use(source: NumbersSource): void {
    if (source.kind === 'url') {
      this.given = undefined;
      this.document.use({ url: source.url, settings: source.settings, context: undefined });
      return;
    }
    this.document.use(undefined);
    const identity = identityOf(source);
    if (this.given?.identity === identity) return;
    this.given = { identity, state: stateOf(source) };
    if (this.given.state.status === 'error') this.onError(this.given.state.error);
  }
}
