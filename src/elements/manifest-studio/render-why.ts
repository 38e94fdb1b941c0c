/** The why framing of the course: "from … to …" and the statement. */
import { html } from 'lit';
import type { Course } from '../../core/manifest/types.js';
import { setWhy, type WhyDraft } from '../../core/studio/edits.js';
import type { EditorContext } from './editor-context.js';
import { textField } from './fields.js';

const whyOf = (course: Course | undefined): WhyDraft => ({ statement: course?.why?.statement ?? '', from: course?.why?.reframe?.from ?? '', to: course?.why?.reframe?.to ?? '' });

export function renderWhy({ env: { t }, course, issues, latest, edit, seal }: EditorContext): unknown {
  const why = whyOf(course);
  // Two fields changed before the studio redraws (autofill, a script) must both count.
  const change = (field: keyof WhyDraft) => (value: string) => {
    const draft = latest();
    const now = whyOf(draft.courses.find((entry) => entry.id === course.id));
    edit(setWhy(draft, course.id, { ...now, [field]: value }), `why.${field}:${course.id}`);
  };
  return html`<fieldset part="section">
    <legend>${t('manifest-studio.why.legend')}</legend>
    <div class="reframe">
      ${textField({ id: 'why-from', label: t('manifest-studio.why.from'), hint: t('manifest-studio.why.from-hint'), value: why.from, issues: issues.from, input: change('from'), commit: seal })}
      ${textField({ id: 'why-to', label: t('manifest-studio.why.to'), hint: t('manifest-studio.why.to-hint'), value: why.to, issues: issues.to, input: change('to'), commit: seal })}
    </div>
    ${textField({ id: 'why-statement', label: t('manifest-studio.why.statement'), value: why.statement, issues: issues.statement, multiline: true, input: change('statement'), commit: seal })}
  </fieldset>`;
}
