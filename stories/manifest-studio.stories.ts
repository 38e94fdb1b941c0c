import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import demoManifest from '../demo/manifest.json';
import { forgetAllDrafts } from '../src/core/studio/draft-store.js';
import '../src/elements/manifest-studio/define.js';
import { saveElsewhere, STORY_COLLECTOR, storyCollector } from './support/studio-collector.js';
import { waitFor, waitForPart } from './support/wait-for-part.js';

/**
 * `<pk-manifest-studio>` is where L&D operations re-wrap the catalogue: the audit's list, a course
 * editor (why framing, pillar, impact tags, pathways, hero pathways) with suggestions, live
 * validation and a preview of the real banner and badge, the endorsement inbox, undo/redo, the
 * changes since the last save, and a save conditional on the version edited (a conflict shows
 * both). Without a collector it downloads the JSON. The stories with a collector use a stand-in
 * (Storybook has no server; the tests use the real collector).
 */
interface Args {
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

/** A copy of the demo manifest: the stories' drafts never touch the one other stories read. */
const loadManifest = () => structuredClone(demoManifest);

const inbox = [
  {
    id: 'sent-7b0c8d52-4f0e-4a43-9a36-0e1f2b3c4d5e',
    expert: { name: 'Ingrid Solberg', role: 'Grid Planning Engineer' },
    course: 'renewables-grid-integration',
    pillar: 'sustainable-energy',
    problem: 'Cleared 46 stalled connection requests in one quarter.',
    date: '2026-11-20',
    courseKnown: true,
    pillarKnown: true,
  },
  {
    id: 'sent-1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b',
    expert: { name: 'Omar Said', role: 'Key Account Manager' },
    course: 'consultative-selling',
    pillar: 'client-trust',
    problem: 'Won back a municipal client after a billing dispute.',
    date: '2026-11-24',
    courseKnown: true,
    pillarKnown: true,
  },
];

const meta: Meta<Args> = {
  title: 'Elements/Manifest studio',
  component: 'pk-manifest-studio',
  args: {},
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'de', 'ar'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  // Each story starts without a draft kept by another.
  decorators: [
    (story) => {
      void forgetAllDrafts();
      return story();
    },
  ],
  render: (args) => studio(args, loadManifest()),
};
export default meta;

type Story = StoryObj<Args>;

function studio(args: Args, manifest?: unknown, collector?: string) {
  return html`<pk-manifest-studio .manifest=${manifest} collector=${ifDefined(collector)} lang=${ifDefined(args.lang)} theme=${ifDefined(args.theme)}></pk-manifest-studio>`;
}

const host = (canvas: HTMLElement) => canvas.querySelector('pk-manifest-studio')!;

async function openCourse(canvas: HTMLElement, id: string): Promise<void> {
  const el = host(canvas);
  await waitForPart(el, 'course');
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-course="${id}"]`)!.click();
  await waitFor(() => el.shadowRoot!.querySelector('#why-statement'), 'the editor did not open');
}

async function typeInto(canvas: HTMLElement, id: string, value: string): Promise<void> {
  const input = host(canvas).shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change'));
}

/** The download-only studio: no collector, so "Download JSON" and an inbox that says it needs one. */
export const List: Story = { name: 'The audit list (download only)' };

export const Loading: Story = { name: 'Loading', render: (args) => studio(args, new Promise(() => {})) };

export const Broken: Story = {
  name: 'Error: a manifest it cannot open',
  parameters: { expectedConsoleErrors: true },
  render: (args) => studio(args, { version: 1, organization: { name: 'Broken' }, pillars: [], pathways: [], courses: [], impactTags: [] }),
};

export const Editing: Story = {
  name: 'Editing a course, with live validation',
  play: async ({ canvasElement }) => {
    await openCourse(canvasElement, 'anti-bribery-refresher');
    await typeInto(canvasElement, 'why-from', 'ticking a compliance box');
  },
};

export const Suggestions: Story = {
  name: 'Suggestions for a course placed nowhere',
  play: async ({ canvasElement }) => {
    await openCourse(canvasElement, 'excel-financial-modelling');
    await waitForPart(host(canvasElement), 'suggestion');
  },
};

export const Arabic: Story = { name: 'Arabic, right to left', args: { lang: 'ar' } };

export const InboxWithoutCollector: Story = {
  name: 'Inbox without a collector',
  play: async ({ canvasElement }) => {
    const tabs = await waitForPart(host(canvasElement), 'tab');
    (tabs.parentElement!.children[1] as HTMLButtonElement).click();
  },
};

export const Inbox: Story = {
  name: 'Inbox: endorsements to accept or dismiss',
  render: (args) => studioWhenReady(args),
  play: async ({ canvasElement }) => {
    const tabs = await waitForPart(host(canvasElement), 'tab');
    (tabs.parentElement!.children[1] as HTMLButtonElement).click();
  },
};

export const Saved: Story = {
  name: 'Saved to the collector',
  render: (args) => studioWhenReady(args),
  play: async ({ canvasElement }) => {
    await openCourse(canvasElement, 'excel-financial-modelling');
    await typeInto(canvasElement, 'why-statement', 'Every investment case we win starts in a model someone trusts.');
    (await waitForPart(host(canvasElement), 'save')).click();
  },
};

export const Conflict: Story = {
  name: 'Conflict: someone saved first',
  render: (args) => studioWhenReady(args),
  play: async ({ canvasElement }) => {
    await openCourse(canvasElement, 'excel-financial-modelling');
    await typeInto(canvasElement, 'why-statement', 'Mine: every investment case starts in a model.');
    saveElsewhere((manifest) => {
      manifest.courses.find((course: { id: string }) => course.id === 'excel-financial-modelling').why = { statement: 'Theirs: models decide.' };
    });
    (await waitForPart(host(canvasElement), 'save')).click();
    await waitForPart(host(canvasElement), 'conflict');
  },
};

/** A studio on the stand-in collector, which holds the demo manifest as version 1 and two endorsements. */
function studioWhenReady(args: Args) {
  storyCollector(loadManifest(), inbox);
  return studio(args, undefined, STORY_COLLECTOR);
}
