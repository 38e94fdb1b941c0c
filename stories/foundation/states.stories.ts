import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineElement } from '../../src/core/base/define.js';
import { PkPartPreview, PkStatePreview } from './state-preview.js';

defineElement('pk-state-preview', PkStatePreview);
defineElement('pk-part-preview', PkPartPreview);

/**
 * Every `pk-*` element has the same four faces before it shows its own content: loading, error
 * (saying what is wrong and where), empty and ready. These stories show them on a minimal element.
 */
const meta: Meta = {
  title: 'Foundation/Shared states',
  parameters: { docs: { description: { component: 'The states every Purpose Kit element shares.' } } },
};
export default meta;

type Story = StoryObj;

const manifestUrl = 'demo/manifest.json';

export const Ready: Story = {
  render: () => html`<pk-state-preview manifest=${manifestUrl}></pk-state-preview>`,
};

export const Loading: Story = {
  render: () => html`<pk-state-preview .manifest=${new Promise(() => {})}></pk-state-preview>`,
};

export const ManifestErrors: Story = {
  name: 'Error: invalid manifest',
  parameters: { expectedConsoleErrors: true },
  render: () => html`<pk-state-preview
    .manifest=${{
      version: 1,
      organization: { name: 'Helio Grid' },
      pillars: [{ id: 'energy', title: 'Sustainable Energy Leadership', description: 'Lead the transition.' }],
      pathways: [
        { id: 'grid', title: 'Grid basics', pillar: 'wind', department: 'Engineering', courses: ['c1', 'py-101'] },
      ],
      courses: [{ id: 'c1', title: 'Grid 101', url: ' JavaScript:alert(1)', objectives: [], impactTags: ['q3'] }],
      impactTags: [],
    }}
  ></pk-state-preview>`,
};

export const NotFound: Story = {
  name: 'Error: manifest URL answers 404',
  parameters: { expectedConsoleErrors: true },
  render: () => html`<pk-state-preview manifest="demo/no-such-manifest.json"></pk-state-preview>`,
};

export const Empty: Story = {
  render: () => html`<pk-state-preview
    .manifest=${{
      version: 1,
      organization: { name: 'Helio Grid' },
      pillars: [{ id: 'energy', title: 'Sustainable Energy Leadership', description: 'No imperative rank yet.' }],
      pathways: [],
      courses: [],
      impactTags: [],
    }}
  ></pk-state-preview>`,
};

export const PartFailed: Story = {
  name: 'Error: a part could not be loaded',
  parameters: {
    expectedConsoleErrors: true,
    docs: { description: { story: 'A part that loads on its own (a chunk) failed: its message and "Try again" stand in its place. Here the second try succeeds.' } },
  },
  render: () => html`<pk-part-preview manifest=${manifestUrl}></pk-part-preview>`,
};

export const Dark: Story = {
  render: () => html`<pk-state-preview theme="dark" manifest=${manifestUrl}></pk-state-preview>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  render: () => html`<div lang="ar" dir="rtl"><pk-state-preview .manifest=${new Promise(() => {})}></pk-state-preview></div>`,
};
