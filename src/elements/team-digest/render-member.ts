/**
 * A team member's card in the digest: what they are learning and why (pathway, pillar, course,
 * impact tags), the transferable skills their courses built this year, and their recent
 * completions, each with its takeaway and its 1:1 prompt, which the manager marks as discussed.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SettingsController } from '../../core/base/settings-controller.js';
import { formatDate } from '../../core/i18n/format.js';
import type { Manifest, Pillar } from '../../core/manifest/types.js';
import type { DiscussionMarks } from './discussion-marks.js';
import type { CompletionView, MemberView } from './members.js';

export interface MemberContext {
  t: SettingsController['t'];
  locale: string;
  /** The level of the member's name heading. */
  level: number;
  marks: DiscussionMarks;
  /** The manager marks a completion's prompt as discussed. */
  discuss(view: MemberView, item: CompletionView): void;
  /** Numbers the digest's prompts in order: each prompt's text has an id its button refers to. */
  nextPrompt(): number;
  /** Its skills say which of a member's courses built transferable skills (the line comes with the 1:1 chunk). */
  manifest: Manifest;
}

export function renderMember(view: MemberView, ctx: MemberContext): unknown {
  const { member, pathway, pillar, course, impactTags, completions } = view;
  const { t } = ctx;
  const labelId = `completions-${member.id}`;
  return html`<li class="member" part="member">
    <div class="member-head">
      <div class="name" part="name" role="heading" aria-level=${ctx.level}>${member.name}</div>
      ${member.role ? html`<span class="role" part="role">${member.role}</span>` : nothing}
    </div>
    <dl class="learning" part="learning">
      ${fact(t, 'pathway', pathway ? pathway.title : html`<span class="muted">${t('team-digest.no-pathway')}</span>`)}
      ${pillar ? fact(t, 'pillar', pillarText(t, pillar)) : nothing}
      ${course ? fact(t, 'course', course.title) : nothing}
      ${impactTags.length > 0 ? fact(t, 'impact', html`<ul class="tags">${impactTags.map((tag) => html`<li>${tag.label}</li>`)}</ul>`) : nothing}
    </dl>
    ${ctx.marks.skills(member, ctx)}
    <p class="completions-label" id=${labelId}>${t('team-digest.completions')}</p>
    ${completions.length > 0
      ? html`<ol class="completions" part="completions" aria-labelledby=${labelId}>
          ${completions.map((completion) => renderCompletion(view, completion, ctx))}
        </ol>`
      : html`<p class="muted" part="no-completions">${t('team-digest.no-completions')}</p>`}
  </li>`;
}

/** One fact of the card: its label is the message `team-digest.<part>`. */
function fact(t: MemberContext['t'], part: 'pathway' | 'pillar' | 'course' | 'impact', value: unknown): unknown {
  return html`<div>
    <dt>${t(`team-digest.${part}`)}</dt>
    <dd part=${part}>${value}</dd>
  </div>`;
}

function pillarText(t: MemberContext['t'], pillar: Pillar): string {
  return pillar.imperative === undefined ? pillar.title : t('team-digest.pillar-imperative', { pillar: pillar.title, rank: pillar.imperative });
}

function renderCompletion(view: MemberView, item: CompletionView, { t, locale, marks, discuss, nextPrompt }: MemberContext): unknown {
  const { completion, course, prompt } = item;
  const discussedAt = marks.at(prompt.id);
  const promptId = `prompt-${nextPrompt()}`;
  return html`<li class="completion" part="completion">
    <p class="completion-head">
      <span class="completion-course">${course.title}</span>
      <span class="muted completion-date">${t('team-digest.completed', { date: formatDate(locale, completion.date) })}</span>
    </p>
    ${completion.takeaway
      ? html`<p class="takeaway-label">${t('team-digest.takeaway')}</p>
          <blockquote class="takeaway" part="takeaway" dir="auto">${completion.takeaway}</blockquote>`
      : nothing}
    <div class="prompt" part="prompt">
      <p class="prompt-label">${t('team-digest.prompt.label')}</p>
      <p class="prompt-text" id=${promptId} dir="auto">${prompt.text}</p>
      <div class="prompt-actions">
        <button
          type="button"
          class="discuss"
          part=${discussedAt ? 'discuss discussed' : 'discuss'}
          aria-describedby=${promptId}
          aria-disabled=${ifDefined(discussedAt ? 'true' : undefined)}
          @click=${() => discuss(view, item)}
        >
          ${t(discussedAt ? 'team-digest.discussed' : 'team-digest.discuss')}
        </button>
        ${discussedAt ? html`<span class="muted" part="discussed-on">${t('team-digest.discussed-on', { date: formatDate(locale, new Date(discussedAt)) })}</span>` : nothing}
        ${marks.renderPart(prompt.id)}
      </div>
    </div>
  </li>`;
}
