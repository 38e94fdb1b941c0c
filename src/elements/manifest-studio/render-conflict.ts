/**
 * The conflict view after a refused save: for every field changed on both sides, the version
 * saved meanwhile ("theirs") next to the draft ("yours"), then the two ways out.
 */
import { html } from 'lit';
import type { Manifest } from '../../core/manifest/types.js';
import { describePath, describeValue } from './describe.js';
import type { StudioEnv } from './environment.js';
import type { ConflictState } from './session.js';

export interface ConflictActions {
  keepTheirs(): void;
  keepMine(): void;
}

export function renderConflict({ current, conflicts }: ConflictState, draft: Manifest, env: StudioEnv, actions: ConflictActions): unknown {
  const { t } = env;
  return html`<section class="view" part="conflict" aria-labelledby="conflict-heading">
    <h2 id="conflict-heading" tabindex="-1">${t('manifest-studio.conflict.heading')}</h2>
    <p>${t('manifest-studio.conflict.intro', { version: current.version, count: conflicts.length })}</p>
    ${conflicts.length
      ? html`<table part="table">
          <thead>
            <tr>
              <th scope="col">${t('manifest-studio.conflict.field')}</th>
              <th scope="col">${t('manifest-studio.conflict.theirs')}</th>
              <th scope="col">${t('manifest-studio.conflict.yours')}</th>
            </tr>
          </thead>
          <tbody>
            ${conflicts.map((conflict) => {
              const { entry, field } = describePath(conflict.path, [draft, current.manifest], t);
              return html`<tr part="row">
                <th scope="row">${entry}${field ? ` · ${field}` : ''}</th>
                <td>${describeValue(conflict.theirs, t)}</td>
                <td>${describeValue(conflict.mine, t)}</td>
              </tr>`;
            })}
          </tbody>
        </table>`
      : html`<p>${t('manifest-studio.conflict.no-overlap')}</p>`}
    <div class="actions">
      <button type="button" part="button" @click=${actions.keepMine}>${t('manifest-studio.conflict.keep-mine')}</button>
      <button type="button" part="button" @click=${actions.keepTheirs}>${t('manifest-studio.conflict.keep-theirs')}</button>
    </div>
    <p class="hint">${t('manifest-studio.conflict.nothing-lost')}</p>
  </section>`;
}
