import type { ReactiveControllerHost } from 'lit';
import { PkError } from '../../core/errors.js';
import type { DividendData, WorkforceRecords } from '../../core/metrics/types.js';
import type { CustomPlot } from './charts.js';
import type { LensInput } from './lens-view.js';

type LensView = typeof import('./lens-view.js');

let loaded: LensView | undefined;
let loading: Promise<LensView> | undefined;

/**
 * A dividend chart's handle on the Human Sustainability view, a chunk only charts with
 * `metric="sustainability"` load (the first time one draws it; its English messages come with
 * it). Loaded the way Chart.js is, without the lazy-part controller, which would add about 0.5 kB
 * gzip to every chart's entry. A failed import is reported and shown as the error state, and forgotten,
 * so the next chart (or this one, when its data or metric changes) tries again.
 */
export class LensPart {
  private failed?: PkError;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly report: (error: PkError) => void,
  ) {}

  /** `records`: the chart's raw records, when its numbers come from them (the chunk computes the lens). */
  render(data: DividendData, records: WorkforceRecords | undefined, input: Omit<LensInput, 'periods' | 'lens'>, pending: unknown, failed: (error: PkError) => unknown): unknown {
    if (loaded) {
      const { lens, error } = loaded.lensOf(data.sustainability, records);
      if (!error) return loaded.renderLens({ ...input, periods: data.periods, lens });
      if (this.failed !== error) this.report((this.failed = error));
    }
    if (this.failed) return failed(this.failed);
    if (!loading) {
      loading = import('./lens-view.js').then((view) => (loaded = view));
      loading.catch(() => (loading = undefined));
    }
    loading.then(
      () => this.host.requestUpdate(),
      (cause: unknown) => {
        if (this.failed) return;
        this.failed = new PkError('element-load', `could not load the Human Sustainability view of <pk-dividend-chart>: ${String(cause)}`, { source: 'pk-dividend-chart', cause });
        this.report(this.failed);
        this.host.requestUpdate();
      },
    );
    return pending;
  }

  /** Tries the view again after a failure (the data or the metric changed). */
  retry(): void {
    this.failed = undefined;
  }

  /** The plots of the view's canvases under `root`; none until the chunk is here. */
  plots(root: ParentNode, data: DividendData | undefined, records: WorkforceRecords | undefined, locale: string, t: LensInput['t']): CustomPlot[] {
    const lens = loaded && data && loaded.lensOf(data.sustainability, records).lens;
    return loaded && data && lens ? loaded.lensPlots(root, data.periods, lens, new loaded.LensFormat(locale, t), t) : [];
  }
}
