import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WorkforceRecords } from '../src/core/metrics/types.js';
import '../src/elements/dividend-chart/define.js';
import type { DividendMetric, DividendView } from '../src/elements/dividend-chart/dividend-chart.js';

/**
 * `<pk-dividend-chart>` shows the Purpose Dividend: the purpose-aligned cohort against everyone
 * else over time, with the gap between them shaded, the latest dividend and the attrition cost
 * avoided as headline numbers, a table view with the same numbers, and a visible reminder that
 * the comparison is correlational. Chart.js is downloaded only when a chart is drawn.
 */
interface Args {
  metric: DividendMetric;
  view: DividendView;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const manifest = 'demo/manifest.json';

const meta: Meta<Args> = {
  title: 'Elements/Dividend chart',
  component: 'pk-dividend-chart',
  args: { metric: 'all', view: 'chart' },
  argTypes: {
    metric: { control: 'select', options: ['all', 'retention', 'mobility', 'latency', 'alignment', 'sustainability'] },
    view: { control: 'inline-radio', options: ['chart', 'table'], description: 'The view it starts in; the toggle switches it.' },
    src: { control: 'text', description: 'A URL answering with the series; wins over the manifest.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => chart(args),
};
export default meta;

type Story = StoryObj<Args>;

function chart(args: Partial<Args>, source: string | object = manifest) {
  return html`<pk-dividend-chart
    .manifest=${source}
    metric=${args.metric ?? 'all'}
    view=${args.view ?? 'chart'}
    src=${ifDefined(args.src)}
    theme=${ifDefined(args.theme)}
  ></pk-dividend-chart>`;
}

export const All: Story = {};

export const Retention: Story = { args: { metric: 'retention' } };

export const InternalMobility: Story = { args: { metric: 'mobility' } };

/** Lower is better: the gap is shaded as a gain where the aligned cohort applies skills sooner. */
export const SkillApplicationLatency: Story = { args: { metric: 'latency' } };

/** One quarter has no survey data: the lines break there, and the table says "no data". */
export const SentimentAlignment: Story = { args: { metric: 'alignment' } };

export const TableView: Story = { args: { view: 'table' } };

/**
 * The second lens, Human Sustainability: the future-proof share of learning, transferable skills
 * gained, learning against wellbeing, and whether people who built transferable skills stay
 * longer. A chunk of its own, loaded only by charts that show it.
 */
export const HumanSustainability: Story = { args: { metric: 'sustainability' } };

/** The lens's tables hold every number, per team too; a withheld group (under 5 people) reads "no data". */
export const HumanSustainabilityTable: Story = { args: { metric: 'sustainability', view: 'table' } };

export const HumanSustainabilityRtl: Story = {
  name: 'Human Sustainability, Arabic (RTL)',
  render: () => html`<pk-dividend-chart lang="ar" .manifest=${manifest} metric="sustainability"></pk-dividend-chart>`,
};

export const Dark: Story = { args: { theme: 'dark' } };

export const Empty: Story = {
  render: (args) =>
    chart(args, {
      version: 1,
      organization: { name: 'Aurelis Energy & Infrastructure' },
      pillars: [{ id: 'energy', title: 'Sustainable Energy Leadership', description: 'No metrics collected yet.' }],
      pathways: [],
      courses: [],
      impactTags: [],
    }),
};

/** The `src` URL answers 404: the error state says what failed, and so do the console and `pk-error`. */
export const Error: Story = {
  name: 'Error: src answers 404',
  parameters: { expectedConsoleErrors: true },
  args: { src: 'demo/no-such-metrics.json' },
};

export const UnknownMetric: Story = {
  name: 'Error: unknown metric',
  parameters: { expectedConsoleErrors: true },
  render: () => html`<pk-dividend-chart .manifest=${manifest} metric="revenue"></pk-dividend-chart>`,
};

/** Raw workforce records turned into series by the metrics module (`records` property). */
export const FromRecords: Story = {
  args: { metric: 'retention' },
  render: (args) => html`<pk-dividend-chart metric=${args.metric ?? 'retention'} view=${args.view ?? 'chart'} .records=${sampleRecords()}></pk-dividend-chart>`,
};

/** 600 employees over two years; the aligned third leaves less often. Seeded, so every render is the same. */
function sampleRecords(): WorkforceRecords {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const quarters = ['01-01', '04-01', '07-01', '10-01'];
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const periods = [2026, 2027].flatMap((year) =>
    quarters.map((start, q) => ({ label: `Q${q + 1} ${year}`, start: `${year}-${start}`, end: `${year}-${ends[q]}` })),
  );
  const employees = Array.from({ length: 600 }, (_, i) => {
    const aligned = i % 3 === 0;
    const leaves = random() < (aligned ? 0.12 : 0.3);
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const year = random() < 0.5 ? 2026 : 2027;
    const separated = leaves ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
    return { id: `e${i}`, aligned, hired: '2020-01-01', separated };
  });
  return { periods, employees, cost: { currency: 'EUR', averageSalary: 68500, replacementFactor: 0.5 } };
}
