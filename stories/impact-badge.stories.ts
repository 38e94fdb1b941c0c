import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/impact-badge/define.js';
import { waitForPart } from './support/wait-for-part.js';

/**
 * `<pk-impact-badge>` puts an impact tag on a course card: "Enables Automation for Q3 Efficiency
 * Goals". Hover or focus a badge (tap on a touch screen) to see which pillar and initiative it
 * advances and by when; Escape closes the tooltip. `course="…"` shows a course's tags, the first
 * `max` of them and a "+N more" button.
 */
interface Args {
  tag?: string;
  course?: string;
  max: number;
  theme?: 'light' | 'dark' | 'auto';
}

const manifest = 'demo/manifest.json';

const meta: Meta<Args> = {
  title: 'Elements/Impact badge',
  component: 'pk-impact-badge',
  args: { tag: 'q3-automation', max: 3 },
  argTypes: {
    tag: {
      control: 'select',
      options: [undefined, 'q3-automation', 'q2-privacy-by-design', 'q3-nis2-readiness', 'q4-grid-data-platform', 'no-such-tag'],
      description: 'One impact tag by id.',
    },
    course: {
      control: 'select',
      options: [undefined, 'dashboard-design', 'privacy-by-design', 'lean-process-mapping', 'hydrogen-fundamentals', 'no-such-course'],
      description: "A course whose tags to show (used when tag is unset).",
    },
    max: { control: { type: 'number', min: 1 }, description: 'Tags shown before "+N more".' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => badge(args),
};
export default meta;

type Story = StoryObj<Args>;

function badge(args: Partial<Args>, source: string | object = manifest) {
  return html`<pk-impact-badge
    .manifest=${source}
    tag=${ifDefined(args.tag)}
    course=${ifDefined(args.course)}
    max=${args.max ?? 3}
    theme=${ifDefined(args.theme)}
  ></pk-impact-badge>`;
}

/** Clicks the badge inside `canvas`, as a keyboard or a tap would. */
async function openTooltip(canvas: HTMLElement): Promise<void> {
  (await waitForPart(canvas.querySelector('pk-impact-badge'), 'badge')).click();
}

/** Room around the badge so the open tooltip has space above it. */
const stage = (content: unknown) => html`<div class="stage">${content}</div>
  <style>
    .stage { padding: 12rem 2rem 2rem; }
  </style>`;

export const OneTag: Story = {};

export const ImperativePillar: Story = {
  name: 'Tag of a top imperative',
  args: { tag: 'q2-privacy-by-design' },
};

export const TooltipOpen: Story = {
  name: 'Tooltip open',
  render: (args) => stage(badge(args)),
  play: ({ canvasElement }) => openTooltip(canvasElement),
};

export const CourseTags: Story = {
  name: "A course's tags",
  args: { tag: undefined, course: 'dashboard-design' },
};

export const MoreTags: Story = {
  name: 'A course\'s tags with "+N more"',
  args: { tag: undefined, course: 'privacy-by-design', max: 1 },
};

export const NoTags: Story = {
  name: 'Empty: a course without tags',
  args: { tag: undefined, course: 'hydrogen-fundamentals' },
};

export const Loading: Story = {
  render: (args) => badge(args, new Promise(() => {})),
};

export const UnknownTag: Story = {
  name: 'Error: unknown tag',
  parameters: { expectedConsoleErrors: true },
  args: { tag: 'no-such-tag' },
};

export const UnknownCourse: Story = {
  name: 'Error: unknown course',
  parameters: { expectedConsoleErrors: true },
  args: { tag: undefined, course: 'no-such-course' },
};

export const LongText: Story = {
  name: 'Long text',
  args: { tag: 'long' },
  render: (args) =>
    stage(
      badge(args, {
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
        pathways: [],
        courses: [],
        impactTags: [
          {
            id: 'long',
            label:
              'Builds Privacy by Design into the Second Wave of the Smart-Meter Rollout Across All Northern Distribution Regions Before the Regulator’s Q2 Review',
            pillar: 'trust',
            initiative: 'Smart-Meter Rollout Wave 2: Consent, Minimisation and Retention Controls for Half-Hourly Consumption Data',
            targetPeriod: 'Q2 FY2027 (regulatory checkpoint)',
            due: '2026-09-30',
          },
        ],
      }),
    ),
  play: ({ canvasElement }) => openTooltip(canvasElement),
};

export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  render: (args) => html`<div lang="ar" dir="rtl">${stage(badge(args))}</div>`,
  play: ({ canvasElement }) => openTooltip(canvasElement),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div class="dark-stage">${stage(badge(args))}</div>
    <style>
      .dark-stage { background: #0d1117; color-scheme: dark; }
    </style>`,
  play: ({ canvasElement }) => openTooltip(canvasElement),
};

export const InScrollContainer: Story = {
  name: 'Inside a scroll container',
  render: (args) => html`<div class="scroller" tabindex="0" role="region" aria-label="Scrollable course list">
      <p>Scroll this box: the open tooltip stays on its badge, and flips below it near the top edge.</p>
      <div class="spacer"></div>
      ${badge(args)}
      <div class="spacer"></div>
    </div>
    <style>
      .scroller { block-size: 16rem; overflow: auto; border: 1px solid #d0d7de; padding: 1rem; transform: translateZ(0); }
      .spacer { block-size: 12rem; }
    </style>`,
};

const catalogueTags = ['q3-automation', 'q2-privacy-by-design', 'q3-nis2-readiness', 'q3-zero-lost-time', 'q4-grid-data-platform'];

export const Catalogue: Story = {
  name: 'A catalogue of 1,000 badges',
  render: () => html`<div class="catalogue">
      ${Array.from(
        { length: 1000 },
        (_, i) => html`<pk-impact-badge manifest=${manifest} tag=${catalogueTags[i % catalogueTags.length]!}></pk-impact-badge>`,
      )}
    </div>
    <style>
      .catalogue { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    </style>`,
};
