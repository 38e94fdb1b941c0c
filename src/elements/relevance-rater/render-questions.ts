/**
 * The rater's questions: how relevant the course is to the learner's role and how clearly they
 * see how it advances its pillar, each on a 1–5 scale, then the optional comment with its counter.
 */
import { html } from 'lit';
import type { SettingsController } from '../../core/base/settings-controller.js';
import { formatNumber } from '../../core/i18n/format.js';
import type { MessageKey } from '../../core/i18n/i18n.js';
import type { Pillar } from '../../core/manifest/types.js';
import { renderComment } from './comment-field.js';
import { POINTS } from './points.js';
import { renderScale } from './rating-scale.js';
import type { RatingValue } from './rating-value.js';

export type ScaleName = 'relevance' | 'clarity';

/** The counter is announced only this close to the limit, not on every keystroke. */
const ANNOUNCE_REMAINING = 20;

export interface Questions {
  value: RatingValue;
  /** The pillar the clarity question names; without one it asks about the strategy. */
  pillar: Pillar | undefined;
  /** The longest comment, in characters. */
  commentLimit: number;
  disabled: boolean;
  /** Both scales must be chosen. */
  required: boolean;
  settings: SettingsController;
  choose(scale: ScaleName, point: number): void;
  /** The learner types in the comment. */
  input(comment: string): void;
  /** The learner committed an edit of the comment. */
  commit(): void;
}

export function renderQuestions(questions: Questions): unknown {
  const { value, pillar, commentLimit, disabled, settings } = questions;
  const { t } = settings;
  const left = commentLimit - value.comment.length;
  return html`${renderScaleOf('relevance', t('relevance-rater.relevance.question'), questions)}
    ${renderScaleOf(
      'clarity',
      pillar ? t('relevance-rater.clarity.question', { pillar: pillar.title }) : t('relevance-rater.clarity.question.strategy'),
      questions,
    )}
    ${renderComment({
      label: t('relevance-rater.comment.label'),
      value: value.comment,
      limit: commentLimit,
      remaining: t('relevance-rater.comment.remaining', { count: Math.max(left, 0) }),
      announce: left <= ANNOUNCE_REMAINING,
      disabled,
      input: questions.input,
      commit: questions.commit,
    })}`;
}

function renderScaleOf(scale: ScaleName, question: string, { value, disabled, required, settings, choose }: Questions): unknown {
  const { t, locale, direction } = settings;
  return renderScale({
    name: scale,
    question,
    labels: POINTS.map((point) => t(`relevance-rater.${scale}.${point}` as MessageKey)),
    numbers: POINTS.map((point) => formatNumber(locale, point)),
    value: value[scale],
    disabled,
    required,
    direction,
    choose: (point) => choose(scale, point),
  });
}
