import { html } from 'lit';
import type { RenderContext } from './render-context.js';
import type { MissingSelection } from './selection.js';

/** One line per selected id the manifest does not have; the navigator goes on with what it has. */
export function renderNotices({ t }: RenderContext, missing: readonly MissingSelection[]) {
  return missing.map(({ kind, id }) => html`<p class="notice" part="notice">${t(`pillar-navigator.not-found.${kind}`, { id })}</p>`);
}

/** Nothing in this pillar matches: says whether other pillars have matches, and offers to clear. */
export function renderNoMatch({ t }: RenderContext, elsewhere: number, clear: () => void) {
  return html`<div class="no-match" part="no-match">
    <p>${elsewhere === 0 ? t('pillar-navigator.results.none') : t('pillar-navigator.no-match.elsewhere', { count: elsewhere })}</p>
    <button type="button" class="clear" part="clear" @click=${clear}>${t('pillar-navigator.clear')}</button>
  </div>`;
}

/** The keyboard model and filtering could not be loaded: says so, with "Try again". */
export function renderPartFailed({ t }: RenderContext, retry: () => void) {
  return html`<div class="state state-error" part="part-failed" role="alert">
    <p>${t('state.part-failed')}</p>
    <button type="button" part="retry" @click=${retry}>${t('state.retry')}</button>
  </div>`;
}
