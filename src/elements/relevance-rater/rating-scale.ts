import { html, type TemplateResult } from 'lit';
import type { Direction } from '../../core/i18n/i18n.js';
import { POINTS } from './points.js';

/** What one scale shows and how it reports a choice. */
export interface ScaleView {
  /** Distinguishes the scale's ids and parts inside the shadow root: `relevance`, `clarity`. */
  name: string;
  question: string;
  /** One visible label per point, lowest first. */
  labels: readonly string[];
  /** The points as the locale writes numbers. */
  numbers: readonly string[];
  value: number | undefined;
  disabled: boolean;
  required: boolean;
  direction: Direction;
  /** Called when the learner picks a point, by mouse, arrow keys or Space. */
  choose: (point: number) => void;
}

/** An ARIA true/false attribute's value, as `String(aBoolean)` writes it. */
type AriaBoolean = 'true' | 'false';

/**
 * A 1–5 scale as a WAI-ARIA radio group: one tab stop (the checked point, else the first), arrow
 * keys move and check, following the text direction for left and right, Space checks the focused
 * point, and every point carries its own label.
 */
export function renderScale(view: ScaleView): TemplateResult {
  const tabStop = view.value ?? POINTS[0];
  const questionId = `${view.name}-question`;
  return html`<div class="scale" part="scale ${view.name}">
    <p class="question" id=${questionId}>${view.question}</p>
    <div class="points" role="radiogroup" aria-labelledby=${questionId} aria-required=${String(view.required) as AriaBoolean}
      aria-disabled=${String(view.disabled) as AriaBoolean} @keydown=${(event: KeyboardEvent) => onKey(event, view)}>
      ${POINTS.map((point, index) => {
        const checked = point === view.value;
        const tabindex = !view.disabled && point === tabStop ? '0' : '-1';
        return html`<div class="point" part="point ${checked ? 'checked' : ''}" role="radio" aria-checked=${String(checked) as AriaBoolean} tabindex=${tabindex}
          data-point=${point} @click=${() => {
            if (!view.disabled) view.choose(point);
          }}>
          <span class="number">${view.numbers[index]}</span>
          <span class="label">${view.labels[index]}</span>
        </div>`;
      })}
    </div>
  </div>`;
}

function onKey(event: KeyboardEvent, view: ScaleView): void {
  if (view.disabled) return;
  const radio = (event.target as Element).closest<HTMLElement>('[role="radio"]');
  if (!radio) return;
  // Space checks the focused point; arrows step, left and right following the text direction.
  const forward = view.direction === 'rtl' ? -1 : 1;
  const step = event.key === ' ' ? 0 : { ArrowDown: 1, ArrowUp: -1, ArrowRight: forward, ArrowLeft: -forward }[event.key];
  if (step === undefined) return;
  event.preventDefault();
  const target = POINTS[(POINTS.indexOf(Number(radio.dataset.point)) + step + POINTS.length) % POINTS.length]!;
  view.choose(target);
  const group = event.currentTarget as HTMLElement;
  group.querySelector<HTMLElement>(`[data-point="${target}"]`)?.focus();
}
