import { css, html } from 'lit';
import { LazyModule, LazyPart } from '../../src/core/base/lazy-part.js';
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

/** What the part preview loads: a sentence about the manifest. */
type DetailsModule = { details(manifest: ReadyManifest['manifest']): unknown };

/**
 * The face of a part that loads on its own (a `LazyModule`) and could not be loaded: the message
 * and "Try again" every element shows in its place (`::part(part-failed)`, `::part(retry)`). Its
 * first load fails, as a chunk does offline or after a redeploy; "Try again" then loads it.
 */
export class PkPartPreview extends PkStatePreview {
  private readonly details = new LazyPart(this, failingOnce(), { report: (error) => this.report(error), t: (key) => this.settings.t(key), when: 'shown' });

  protected override renderContent(ready: ReadyManifest) {
    return html`${super.renderContent(ready)} ${this.details.render((module) => module.details(ready.manifest))}`;
  }
}

function failingOnce(): LazyModule<DetailsModule> {
  let attempts = 0;
  return new LazyModule('details', async () => {
    attempts += 1;
    if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module (the story fails the first load)');
    return { details: (manifest) => html`<p>${manifest.pillars.length} pillars, ${manifest.courses.length} courses.</p>` };
  });
}
