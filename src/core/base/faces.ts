/**
 * The names of the faces an element shows as a whole, which the base element sets on its host as
 * custom states (`pk-x:state(error)`), and the error face it draws in place of its content (the
 * loading and empty faces are one line each, in the base element). Their look is in
 * `states.styles.ts`.
 */
import { html, nothing } from 'lit';
import { formatIssue, type PkError } from '../errors.js';
import type { SettingsController } from './settings-controller.js';

export { stateStyles } from './states.styles.js';

/** The face an element shows as a whole. */
export type HostState = 'loading' | 'ready' | 'error' | 'empty';

const MAX_ISSUES_SHOWN = 8;

/** What failed and where: the first few issues with their paths, and how many more. */
export function errorFace(error: PkError, t: SettingsController['t']): unknown {
  const shown = error.issues.slice(0, MAX_ISSUES_SHOWN);
  const hidden = error.issues.length - shown.length;
  return html`<div class="state state-error" part="state" role="alert">
    <p class="state-title">${t(`error.${error.code}`)}</p>
    ${error.issues.length
      ? html`<p>${t('state.error.issues', { count: error.issues.length })}</p>
          <ul class="issues">
            ${shown.map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}
            ${hidden > 0 ? html`<li>${t('state.error.more', { count: hidden })}</li>` : nothing}
          </ul>`
      : html`<p><code>${error.message}</code></p>`}
    <p class="hint">${t('state.error.hint')}</p>
  </div>`;
}
