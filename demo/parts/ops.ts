import { html, type TemplateResult } from 'lit';

/**
 * L&D operations: the audit of the most-used content (from the manifest's usage figures), and the
 * relevance ratings fed back into procurement. The report reads the collector's `/v1/ratings`
 * (the page's `collector` setting): the manifest's rating history plus every rating the collector
 * stored. Rate a course on "My learning" and it shows up here once sent. The studio edits the manifest
 * the collector serves to every element of the page (the demo's collector runs with --dev, so this
 * page may save it; a real one asks for the ld-ops role): re-wrap a course, save, and its banner on
 * "My learning" shows the new framing after a reload.
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
    </section>
    <section aria-labelledby="studio-title">
      <h2 id="studio-title">Re-wrap studio</h2>
      <p>Write the why, place courses on pillars and pathways, accept what experts sent, and save the manifest every page reads.</p>
      <pk-manifest-studio></pk-manifest-studio>
    </section>`;
}
