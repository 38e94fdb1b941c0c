import { html, type TemplateResult } from 'lit';

/**
 * The Leadership area: the Purpose Dividend across the four human-performance metrics, read from
 * the manifest that the page's one `<pk-config>` names. Leaders switch to the table view for the
 * exact numbers; the chart says itself that the comparison is correlational.
 */
export function template(): TemplateResult {
  return html`<section aria-labelledby="dividend-title">
    <h2 id="dividend-title">Human performance, FY2026 to FY2027</h2>
    <p>How people who completed a pillar-aligned pathway compare with everyone else, quarter by quarter.</p>
    <pk-dividend-chart metric="all"></pk-dividend-chart>
  </section>`;
}
