import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/pillar-navigator/define.js';
import type { LearnerProgress } from '../src/elements/pillar-navigator/progress.js';
import { generateManifest } from '../test/support/generate-manifest.js';

/**
 * `<pk-pillar-navigator>` navigates the catalogue by strategic outcome: the year's hero pathways
 * first, then the strategic pillars (imperatives by rank) as tabs; inside a pillar its pathways,
 * grouped by owning department and converging on the pillar; inside a pathway its courses with
 * their impact tags and the learner's progress. Keyboard: tabs and a tree after the WAI-ARIA
 * Authoring Practices (arrows follow the text direction).
 */
interface Args {
  manifest: string | object;
  selectedPillar?: string;
  selectedPathway?: string;
  query?: string;
  department?: string;
  heroOnly: boolean;
  mandatoryOnly: boolean;
  navigate: boolean;
  progress?: LearnerProgress;
  theme?: 'light' | 'dark' | 'auto';
}

const demoManifest = 'demo/manifest.json';

const meta: Meta<Args> = {
  title: 'Elements/Pillar navigator',
  component: 'pk-pillar-navigator',
  args: { manifest: demoManifest, heroOnly: false, mandatoryOnly: false, navigate: false },
  argTypes: {
    manifest: { control: 'text', description: 'The pathway manifest: a URL (attribute) or an object (property).' },
    selectedPillar: { name: 'selected-pillar', control: 'text', description: 'The selected pillar id (reflects the learner’s choice).' },
    selectedPathway: { name: 'selected-pathway', control: 'text', description: 'The open pathway id (reflects the learner’s choice).' },
    query: { control: 'text', description: 'Search: titles, objectives, impact tag labels.' },
    department: { control: 'text', description: 'Only pathways of this owning department.' },
    heroOnly: { name: 'hero-only', control: 'boolean' },
    mandatoryOnly: { name: 'mandatory-only', control: 'boolean' },
    navigate: { control: 'boolean', description: 'Follow the course URL unless `pk-course-select` is cancelled.' },
    progress: { control: 'object', description: 'Learner progress: course id → not-started | in-progress | done.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => navigator(args),
};
export default meta;

type Story = StoryObj<Args>;

function navigator(args: Args) {
  return html`<pk-pillar-navigator
    .manifest=${args.manifest}
    selected-pillar=${ifDefined(args.selectedPillar)}
    selected-pathway=${ifDefined(args.selectedPathway)}
    query=${args.query ?? ''}
    department=${args.department ?? ''}
    ?hero-only=${args.heroOnly}
    ?mandatory-only=${args.mandatoryOnly}
    ?navigate=${args.navigate}
    .progress=${args.progress}
    theme=${ifDefined(args.theme)}
  ></pk-pillar-navigator>`;
}

const progress: LearnerProgress = {
  'renewables-grid-integration': 'done',
  'battery-storage-design': 'done',
  'lifecycle-carbon-accounting': 'in-progress',
  'data-privacy-essentials': 'done',
  'anti-bribery-refresher': 'in-progress',
  'lean-process-mapping': 'done',
  'python-for-automation': 'in-progress',
  'excel-financial-modelling': 'done',
};

export const Default: Story = {};

/** The first imperative's hero pathway open, and only hero pathways listed. */
export const HeroFocus: Story = {
  args: { heroOnly: true, selectedPathway: 'net-zero-portfolio' },
};

/** A search across titles, objectives and impact tags, narrowed to one department. */
export const Filtered: Story = {
  args: { query: 'automation', department: 'Operations', selectedPillar: 'operational-efficiency' },
};

/** Progress per course and rolled up per pathway ("2 of 6 done"), on hero cards too. */
export const WithProgress: Story = {
  args: { progress, selectedPathway: 'net-zero-portfolio' },
};

/** 12 pillars, 600 pathways, 10,000 courses: only the selected pillar's windows are drawn. */
export const LargeCatalogue: Story = {
  args: { manifest: generateManifest({ pillars: 12, pathways: 600, courses: 10_000 }) },
};

export const Empty: Story = {
  args: {
    manifest: {
      version: 1,
      organization: { name: 'Aurelis Energy & Infrastructure' },
      pillars: [{ id: 'sustainable-energy', title: 'Sustainable Energy Leadership', description: 'No pathways yet.' }],
      pathways: [],
      courses: [],
      impactTags: [],
    },
  },
};

/** A pathway names a pillar the manifest does not have: the error says where. */
export const Error: Story = {
  name: 'Error: invalid manifest',
  parameters: { expectedConsoleErrors: true },
  args: {
    manifest: {
      version: 1,
      organization: { name: 'Aurelis Energy & Infrastructure' },
      pillars: [{ id: 'sustainable-energy', title: 'Sustainable Energy Leadership', description: 'Lead the transition.' }],
      pathways: [{ id: 'grid', title: 'Grid basics', pillar: 'wind', department: 'Engineering', courses: ['grid-101'] }],
      courses: [{ id: 'grid-101', title: 'Grid 101', objectives: [], impactTags: [] }],
      impactTags: [],
    },
  },
};

export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  args: { selectedPathway: 'client-trust-essentials', progress },
  render: (args) => html`<div lang="ar" dir="rtl">${navigator(args)}</div>`,
};

export const Dark: Story = {
  args: { theme: 'dark', progress, selectedPathway: 'back-office-automation' },
  render: (args) => html`<div class="dark-stage">${navigator(args)}</div>
    <style>
      .dark-stage { padding: 1rem; background: #0d1117; color-scheme: dark; }
    </style>`,
};
