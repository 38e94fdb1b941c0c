/** The diff since the version last saved: one line per changed field, before → after. */
import { html } from 'lit';
import type { Change } from '../../core/studio/diff.js';
import type { Manifest } from '../../core/manifest/types.js';
import { describePath, describeValue } from './describe.js';
import type { StudioEnv } from './environment.js';

export function renderChanges(changes: readonly Change[], draft: Manifest, saved: Manifest, { t }: StudioEnv): unknown {
  return html`<section class="view" part="changes" aria-labelledby="changes-heading">
    <h2 id="changes-heading" tabindex="-1">${t('manifest-studio.changes.heading')}</h2>
    ${changes.length === 0
      ? html`<p>${t('manifest-studio.changes.none')}</p>`
      : html`<ul class="changes">
          ${changes.map((change) => {
            const { entry, field } = describePath(change.path, [draft, saved], t);
            const what = change.before === undefined && !field ? t('manifest-studio.changes.added') : change.after === undefined && !field ? t('manifest-studio.changes.removed') : undefined;
            return html`<li part="change">
              <span class="entry">${entry}</span>${field ? html` · <span class="field">${field}</span>` : ''}:
              ${what ?? html`<del>${describeValue(change.before, t)}</del> → <ins>${describeValue(change.after, t)}</ins>`}
            </li>`;
          })}
        </ul>`}
  </section>`;
}
