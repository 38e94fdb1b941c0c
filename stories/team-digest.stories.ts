import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/team-digest/define.js';
import type { DigestSort } from '../src/elements/team-digest/members.js';
import { waitForPart } from './support/wait-for-part.js';

/**
 * `<pk-team-digest>` is the manager interlock: what each team member is learning and why (pathway,
 * pillar, current course, impact tags), their recent completions with their own takeaway, and a
 * prompt for the next 1:1 for each. Marking a prompt as discussed is remembered per manager and,
 * with an endpoint, sent as a `prompt-discussed` event. The team comes from the manifest's `team`
 * section or a `src` URL.
 */
interface Args {
  sort: DigestSort;
  recent: number;
  headingLevel: number;
  learner: string;
  src?: string;
  endpoint?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const manifest = 'demo/manifest.json';

const meta: Meta<Args> = {
  title: 'Elements/Team digest',
  component: 'pk-team-digest',
  args: { sort: 'member', recent: 3, headingLevel: 3, learner: 'storybook.manager' },
  argTypes: {
    sort: { control: 'inline-radio', options: ['member', 'pillar'], description: 'The order it starts in; the sort control changes it.' },
    recent: { control: { type: 'number', min: 0, max: 10 }, description: 'Completions shown per member, newest first.' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, name: 'heading-level' },
    learner: { control: 'text', description: 'The manager: discussed prompts are remembered per manager.' },
    src: { control: 'text', description: 'A URL answering with the team; wins over the manifest’s team.' },
    endpoint: { control: 'text', description: 'Where prompt-discussed events go; unset sends nothing.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => digest(args),
};
export default meta;

type Story = StoryObj<Args>;

function digest(args: Partial<Args>, source: string | object = manifest) {
  return html`<pk-team-digest
    .manifest=${source}
    sort=${args.sort ?? 'member'}
    recent=${args.recent ?? 3}
    heading-level=${args.headingLevel ?? 3}
    learner=${ifDefined(args.learner)}
    src=${ifDefined(args.src)}
    endpoint=${ifDefined(args.endpoint)}
    theme=${ifDefined(args.theme)}
  ></pk-team-digest>`;
}

/** A manager of their own per render, so a story always starts with every prompt open. */
const freshManager = () => `storybook-${crypto.randomUUID()}`;

const smallManifest = (team: object | undefined) => ({
  version: 1,
  organization: { name: 'Aurelis Energy & Infrastructure' },
  pillars: [{ id: 'trust', title: 'Client Trust', description: 'Be the partner clients keep.', imperative: 2 }],
  pathways: [{ id: 'trust-path', title: 'Client Trust Essentials', pillar: 'trust', department: 'Legal & Compliance', courses: ['privacy'] }],
  courses: [{ id: 'privacy', title: 'Data Privacy Essentials', objectives: [], impactTags: [] }],
  impactTags: [],
  ...(team && { team }),
});

export const ByMember: Story = { name: 'By member' };

export const ByPillar: Story = { name: 'By pillar', args: { sort: 'pillar' } };

export const LatestOnly: Story = { name: 'Latest completion only', args: { recent: 1 } };

/** The demo manifest without its `reporting` endpoint: here, marking a prompt sends nothing. */
const withoutReporting = () =>
  fetch(manifest)
    .then((response) => response.json())
    .then(({ reporting, ...rest }) => rest);

export const Discussed: Story = {
  name: 'A prompt marked as discussed',
  render: (args) => digest({ ...args, learner: freshManager() }, withoutReporting()),
  play: async ({ canvasElement }) => (await waitForPart(canvasElement.querySelector('pk-team-digest'), 'discuss')).click(),
};

export const WithoutCompletions: Story = {
  name: 'A member without completions or pathway',
  render: (args) =>
    digest(
      args,
      smallManifest({
        name: 'New starters',
        members: [
          { id: 'ana', name: 'Ana Costa', role: 'Graduate Engineer', completions: [] },
          { id: 'ben', name: 'Ben Okoye', pathway: 'trust-path', completions: [{ course: 'privacy', date: '2026-11-03' }] },
        ],
      }),
    ),
};

export const Empty: Story = {
  name: 'Empty: no team',
  render: (args) => digest(args, smallManifest(undefined)),
};

export const Loading: Story = {
  render: (args) => digest(args, new Promise(() => {})),
};

export const InvalidTeam: Story = {
  name: 'Error: the team refers to an unknown pathway',
  parameters: { expectedConsoleErrors: true },
  render: (args) =>
    digest(args, smallManifest({ name: 'Key Accounts', members: [{ id: 'ana', name: 'Ana Costa', pathway: 'sales-path', completions: [] }] })),
};

export const UnreachableTeam: Story = {
  name: 'Error: the team URL cannot be reached',
  parameters: { expectedConsoleErrors: true },
  args: { src: '/no-such-team.json' },
};

export const LongText: Story = {
  name: 'Long text',
  render: (args) =>
    digest(
      args,
      smallManifest({
        name: 'Commercial & Industrial Accounts for Regulated Utilities and Public-Sector Clients, Northern and Central Regions',
        members: [
          {
            id: 'long',
            name: 'Maximiliane Alexandra von Hohenberg-Castellanos',
            role: 'Senior Key Account Manager for Regulated Industrial Clients and Municipal Utilities',
            pathway: 'trust-path',
            course: 'privacy',
            completions: [
              {
                course: 'privacy',
                date: '2026-11-12',
                takeaway:
                  'Collect only what a contract needs: every field we do not keep is a risk our clients never carry, and every consent we record properly is evidence we can show their data-protection officer on the day they ask for it.',
              },
            ],
          },
        ],
      }),
    ),
};

export const German: Story = {
  name: 'German, with the manifest’s German prompt',
  render: (args) => html`<div lang="de">${digest(args)}</div>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  render: (args) => html`<div lang="ar" dir="rtl">${digest(args)}</div>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div class="dark-stage">${digest(args)}</div>
    <style>
      .dark-stage { padding: 1rem; background: #0d1117; color-scheme: dark; }
    </style>`,
};
