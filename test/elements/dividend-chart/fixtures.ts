import type { PkDividendChart } from '../../../src/elements/dividend-chart/dividend-chart.js';

/** Three quarters of every metric; the latest retention gap (7 pts) prices at €2,972,900. */
export const metrics = {
  periods: ['Q1 FY2026', 'Q2 FY2026', 'Q3 FY2026'],
  series: {
    retention: { aligned: [0.9, 0.92, 0.94], baseline: [0.86, 0.86, 0.87] },
    mobility: { aligned: [0.31, null, 0.38], baseline: [0.22, 0.23, 0.24] },
    latency: { aligned: [46, 40, 36], baseline: [58, 57, 55] },
    alignment: { aligned: [0.28, 0.41, 0.5], baseline: [0.12, 0.15, 0.16] },
  },
  cost: { currency: 'EUR', averageSalary: 68500, replacementFactor: 0.5, alignedHeadcount: 1240 },
};

export function manifestWith(metricsSection?: object): object {
  return {
    version: 1,
    organization: { name: 'Helio Grid' },
    pillars: [{ id: 'energy', title: 'Sustainable Energy Leadership', description: 'Lead the transition.' }],
    pathways: [],
    courses: [],
    impactTags: [],
    ...(metricsSection ? { metrics: metricsSection } : {}),
  };
}

/** Waits until the element shows its content, an error or the empty state. */
export async function rendered(element: PkDividendChart): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await element.updateComplete;
    if (element.shadowRoot?.querySelector('.dividend, .state-error, .state-empty')) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('<pk-dividend-chart> never rendered');
}

export function part(element: Element, name: string): HTMLElement {
  const node = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!node) throw new Error(`no part "${name}"`);
  return node;
}

export function parts(element: Element, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** Text with whitespace (including no-break spaces) folded to single spaces. */
export const folded = (value: string) => value.replace(/\s+/g, ' ').trim();

export const text = (node: Element | null | undefined) => folded(node?.textContent ?? '');

/** A bucket of the test endpoint answering GETs with `faults` in turn (status, body, delayMs). */
export async function scriptedUrl(bucket: string, faults: object[]): Promise<string> {
  await fetch(`/__endpoint/${bucket}/__reset`, { method: 'POST' });
  await fetch(`/__endpoint/${bucket}/__script`, { method: 'POST', body: JSON.stringify(faults) });
  return `/__endpoint/${bucket}/metrics.json`;
}

export async function requestsTo(bucket: string): Promise<number> {
  const received = (await (await fetch(`/__endpoint/${bucket}/__received`)).json()) as unknown[];
  return received.length;
}

/** How a request for the Chart.js module looks in resource timing (also seen by the test that expects one). */
export const CHART_JS_REQUEST = /\/node_modules\/chart\.js\//;
