import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { writePreference } from '../src/core/preferences/preferences.js';
import '../src/elements/relevance-rater/define.js';
import type { DeliveryStage } from '../src/elements/relevance-rater/delivery-progress.js';
import { waitFor, waitForPart } from './support/wait-for-part.js';

/**
 * `<pk-relevance-rater>` asks how relevant a course is to the learner's role and how clearly they
 * see how it advances its pillar — never about production quality — and sends the rating through
 * the offline-safe outbox. Experts can endorse the course for a strategic problem it solved.
 */
interface Args {
  course: string;
  expert: boolean;
  learner: string;
  endpoint?: string;
  name?: string;
  required: boolean;
  disabled: boolean;
  commentLimit: number;
  theme?: 'light' | 'dark' | 'auto';
}

const manifest = 'demo/manifest.json';

const meta: Meta<Args> = {
  title: 'Elements/Relevance rater',
  component: 'pk-relevance-rater',
  args: {
    course: 'data-privacy-essentials',
    expert: false,
    learner: 'priya.raman',
    required: false,
    disabled: false,
    commentLimit: 500,
  },
  argTypes: {
    course: { control: 'select', options: ['data-privacy-essentials', 'renewables-grid-integration', 'excel-financial-modelling', 'no-such-course'] },
    expert: { control: 'boolean', description: 'The learner is a subject-matter expert and may endorse the course.' },
    learner: { control: 'text', description: 'Learner id; the previous rating is remembered per learner and course.' },
    endpoint: { control: 'text', description: 'Where ratings go; unset keeps them on this device.' },
    name: { control: 'text', description: 'Prefix of the form entries (inside a form).' },
    required: { control: 'boolean', description: 'Inside a form: both scales must be chosen.' },
    disabled: { control: 'boolean' },
    commentLimit: { control: { type: 'number', min: 1 }, name: 'comment-limit' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) => rater(args),
};
export default meta;

function rater(args: Args) {
  return html`<pk-relevance-rater
    manifest=${manifest}
    course=${args.course}
    learner=${args.learner}
    endpoint=${ifDefined(args.endpoint)}
    name=${ifDefined(args.name)}
    theme=${ifDefined(args.theme)}
    comment-limit=${args.commentLimit}
    ?expert=${args.expert}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></pk-relevance-rater>`;
}

type Story = StoryObj<Args>;

/** Rates the course and presses Send, as a learner would, then waits until the status says `stage`. */
async function rateAndSend(canvasElement: HTMLElement, stage: DeliveryStage): Promise<void> {
  const rater = canvasElement.querySelector('pk-relevance-rater');
  const submit = await waitForPart(rater, 'submit');
  (await waitForPart(rater, 'relevance')).querySelector<HTMLElement>('[data-point="4"]')!.click();
  (await waitForPart(rater, 'clarity')).querySelector<HTMLElement>('[data-point="3"]')!.click();
  submit.click();
  const status = await waitForPart(rater, 'status');
  await waitFor(() => status.classList.contains(stage), `the rating's status did not reach "${stage}"`);
}

export const Default: Story = {};

export const Rated: Story = {
  name: 'Rated before',
  args: { learner: 'story.rated' },
  loaders: [
    () =>
      writePreference(['relevance-rater', 'story.rated', 'data-privacy-essentials'], {
        rating: { relevance: 4, clarity: 2, comment: 'Useful for the smart-meter rollout.', at: '2026-09-14T09:30:00.000Z' },
      }),
  ],
};

export const Expert: Story = {
  name: 'Expert (endorsements)',
  args: { course: 'renewables-grid-integration', expert: true, learner: 'ingrid.solberg' },
};

export const OfflineSaved: Story = {
  name: 'Offline: saved, waiting for the network',
  parameters: { expectedConsoleErrors: true },
  args: { learner: 'story.offline', endpoint: 'http://offline.invalid/events' },
  play: ({ canvasElement }) => rateAndSend(canvasElement, 'waiting'),
};

export const ServerError: Story = {
  name: 'Error: not accepted by the server',
  parameters: { expectedConsoleErrors: true },
  args: { learner: 'story.error', endpoint: 'demo/no-such-endpoint' },
  play: ({ canvasElement }) => rateAndSend(canvasElement, 'rejected'),
};

export const UnknownCourse: Story = {
  name: 'Error: unknown course',
  parameters: { expectedConsoleErrors: true },
  args: { course: 'no-such-course' },
};

export const RightToLeft: Story = {
  name: 'Right-to-left (Arabic)',
  render: (args) => html`<div lang="ar" dir="rtl">${rater(args)}</div>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
};

export const InsideAForm: Story = {
  name: 'Inside a form',
  args: { name: 'rating', required: true },
  render: (args) => html`<form
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const entries = [...new FormData(form)].map(([key, value]) => `${key}=${String(value)}`);
      form.querySelector('output')!.value = entries.join(', ');
    }}
  >
    <p><label>Your name <input name="reviewer" autocomplete="name" /></label></p>
    ${rater(args)}
    <p><button>Submit</button> <button type="reset">Reset</button></p>
    <p>Submitted: <output></output></p>
  </form>`,
};
