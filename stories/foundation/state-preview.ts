import { css, html } from 'lit';
import { PkElement, type ReadyManifest } from '../../src/core/base/pk-element.js';

/**
 * A story-only element that shows what the base element gives every `pk-*` element: the shared
 * loading, error and empty states, locale, direction and theme. Its content is the year's
 * strategic imperatives, the smallest useful rendering of a manifest.
 *
 * The stories that use it define it: the package's `sideEffects` list does not name story
 * files, so a bare `import './state-preview.js'` is tree-shaken out of the built Storybook.
 */
export class PkStatePreview extends PkElement {
  static override styles = [
    PkElement.styles,
    css`
      ul {
        margin: 0;
        padding-inline-start: 1.25em;
      }
    `,
  ];

  protected override renderContent({ manifest, catalog }: ReadyManifest) {
    return html`<section class="state" part="content">
      <p class="state-title">${manifest.organization.name}</p>
      <ul>
        ${catalog.imperatives.map((pillar) => html`<li>${pillar.title}</li>`)}
      </ul>
    </section>`;
  }

  protected override isEmpty({ catalog }: ReadyManifest): boolean {
    return catalog.imperatives.length === 0;
  }
}
