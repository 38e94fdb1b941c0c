/** The course's pillar, with the pillars the suggestion model ranks for it. */
import { html } from 'lit';
import { setCoursePillar } from '../../core/studio/edits.js';
import type { Suggestion } from '../../core/suggest/index.js';
import type { EditorContext } from './editor-context.js';
import { selectField } from './fields.js';
import { renderSuggestions } from './render-suggestions.js';

export function renderPillar(context: EditorContext, suggested: readonly Suggestion[]): unknown {
  const { env, draft, course, catalog, issues, edit, focus } = context;
  const { t } = env;
  const choices = [{ value: '', label: t('manifest-studio.pillar.none') }, ...draft.pillars.map((pillar) => ({ value: pillar.id, label: pillar.title }))];
  const set = (pillar: string) => edit(setCoursePillar(draft, course.id, pillar));
  const inherited = course.pillar ? undefined : catalog.pillarOfCourse(course.id);
  return html`<fieldset part="section">
    <legend>${t('manifest-studio.pillar.legend')}</legend>
    ${selectField('course-pillar', t('manifest-studio.pillar.label'), choices, course.pillar ?? '', set, issues.pillar)}
    ${inherited ? html`<p class="hint">${t('manifest-studio.pillar.inherited', { pillar: inherited.title })}</p>` : ''}
    ${renderSuggestions(env, {
      id: 'pillar-suggestions',
      heading: t('manifest-studio.suggest.pillars'),
      suggestions: suggested.filter((suggestion) => suggestion.id !== course.pillar),
      label: (id) => catalog.pillars.get(id)?.title ?? id,
      accept: (id) => {
        set(id);
        focus('course-pillar');
      },
    })}
  </fieldset>`;
}
