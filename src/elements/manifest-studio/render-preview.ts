/**
 * The course as the learner will see it: the real `<pk-why-banner>` and `<pk-impact-badge>`, given
 * the draft as their manifest (the last valid draft while it has errors, and then it says so).
 */
import { html, nothing } from 'lit';
import type { EditorContext } from './editor-context.js';
import type { Manifest } from '../../core/manifest/types.js';

export function renderPreview({ env: { t }, course }: EditorContext, valid: Manifest, stale: boolean): unknown {
  const known = valid.courses.some((entry) => entry.id === course.id);
  return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
    <h3 id="preview-heading">${t('manifest-studio.preview.heading')}</h3>
    ${stale ? html`<p class="hint" part="preview-stale">${t('manifest-studio.preview.stale')}</p>` : nothing}
    ${known
      ? html`<pk-why-banner part="preview-banner" .manifest=${valid} course=${course.id} heading-level="4"></pk-why-banner>
          <pk-impact-badge part="preview-badge" .manifest=${valid} course=${course.id}></pk-impact-badge>`
      : nothing}
  </section>`;
}
