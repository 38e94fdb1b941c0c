/**
 * Scenario 6: the dividend chart with 260 weekly points × 4 metrics × 2 cohorts, against a
 * hand-written page drawing the same charts with Chart.js directly. Under reduced motion (the
 * driver emulates it for the whole benchmark) both draw once, without animation, so "drawn" is
 * well defined: every canvas holds a finished Chart.js chart.
 */
import type { Manifest } from '../../../src/core/manifest/types.js';
import { ChartBaseline } from '../baselines/chart.js';
import { chartManifest } from '../data.js';
import { stage, timed, whenDrawn, type UpdatingElement } from '../harness.js';
import type { Scenario } from './scenario.js';

const TAG = 'pk-dividend-chart';

/** Chart.js marks a canvas it has drawn on (synchronously, when it does not animate). */
const hasChart = (canvas: HTMLCanvasElement) => '$chartjs' in canvas;

/** Every canvas of the element holds a chart. */
export function chartsDrawn(element: UpdatingElement): boolean {
  const canvases = [...element.shadowRoot!.querySelectorAll('canvas')];
  return canvases.length > 0 && canvases.every(hasChart);
}

async function renderChart(manifest: Manifest): Promise<void> {
  const element = Object.assign(document.createElement(TAG), { manifest }) as unknown as UpdatingElement;
  element.setAttribute('metric', 'all');
  const frame = document.createElement('div');
  frame.className = 'chart';
  frame.append(element);
  stage().append(frame);
  await whenDrawn(element, chartsDrawn);
}

export function chartScenario(): Scenario {
  let manifest: Manifest;
  let baseline: ChartBaseline;
  return {
    id: '6',
    title: 'dividend chart: 260 weekly points × 4 metrics × 2 cohorts',
    needs: [TAG],
    dom: 'shape',
    async prepare() {
      manifest = chartManifest();
      // Validates the manifest and loads the Chart.js chunk once: the runs time drawing.
      await renderChart(manifest);
      baseline = await ChartBaseline.load(manifest);
    },
    async element() {
      return { ms: await timed(() => renderChart(manifest)) };
    },
    async baseline() {
      return { ms: await timed(() => baseline.render(stage())) };
    },
  };
}
