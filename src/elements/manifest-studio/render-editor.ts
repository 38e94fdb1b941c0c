/** The editor of one course: its heading and flags, the why framing, pillar, impact tags, pathways and the preview. */
import { html } from 'lit';
import { flagsOf } from '../../core/audit/flags.js';
import { DEFAULT_AUDIT_OPTIONS } from '../../core/audit/options.js';
import type { CourseSuggestions } from '../../core/suggest/index.js';
import type { EditorContext } from './editor-context.js';
import { issueList } from './fields.js';
import { renderPathways } from './render-pathways.js';
import { renderPillar } from './render-pillar.js';
import { renderPreview } from './render-preview.js';
import { renderTags } from './render-tags.js';
import { renderWhy } from './render-why.js';
import type { Validation } from './session.js';

export function renderEditor(context: EditorContext, validation: Validation, suggestions: CourseSuggestions, back: () => void): unknown {
  const { env, course, catalog, issues } = context;
  const { t } = env;
  const mandatory = course.mandatory === true || catalog.pathwaysWithCourse(course.id).some((pathway) => pathway.mandatory === true);
  const flags = flagsOf(course, mandatory, DEFAULT_AUDIT_OPTIONS);
  return html`<section class="view editor" part="editor" aria-labelledby="editor-heading">
    <button type="button" part="button" class="back" @click=${back}>${t('manifest-studio.editor.back')}</button>
    <h2 id="editor-heading" tabindex="-1">${course.title}</h2>
    <p class="meta">${course.id}${course.provider ? ` · ${course.provider}` : ''}</p>
    ${course.description ? html`<p class="description" part="description">${course.description}</p>` : ''}
    ${flags.length
      ? html`<ul class="flags" aria-label=${t('manifest-studio.list.flags')}>
          ${flags.map((flag) => html`<li class="flag" part="flag ${flag}">${t(`content-audit.flag.${flag}`)}</li>`)}
        </ul>`
      : html`<p class="done" part="done">${t('content-audit.nothing-to-fix')}</p>`}
    ${issueList('course-other', issues.course)}
    <div class="editor-columns">
      <div class="editor-fields">
        ${renderWhy(context)} ${renderPillar(context, suggestions.pillars)} ${renderTags(context, suggestions.impactTags)} ${renderPathways(context)}
      </div>
      ${renderPreview(context, validation.valid, validation.errors.length > 0)}
    </div>
  </section>`;
}

export const noSuggestions: CourseSuggestions = { pillars: [], impactTags: [] };
