/** The course's impact tags: the manifest's tags to pick from, the suggested ones, and a form that creates one. */
import { html, nothing } from 'lit';
import { createImpactTag, setImpactTag } from '../../core/studio/edits.js';
import type { Suggestion } from '../../core/suggest/index.js';
import type { EditorContext } from './editor-context.js';
import { issueList, selectField, textField } from './fields.js';
import { renderSuggestions } from './render-suggestions.js';

export function renderTags(context: EditorContext, suggested: readonly Suggestion[]): unknown {
  const { env, draft, course, catalog, issues, edit, focus } = context;
  const { t } = env;
  const toggle = (id: string, on: boolean) => edit(setImpactTag(draft, course.id, id, on));
  return html`<fieldset part="section" aria-describedby=${issues.impactTags?.length ? 'course-tags-issues' : nothing}>
    <legend>${t('manifest-studio.tags.legend')}</legend>
    ${draft.impactTags.length === 0 ? html`<p class="muted">${t('manifest-studio.tags.none')}</p>` : nothing}
    <ul class="checks">
      ${draft.impactTags.map(
        (tag) => html`<li>
          <input type="checkbox" id=${`tag-${tag.id}`} part="checkbox" .checked=${course.impactTags.includes(tag.id)} @change=${(event: Event) => toggle(tag.id, (event.target as HTMLInputElement).checked)} />
          <label for=${`tag-${tag.id}`}>${tag.label}</label>
          <span class="meta">${catalog.pillars.get(tag.pillar)?.title ?? tag.pillar} · ${tag.targetPeriod}</span>
        </li>`,
      )}
    </ul>
    ${issueList('course-tags', issues.impactTags)}
    ${renderSuggestions(env, {
      id: 'tag-suggestions',
      heading: t('manifest-studio.suggest.tags'),
      suggestions: suggested.filter((suggestion) => !course.impactTags.includes(suggestion.id)),
      label: (id) => catalog.impactTags.get(id)?.label ?? id,
      accept: (id) => {
        toggle(id, true);
        focus(`tag-${id}`);
      },
    })}
    ${renderNewTag(context)}
  </fieldset>`;
}

function renderNewTag({ env: { t }, draft, course, forms, edit, refresh, focus }: EditorContext): unknown {
  const form = forms.tag;
  const set = (key: 'label' | 'initiative' | 'targetPeriod' | 'pillar') => (value: string) => {
    form[key] = value;
    refresh();
  };
  const create = () => {
    const missing = [form.label, form.initiative, form.targetPeriod, form.pillar].some((value) => !value.trim());
    if (missing) {
      form.problem = t('manifest-studio.tags.create-missing');
      refresh();
      return;
    }
    const { manifest, id } = createImpactTag(draft, course.id, { label: form.label.trim(), initiative: form.initiative.trim(), targetPeriod: form.targetPeriod.trim(), pillar: form.pillar });
    Object.assign(form, { label: '', initiative: '', targetPeriod: '', problem: undefined });
    edit(manifest);
    focus(`tag-${id}`);
  };
  const pillars = [{ value: '', label: t('manifest-studio.pillar.choose') }, ...draft.pillars.map((pillar) => ({ value: pillar.id, label: pillar.title }))];
  const toggle = () => {
    form.open = !form.open;
    refresh();
    if (form.open) focus('new-tag-label');
  };
  return html`<div class="create" part="create">
    <button type="button" part="button" aria-expanded=${form.open ? 'true' : 'false'} @click=${toggle}>${t('manifest-studio.tags.create')}</button>
    ${form.open ? html`<div class="create-fields">
      ${textField({ id: 'new-tag-label', label: t('manifest-studio.tags.label'), value: form.label, input: set('label') })}
      ${textField({ id: 'new-tag-initiative', label: t('manifest-studio.tags.initiative'), value: form.initiative, input: set('initiative') })}
      ${textField({ id: 'new-tag-period', label: t('manifest-studio.tags.period'), hint: t('manifest-studio.tags.period-hint'), value: form.targetPeriod, input: set('targetPeriod') })}
      ${selectField('new-tag-pillar', t('manifest-studio.tags.pillar'), pillars, form.pillar, set('pillar'))}
    ${form.problem ? html`<p class="problem" role="alert">${form.problem}</p>` : nothing}
    <button type="button" part="button" @click=${create}>${t('manifest-studio.tags.create-button')}</button></div>` : nothing}
  </div>`;
}
