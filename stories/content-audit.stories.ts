import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UsageMetric } from '../src/core/audit/options.js';
import '../src/elements/content-audit/define.js';
import { waitForPart } from './support/wait-for-part.js';

/**
 * `<pk-content-audit>` audits the most-used 20 % of the catalogue (from the manifest's usage
 * figures) and flags, per course, what stops it from saying why it matters: no why framing, no
 * impact tag, mandatory without a purpose statement, weak relevance or clarity ratings. Sortable,
 * filterable, exportable as CSV; `npx purpose-kit audit FILE` prints the same audit.
 */
interface Args {
  by: UsageMetric;
  top: number;
  weakBelow: number;
  minRatings: number;
  theme?: 'light' | 'dark' | 'auto';
}

const manifest = 'demo/manifest.json';

const meta: Meta<Args> = {
  title: 'Elements/Content audit',
  component: 'pk-content-audit',
  args: { by: 'enrollments', top: 20, weakBelow: 3.5, minRatings: 5 },
  argTypes: {
    by: { control: 'inline-radio', options: ['enrollments', 'completions', 'activeLearners'], description: 'The usage figure courses are ranked by.' },
    top: { control: { type: 'number', min: 1, max: 100 }, description: 'The percentage of courses audited.' },
    weakBelow: { control: { type: 'number', min: 1, max: 5, step: 0.1 }, name: 'weak-below', description: 'An average rating below this is weak.' },
    minRatings: { control: { type: 'number', min: 0 }, name: 'min-ratings', description: 'Fewer ratings are too few to call weak.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => audit(args),
};
export default meta;

type Story = StoryObj<Args>;

function audit(args: Partial<Args>, source: string | object = manifest) {
  return html`<pk-content-audit
    .manifest=${source}
    by=${args.by ?? 'enrollments'}
    top=${args.top ?? 20}
    weak-below=${args.weakBelow ?? 3.5}
    min-ratings=${args.minRatings ?? 5}
    theme=${ifDefined(args.theme)}
  ></pk-content-audit>`;
}

export const Top20: Story = { name: 'The most-used 20 %' };

export const ByActiveLearners: Story = { name: 'By active learners', args: { by: 'activeLearners' } };

export const WholeCatalogue: Story = { name: 'The whole catalogue', args: { top: 100 } };

export const StrictRatings: Story = { name: 'Stricter ratings (weak below 4.5)', args: { weakBelow: 4.5 } };

export const NeedsWork: Story = {
  name: 'Filtered: courses that need work',
  args: { top: 100 },
  play: async ({ canvasElement }) => {
    const select = (await waitForPart(canvasElement.querySelector('pk-content-audit'), 'select')) as unknown as HTMLSelectElement;
    select.value = 'any';
    select.dispatchEvent(new Event('change'));
  },
};

export const SortedByFlags: Story = {
  name: 'Sorted: most to fix first',
  args: { top: 100 },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('pk-content-audit');
    await waitForPart(host, 'sort-button');
    host!.shadowRoot!.querySelector<HTMLButtonElement>('[data-column="flags"]')!.click();
  },
};

export const Empty: Story = {
  name: 'Empty: no usage figures',
  render: (args) =>
    audit(args, {
      version: 1,
      organization: { name: 'Aurelis Energy & Infrastructure' },
      pillars: [{ id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.' }],
      pathways: [],
      courses: [{ id: 'new', title: 'A course nobody has taken yet', objectives: [], impactTags: [] }],
      impactTags: [],
    }),
};

export const Loading: Story = {
  render: (args) => audit(args, new Promise(() => {})),
};

export const OutOfRange: Story = {
  name: 'Error: an option out of range',
  parameters: { expectedConsoleErrors: true },
  args: { top: 150 },
};

export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  render: (args) => html`<div lang="ar" dir="rtl">${audit(args)}</div>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div class="dark-stage">${audit(args)}</div>
    <style>
      .dark-stage { padding: 1rem; background: #0d1117; color-scheme: dark; }
    </style>`,
};
