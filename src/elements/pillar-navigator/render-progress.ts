import { html, nothing } from 'lit';
import type { Pathway } from '../../core/manifest/types.js';
import { rollUp } from './progress.js';
import type { RenderContext } from './render-context.js';

/**
 * "3 of 5 done" with a progress bar named after the pathway; nothing without learner progress.
 * The bar carries the words as its value text, so names computed from content say them once.
 */
export function renderPathwayProgress({ t, progress }: RenderContext, pathway: Pathway) {
  if (!progress) return nothing;
  const { done, total } = rollUp(pathway, progress);
  const text = t('pillar-navigator.progress', { done, total });
  return html`<span class="progress" part="progress">
    <progress
      part="progress-bar"
      max=${total}
      .value=${done}
      aria-label=${t('pillar-navigator.progress.label', { pathway: pathway.title })}
      aria-valuetext=${text}
    ></progress>
    <span class="progress-text" aria-hidden="true">${text}</span>
  </span>`;
}
