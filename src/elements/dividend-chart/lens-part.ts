import type { ReactiveControllerHost } from 'lit';
import { LazyModule, LazyPart, type LazyPartOptions } from '../../core/base/lazy-part.js';
import { useSourceMessages } from '../../core/i18n/i18n.js';
import type { DividendData, WorkforceRecords } from '../../core/metrics/types.js';
import type { CustomPlot } from './charts.js';
import type { LensInput } from './lens-view.js';

type LensView = typeof import('./lens-view.js');

/** The Human Sustainability view, a chunk only charts with `metric="sustainability"` load; its English messages come with it. */
const lensView = new LazyModule<LensView>('Human Sustainability view', () =>
  import('./lens-view.js').then((chunk) => {
    useSourceMessages(chunk.messages);
    return chunk;
  }),
);

/**
 * A dividend chart's handle on the Human Sustainability view: draws it from the data once its chunk
 * is here (loading it the first time it is drawn), and names the plots its canvases want.
 */
export class LensPart {
  private readonly part: LazyPart<LensView>;

  constructor(host: ReactiveControllerHost & Element, options: LazyPartOptions) {
    this.part = new LazyPart(host, lensView, { ...options, when: 'shown' });
  }

  /** `records`: the chart's raw records, when its numbers come from them (the chunk computes the lens). */
  render(data: DividendData, records: WorkforceRecords | undefined, input: Omit<LensInput, 'periods' | 'lens'>, pending: unknown): unknown {
    return this.part.render((view) => view.renderLens({ ...input, periods: data.periods, lens: view.lensOf(data.sustainability, records) }), pending);
  }

  /** The plots of the view's canvases under `root`; none until the chunk is here. */
  plots(root: ParentNode, data: DividendData | undefined, records: WorkforceRecords | undefined, locale: string, t: LensInput['t']): CustomPlot[] {
    const view = this.part.value;
    const lens = view && data && view.lensOf(data.sustainability, records);
    return view && data && lens ? view.lensPlots(root, data.periods, lens, new view.LensFormat(locale, t), t) : [];
  }
}
