/**
 * The benchmark page: a registry of scenarios the driver (bench/run.mjs) calls through
 * `window.pkBench`, one page load per scenario.
 */
import { copyOutbox, deliver, deliverBaseline, fillOutbox, restoreOutbox } from './delivery.js';
import { canonical, firstDifference } from './dom.js';
import { clearStage, stage, type Measurement } from './harness.js';
import { isDefined, purposeKit } from './library.js';
import { cycle, RECIPES } from './lifecycle.js';
import { catalogueScenario } from './scenarios/catalogue.js';
import { chartScenario } from './scenarios/chart.js';
import { navigatorFirstRender, navigatorKeystroke } from './scenarios/navigator.js';
import type { Scenario, Side } from './scenarios/scenario.js';
import { validationScenario } from './scenarios/validation.js';

const scenarios: Scenario[] = [
  navigatorFirstRender({ cold: false }),
  navigatorFirstRender({ cold: true }),
  navigatorKeystroke({ next: false }),
  navigatorKeystroke({ next: true }),
  catalogueScenario(),
  validationScenario(),
  chartScenario(),
];

const drawn = new Map<Side, string>();

function scenario(id: string): Scenario {
  const found = scenarios.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no scenario "${id}"`);
  return found;
}

const api = {
  /** The scenarios, once the library has loaded, each with the tags the build lacks for it. */
  list: async () => {
    await purposeKit();
    return scenarios.map(({ id, title, needs, informational = false }) => ({
      id,
      title,
      informational,
      missing: needs.filter((tag) => !isDefined(tag)),
    }));
  },
  prepare: async (id: string) => {
    await scenario(id).prepare?.();
  },
  /** The untimed set-up of one run. */
  before: async (id: string, side: Side) => {
    const current = scenario(id);
    await (current.before ? current.before(side) : clearStage());
  },
  /** One run of one side; `keepDom` keeps the canonical form of what it drew, for `sameDom`. */
  run: async (id: string, side: Side, keepDom: boolean): Promise<Measurement> => {
    const current = scenario(id);
    const measurement = await current[side]();
    if (keepDom && current.dom !== 'none') drawn.set(side, canonical(stage(), { shape: current.dom === 'shape' }));
    return measurement;
  },
  /** Where the element's and the baseline's DOM differ (undefined: the same). */
  sameDom: () => firstDifference(drawn.get('element') ?? '', drawn.get('baseline') ?? ''),
  dom: (side: Side) => drawn.get(side),
  delivery: { fillOutbox, copyOutbox, restoreOutbox, deliver, deliverBaseline },
  lifecycle: {
    tags: async () => {
      await purposeKit();
      return RECIPES.map(({ tag }) => ({ tag, defined: isDefined(tag) }));
    },
    cycle,
  },
};

declare global {
  interface Window {
    pkBench: typeof api;
  }
}

// Published once the library is loaded and every element defined: the runner waits for it.
void purposeKit().then(() => {
  window.pkBench = api;
});
