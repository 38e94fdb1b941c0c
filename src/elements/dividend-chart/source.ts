import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PkError } from '../../core/errors.js';
import { fetchText } from '../../core/fetch-text.js';
import type { Metrics } from '../../core/manifest/types.js';
import { cohortSeries } from '../../core/metrics/cohort-series.js';
import { dividendData } from '../../core/metrics/from-manifest.js';
import type { DividendData, WorkforceRecords } from '../../core/metrics/types.js';

/** Where the chart's numbers come from, in the order the element prefers them. */
export type Source =
  | { kind: 'records'; records: WorkforceRecords }
  | { kind: 'url'; url: string; credentials?: RequestCredentials }
  | { kind: 'manifest'; metrics: Metrics | undefined }
  /** The manifest the numbers would come from is not loaded yet. */
  | { kind: 'waiting' };

export type SourceState = { status: 'loading' } | { status: 'ready'; data: DividendData } | { status: 'error'; error: PkError };

const NO_DATA: DividendData = { periods: [], series: {} };
const NOTHING_YET = Symbol('no source yet');

/** What makes two sources the same: the records object, the URL, the metrics object, or waiting. */
function identityOf(source: Source): unknown {
  switch (source.kind) {
    case 'records':
      return source.records;
    case 'url':
      return source.url;
    case 'manifest':
      return source.metrics ?? NO_DATA;
    case 'waiting':
      return source.kind;
  }
}

/**
 * Turns a `Source` into chart data: records through the metrics module, a URL through
 * `fetchText` and the metrics validator, manifest metrics as they are. Work is redone only when
 * the source itself changes (another records object, URL or manifest); a fetch in flight is
 * aborted when the source changes or the element leaves the page.
 */
export class MetricsSource implements ReactiveController {
  state: SourceState = { status: 'loading' };
  private current: unknown = NOTHING_YET;
  private request?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (error: PkError) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (!this.request) return;
    this.request.abort();
    this.request = undefined;
    this.current = NOTHING_YET; // fetch again when the element comes back
  }

  use(source: Source): void {
    const identity = identityOf(source);
    if (identity === this.current) return;
    this.current = identity;
    this.request?.abort();
    this.request = undefined;
    switch (source.kind) {
      case 'waiting':
        this.state = { status: 'loading' };
        break;
      case 'manifest':
        this.state = { status: 'ready', data: source.metrics ? dividendData(source.metrics) : NO_DATA };
        break;
      case 'records':
        this.settle(fromRecords(source.records));
        break;
      case 'url':
        this.state = { status: 'loading' };
        void this.fetch(source.url, source.credentials);
        break;
    }
  }

  private async fetch(url: string, credentials: RequestCredentials | undefined): Promise<void> {
    const request = new AbortController();
    this.request = request;
    let state: SourceState;
    try {
      const text = await fetchText(url, { signal: request.signal, credentials });
      // The validator brings valibot: it loads with the first metrics read from `src`.
      const result = (await import('../../core/metrics/validate.js')).validateMetrics(text);
      state = result.ok
        ? { status: 'ready', data: result.data }
        : { status: 'error', error: new PkError('data-invalid', `the metrics from ${url} are not valid`, { source: url, issues: result.errors }) };
    } catch (error) {
      if (request.signal.aborted) return;
      state = { status: 'error', error: error instanceof PkError ? error : new PkError('data-fetch', String(error), { source: url, cause: error }) };
    }
    if (request !== this.request) return;
    this.request = undefined;
    this.settle(state);
    this.host.requestUpdate();
  }

  private settle(state: SourceState): void {
    this.state = state;
    if (state.status === 'error') this.onError(state.error);
  }
}

function fromRecords(records: WorkforceRecords): SourceState {
  try {
    return { status: 'ready', data: cohortSeries(records) };
  } catch (error) {
    const problem = new PkError('data-invalid', `the records could not be read: ${String(error)}`, { source: 'records', cause: error });
    return { status: 'error', error: problem };
  }
}
