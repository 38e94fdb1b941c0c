import { html, type TemplateResult } from 'lit';

/**
 * The Leadership area: the Purpose Dividend across the four human-performance metrics, and the
 * Human Sustainability lens beside it, both computed by the collector (`/v1/metrics`) from the HR
 * export the demo imported at start and the learner events it holds. Leaders switch to the table
 * view for the exact numbers; each chart says itself that its comparison is correlational.
 */
export function template(): TemplateResult {
  return html`<section aria-labelledby="dividend-title">
      <h2 id="dividend-title">Human performance, 2025 to 2026</h2>
      <p>How people who completed a pillar-aligned pathway compare with everyone else, quarter by quarter.</p>
      <pk-dividend-chart metric="all" src="/pk/v1/metrics"></pk-dividend-chart>
    </section>
    <section aria-labelledby="sustainability-title">
      <h2 id="sustainability-title">Human sustainability</h2>
      <p>Does our learning build skills people can take anywhere, and do they stay — and feel well — when it does?</p>
      <pk-dividend-chart id="sustainability" metric="sustainability" src="/pk/v1/metrics"></pk-dividend-chart>
    </section>`;
}
