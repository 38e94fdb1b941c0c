/** The why framing of the course: "from … to …" and the statement. */
import { html } from 'lit';
import { setWhy, type WhyDraft } from '../../core/studio/edits.js';
import type { EditorContext } from './editor-context.js';
import { textField } from './fields.js';

export function renderWhy({ env: { t }, draft, course, issues, edit, seal }: EditorContext): unknown {
  const why: WhyDraft = { statement: course.why?.statement ?? '', from: course.why?.reframe?.from ?? '', to: course.why?.reframe?.to ?? '' };
  const change = (field: keyof WhyDraft) => (value: string) => edit(setWhy(draft, course.id, { ...why, [field]: value }), `why.${field}:${course.id}`);
  return html`<fieldset part="section">
    <legend>${t('manifest-studio.why.legend')}</legend>
    <div class="reframe">
      ${textField({ id: 'why-from', label: t('manifest-studio.why.from'), hint: t('manifest-studio.why.from-hint'), value: why.from, issues: issues.from, input: change('from'), commit: seal })}
      ${textField({ id: 'why-to', label: t('manifest-studio.why.to'), hint: t('manifest-studio.why.to-hint'), value: why.to, issues: issues.to, input: change('to'), commit: seal })}
    </div>
    ${textField({ id: 'why-statement', label: t('manifest-studio.why.statement'), value: why.statement, issues: issues.statement, multiline: true, input: change('statement'), commit: seal })}
  </fieldset>`;
}
