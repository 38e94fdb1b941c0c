/**
 * The pathways that hold the course, each markable as a hero pathway of its pillar's imperative;
 * adding the course to another pathway, or creating a new pathway with it.
 */
import { html, nothing } from 'lit';
import { addToPathway, createPathway, removeFromPathway, setHero } from '../../core/studio/edits.js';
import type { EditorContext } from './editor-context.js';
import { issueList, selectField, textField } from './fields.js';

export function renderPathways(context: EditorContext): unknown {
  const { env, draft, course, catalog, issues, forms, edit, refresh, focus } = context;
  const { t } = env;
  const holding = catalog.pathwaysWithCourse(course.id);
  const others = draft.pathways.filter((pathway) => !pathway.courses.includes(course.id));
  const add = () => {
    if (!forms.pathway.add) return;
    const id = forms.pathway.add;
    forms.pathway.add = '';
    edit(addToPathway(draft, course.id, id));
    focus(`hero-${id}`);
  };
  return html`<fieldset part="section" aria-describedby=${issues.pathways?.length ? 'course-pathways-issues' : nothing}>
    <legend>${t('manifest-studio.pathways.legend')}</legend>
    ${holding.length === 0 ? html`<p class="muted">${t('manifest-studio.pathways.none')}</p>` : nothing}
    <ul class="pathways">
      ${holding.map((pathway) => {
        const pillar = catalog.pillars.get(pathway.pillar);
        const rank = pillar?.imperative;
        return html`<li part="pathway">
          <span class="pathway-title">${pathway.title}</span>
          <span class="meta">${pillar?.title ?? pathway.pillar} · ${pathway.department}</span>
          <span class="check">
            <input type="checkbox" id=${`hero-${pathway.id}`} part="checkbox" .checked=${pathway.hero === true} aria-describedby=${`hero-${pathway.id}-hint`} @change=${(event: Event) => edit(setHero(draft, pathway.id, (event.target as HTMLInputElement).checked))} />
            <label for=${`hero-${pathway.id}`}>${t('manifest-studio.pathways.hero', { pathway: pathway.title })}</label>
          </span>
          <span class="hint" id=${`hero-${pathway.id}-hint`}>
            ${rank ? t('manifest-studio.pathways.imperative', { rank, pillar: pillar!.title }) : t('manifest-studio.pathways.not-imperative', { pillar: pillar?.title ?? pathway.pillar })}
          </span>
          <button type="button" part="button" class="quiet" @click=${() => {
            edit(removeFromPathway(draft, course.id, pathway.id));
            focus('add-pathway');
          }}>${t('manifest-studio.pathways.remove', { pathway: pathway.title })}</button>
        </li>`;
      })}
    </ul>
    ${issueList('course-pathways', issues.pathways)}
    ${others.length
      ? html`<div class="inline">
          ${selectField('add-pathway', t('manifest-studio.pathways.add-label'), [{ value: '', label: t('manifest-studio.pathways.choose') }, ...others.map((pathway) => ({ value: pathway.id, label: pathway.title }))], forms.pathway.add, (value) => {
            forms.pathway.add = value;
            refresh();
          })}
          <button type="button" part="button" @click=${add}>${t('manifest-studio.pathways.add')}</button>
        </div>`
      : nothing}
    ${renderNewPathway(context)}
  </fieldset>`;
}

function renderNewPathway({ env: { t }, draft, course, forms, edit, refresh, focus }: EditorContext): unknown {
  const form = forms.pathway;
  const set = (key: 'title' | 'department' | 'pillar') => (value: string) => {
    form[key] = value;
    refresh();
  };
  const toggle = () => {
    form.open = !form.open;
    refresh();
    if (form.open) focus('new-pathway-title');
  };
  const create = () => {
    if ([form.title, form.department, form.pillar].some((value) => !value.trim())) {
      form.problem = t('manifest-studio.pathways.create-missing');
      refresh();
      return;
    }
    const { manifest, id } = createPathway(draft, course.id, { title: form.title.trim(), department: form.department.trim(), pillar: form.pillar });
    Object.assign(form, { title: '', department: '', open: false, problem: undefined });
    edit(manifest);
    focus(`hero-${id}`);
  };
  const pillars = [{ value: '', label: t('manifest-studio.pillar.choose') }, ...draft.pillars.map((pillar) => ({ value: pillar.id, label: pillar.title }))];
  return html`<div class="create" part="create">
    <button type="button" part="button" aria-expanded=${form.open ? 'true' : 'false'} @click=${toggle}>${t('manifest-studio.pathways.create')}</button>
    ${form.open
      ? html`<div class="create-fields">
          ${textField({ id: 'new-pathway-title', label: t('manifest-studio.pathways.title'), value: form.title, input: set('title') })}
          ${textField({ id: 'new-pathway-department', label: t('manifest-studio.pathways.department'), value: form.department, input: set('department') })}
          ${selectField('new-pathway-pillar', t('manifest-studio.pathways.pillar'), pillars, form.pillar, set('pillar'))}
          ${form.problem ? html`<p class="problem" role="alert">${form.problem}</p>` : nothing}
          <button type="button" part="button" @click=${create}>${t('manifest-studio.pathways.create-button')}</button>
        </div>`
      : nothing}
  </div>`;
}
