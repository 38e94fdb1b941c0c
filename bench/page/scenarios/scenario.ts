import type { Measurement } from '../harness.js';

export type Side = 'element' | 'baseline';

/**
 * One timed comparison: the element and its hand-written baseline, each run on its own and timed
 * inside the page. The driver calls `before` and the run in separate steps, so that what it
 * records around a run (style, layout and script time) belongs to the timed work alone.
 */
export interface Scenario {
  id: string;
  title: string;
  /** The tags it needs from the build; a missing one means "not built yet". */
  needs: readonly string[];
  /** Fewer runs for a figure reported beside a target, not against one. */
  informational?: boolean;
  /**
   * How the element's and the baseline's DOM are compared: `exact` (the canonical form), `shape`
   * (elements, classes, parts; not text), or `none` (no DOM: validation).
   */
  dom: 'exact' | 'shape' | 'none';
  /** Untimed set-up, once per page. */
  prepare?(): Promise<void>;
  /** Untimed set-up before each run of a side (by default: an empty stage). */
  before?(side: Side): Promise<void>;
  element(): Promise<Measurement>;
  baseline(): Promise<Measurement>;
}
