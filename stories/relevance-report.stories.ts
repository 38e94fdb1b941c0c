import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/relevance-report/define.js';

/**
 * `<pk-relevance-report>` feeds learners' ratings back into procurement: average relevance and
 * clarity per provider and per course, the number of ratings, the trend, and a recommendation per
 * course (keep, re-wrap with why context, retire) from documented, configurable thresholds. Its
 * data: raw rating events (`ratings`), an aggregate from `src`, or the manifest's ratings.
 */
interface Args {
  src?: string;
  windowDays: number;
  thresholds: string;
  theme?: 'light' | 'dark' | 'auto';
}

const manifest = 'demo/manifest.json';

const meta: Meta<Args> = {
  title: 'Elements/Relevance report',
  component: 'pk-relevance-report',
  args: { windowDays: 90, thresholds: '{}' },
  argTypes: {
    src: { control: 'text', description: 'A URL answering with the ratings aggregate; wins over the manifest.' },
    windowDays: { control: { type: 'number', min: 1 }, name: 'window-days', description: 'Days in the recent window (raw ratings and the manifest).' },
    thresholds: {
      control: 'text',
      description: 'JSON: any of minRatings (5), retireBelow (2.5), rewrapBelow (3.5), steadyWithin (0.1).',
    },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => report(args),
};
export default meta;

type Story = StoryObj<Args>;

function report(args: Partial<Args>, source: string | object = manifest, ratings?: readonly object[]) {
  return html`<pk-relevance-report
    .manifest=${source}
    .ratings=${ratings}
    src=${ifDefined(args.src)}
    window-days=${args.windowDays ?? 90}
    thresholds=${args.thresholds ?? '{}'}
    theme=${ifDefined(args.theme)}
  ></pk-relevance-report>`;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * A quarter of ratings before and after a re-wrap: Excel gets clearer, the PPA course slips, the
 * privacy course holds steady.
 */
function ratingsWithTrends(): object[] {
  const plan: [course: string, before: [number, number], after: [number, number]][] = [
    ['excel-financial-modelling', [4, 2], [4, 4]],
    ['ppa-selling', [4, 4], [3, 3]],
    ['data-privacy-essentials', [4, 4], [4, 4]],
    ['blockchain-energy-trading', [2, 3], [1, 3]],
  ];
  return plan.flatMap(([course, before, after]) =>
    Array.from({ length: 12 }, (_, n) => {
      const [relevance, clarity] = n < 6 ? before : after;
      return {
        id: `${course}-${n}`,
        type: 'rating',
        time: new Date(Date.now() - (n < 6 ? 150 + n : 5 + n) * DAY).toISOString(),
        learnerId: `learner-${n}`,
        courseId: course,
        data: { relevance: Math.max(1, relevance - (n % 2)), clarity },
      };
    }),
  );
}

export const FromManifest: Story = { name: 'From the manifest’s ratings' };

export const WithTrends: Story = {
  name: 'From rating events, with trends',
  render: (args) => report(args, manifest, ratingsWithTrends()),
};

export const StrictThresholds: Story = {
  name: 'Stricter thresholds',
  args: { thresholds: '{"minRatings": 100, "retireBelow": 3, "rewrapBelow": 4.2}' },
};

export const Empty: Story = {
  name: 'Empty: no ratings yet',
  render: (args) =>
    report(args, {
      version: 1,
      organization: { name: 'Aurelis Energy & Infrastructure' },
      pillars: [{ id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.' }],
      pathways: [],
      courses: [{ id: 'new', title: 'A course nobody has rated yet', provider: 'Kestrel Learning', objectives: [], impactTags: [] }],
      impactTags: [],
    }),
};

export const Loading: Story = {
  render: (args) => report(args, new Promise(() => {})),
};

export const InvalidThresholds: Story = {
  name: 'Error: thresholds out of range',
  parameters: { expectedConsoleErrors: true },
  args: { thresholds: '{"retireBelow": 4, "rewrapBelow": 3}' },
};

export const UnreachableSource: Story = {
  name: 'Error: the ratings URL cannot be reached',
  parameters: { expectedConsoleErrors: true },
  args: { src: '/no-such-ratings.json' },
};

export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  render: (args) => html`<div lang="ar" dir="rtl">${report(args, manifest, ratingsWithTrends())}</div>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div class="dark-stage">${report(args)}</div>
    <style>
      .dark-stage { padding: 1rem; background: #0d1117; color-scheme: dark; }
    </style>`,
};
