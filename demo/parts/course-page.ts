import { html, type TemplateResult } from 'lit';

/**
 * The LMS's own page for one course (its title, provider and objectives come from the LMS), with
 * the relevance rater under the content. The page's `<pk-config>` points it at the collector:
 * ratings appear in the "Collector" panel as they arrive. The demo's learner is a subject-matter
 * expert (`expert`), so after rating she may endorse the course; endorsements sent show on the
 * rater, from the collector, after a reload.
 */
export function template(): TemplateResult {
  return html`<article aria-labelledby="course-page-title">
    <h2 id="course-page-title">Data Privacy Essentials</h2>
    <p>Ostara Compliance · 45 minutes · mandatory</p>
    <h3>What you will be able to do</h3>
    <ul>
      <li>Identify personal data in client, meter and employee records</li>
      <li>Apply lawful bases and data minimisation under the GDPR to daily work</li>
      <li>Report a suspected data breach within the 72-hour window</li>
    </ul>
    <h3>Your view of this course</h3>
    <pk-relevance-rater course="data-privacy-essentials" expert></pk-relevance-rater>
  </article>`;
}
