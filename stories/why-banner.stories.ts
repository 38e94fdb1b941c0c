import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/why-banner/define.js';
import { waitForPart } from './support/wait-for-part.js';

/**
 * `<pk-why-banner>` re-wraps a course with why it matters: its purpose statement tied to the
 * pillar it serves, the "from → to" reframing, the hero pathways it belongs to and its impact
 * badges. The learner can hide it; that is remembered per learner and course (the button left in
 * its place brings it back).
 */
interface Args {
  course: string;
  variant: 'full' | 'compact';
  headingLevel: number;
  learner: string;
  endpoint?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/**
 * The sample manifest without its `reporting` endpoint: Storybook has no server to receive the
 * why-dismissed event. Set the `endpoint` control to send it somewhere real.
 */
let sample: Promise<object> | undefined;
const manifest = () =>
  (sample ??= fetch('demo/manifest.json')
    .then((response) => response.json() as Promise<Record<string, unknown>>)
    .then(({ reporting: _reporting, ...rest }) => rest));

const meta: Meta<Args> = {
  title: 'Elements/Why banner',
  component: 'pk-why-banner',
  args: { course: 'data-privacy-essentials', variant: 'full', headingLevel: 2, learner: 'storybook.learner' },
  argTypes: {
    course: {
      control: 'select',
      options: [
        'data-privacy-essentials',
        'green-claims-compliance',
        'renewables-grid-integration',
        'anti-bribery-refresher',
        'no-such-course',
      ],
    },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, name: 'heading-level' },
    learner: { control: 'text', description: 'The dismissal is remembered per learner and course.' },
    endpoint: { control: 'text', description: 'Where the why-dismissed event goes; unset sends nothing.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => banner(args),
};
export default meta;

type Story = StoryObj<Args>;

function banner(args: Partial<Args>, source: object = manifest()) {
  return html`<pk-why-banner
    .manifest=${source}
    course=${ifDefined(args.course)}
    variant=${args.variant ?? 'full'}
    heading-level=${args.headingLevel ?? 2}
    learner=${ifDefined(args.learner)}
    endpoint=${ifDefined(args.endpoint)}
    theme=${ifDefined(args.theme)}
  ></pk-why-banner>`;
}

/** A learner of its own per render, so a story always starts with the banner shown. */
const freshLearner = () => `storybook-${crypto.randomUUID()}`;

const longManifest = {
  version: 1,
  organization: { name: 'Aurelis Energy & Infrastructure' },
  pillars: [
    {
      id: 'trust',
      title: 'Client Trust and Long-Term Partnership with Regulated Industrial and Public-Sector Customers',
      description: 'Be the partner clients keep.',
      imperative: 2,
    },
  ],
  pathways: [
    {
      id: 'essentials',
      title: 'Client Trust Essentials for Everyone Who Handles Client, Meter or Site Data in Any Department',
      pillar: 'trust',
      department: 'Legal',
      hero: true,
      courses: ['long'],
    },
  ],
  courses: [
    {
      id: 'long',
      title: 'Data Privacy, Consent and Retention for Half-Hourly Smart-Meter Consumption Data in the Northern Regions',
      pillar: 'trust',
      objectives: [],
      impactTags: ['long-tag'],
      why: {
        statement:
          'Clients hand us their consumption data, site plans and payment details every day. Handling that data with care is a promise kept, and in a market where every supplier sells the same electrons, kept promises are why clients stay with us. Every breach we avoid is a renewal conversation that starts from trust instead of from an apology, and every consent we record properly is evidence we can show a regulator, an auditor or a client’s own data-protection officer on the day they ask for it.',
        reframe: {
          from: 'ticking the annual compliance box so that the regulator does not fine us for missing training records',
          to: 'protecting client trust as the competitive differentiator that wins multi-year renewals in a commodity market',
        },
      },
    },
  ],
  impactTags: [
    {
      id: 'long-tag',
      label: 'Builds Privacy by Design into the Second Wave of the Smart-Meter Rollout Across All Northern Distribution Regions',
      pillar: 'trust',
      initiative: 'Smart-Meter Rollout Wave 2',
      targetPeriod: 'Q2 FY2027',
      due: '2026-09-30',
    },
  ],
};

export const Full: Story = {};

export const Compact: Story = {
  name: 'Compact (on a course card)',
  args: { variant: 'compact', headingLevel: 4 },
  render: (args) => html`<article class="card">
      <h3>Data Privacy Essentials</h3>
      ${banner(args)}
    </article>
    <style>
      .card { max-inline-size: 20rem; padding: 1rem; border: 1px solid #d0d7de; border-radius: 0.75rem; }
      .card h3 { margin-block-start: 0; }
    </style>`,
};

export const Reframed: Story = {
  name: 'Another reframing',
  args: { course: 'green-claims-compliance' },
};

export const WithoutReframe: Story = {
  name: 'Statement without reframing',
  args: { course: 'renewables-grid-integration' },
};

export const Fallback: Story = {
  name: "No why: the pillar's description",
  args: { course: 'anti-bribery-refresher' },
};

export const Empty: Story = {
  name: 'Empty: neither why nor pillar',
  args: { course: 'orphan' },
  render: (args) =>
    banner(args, {
      version: 1,
      organization: { name: 'Aurelis Energy & Infrastructure' },
      pillars: [{ id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.' }],
      pathways: [],
      courses: [{ id: 'orphan', title: 'Excel Basics', objectives: [], impactTags: [] }],
      impactTags: [],
    }),
};

export const Dismissed: Story = {
  name: 'Dismissed (remembered)',
  render: (args) => banner({ ...args, learner: freshLearner() }),
  play: async ({ canvasElement }) => (await waitForPart(canvasElement.querySelector('pk-why-banner'), 'dismiss')).click(),
};

export const Loading: Story = {
  render: (args) => banner(args, new Promise(() => {})),
};

export const UnknownCourse: Story = {
  name: 'Error: unknown course',
  parameters: { expectedConsoleErrors: true },
  args: { course: 'no-such-course' },
};

export const LongText: Story = {
  name: 'Long text',
  render: (args) => html`${banner({ ...args, course: 'long' }, longManifest)}
    <br />
    ${banner({ ...args, course: 'long', variant: 'compact' }, longManifest)}`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  render: (args) => html`<div lang="ar" dir="rtl">${banner(args)}</div>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div class="dark-stage">${banner(args)}</div>
    <style>
      .dark-stage { padding: 1rem; background: #0d1117; color-scheme: dark; }
    </style>`,
};
