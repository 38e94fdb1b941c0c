import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

/**
 * Chart.js, imported the first time a dividend chart draws (so pages without one never download
 * it) and registered once with only what a line chart with a shaded gap needs. A failed import
 * is forgotten, so the next draw tries again.
 */
export function loadChartJs(): Promise<typeof Chart> {
  loading ??= import('chart.js').then(
    ({ Chart, LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Tooltip }) => {
      Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Filler, Tooltip);
      return Chart;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
