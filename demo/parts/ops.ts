import { html, type TemplateResult } from 'lit';

/**
 * L&D operations: the audit of the most-used content (from the manifest's usage figures), and the
 * relevance ratings fed back into procurement. The report reads the collector's `/v1/ratings`
 * (the page's `collector` setting): the manifest's rating history plus every rating the collector
 * stored. Rate a course on "My learning" and it shows up here once sent.
 */
export function template(): TemplateResult {
  return html`<section aria-labelledby="audit-title">
      <h2 id="audit-title">The most-used 20% of our content</h2>
      <p>Re-wrap these first: each says what it is missing to explain why it matters.</p>
      <pk-content-audit></pk-content-audit>
    </section>
    <section aria-labelledby="report-title">
      <h2 id="report-title">Relevance feedback for procurement</h2>
      <p>What learners say about relevance to their role and strategic clarity, per provider and per course.</p>
      <pk-relevance-report></pk-relevance-report>
    </section>`;
}
