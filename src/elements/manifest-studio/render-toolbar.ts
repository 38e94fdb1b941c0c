/**
 * The studio's toolbar: the views, undo/redo, save (or download), and the validator's verdict on
 * the draft. Undo and redo with nothing to do stay focusable (`aria-disabled`): pressing the last
 * undo must not drop keyboard focus to the page.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StudioEnv } from './environment.js';
import type { Inbox } from './inbox.js';
import type { StudioSession, View } from './session.js';

export interface Toolbar {
  session: StudioSession;
  inbox: Inbox;
  env: StudioEnv;
  go(view: View): void;
  step(direction: 'undo' | 'redo'): void;
  save(): void;
}

export function renderToolbar({ session, inbox, env, go, step, save }: Toolbar): unknown {
  const { t } = env;
  const errors = session.validation.errors.length;
  const changes = session.changes.length;
  const waiting = inbox.waiting(session).length;
  const tab = (view: View, label: string) =>
    html`<button type="button" part="tab" aria-current=${ifDefined(session.view === view || (view === 'list' && session.view === 'editor') ? 'page' : undefined)} @click=${() => go(view)}>${label}</button>`;
  return html`<div class="toolbar" part="toolbar">
    <nav aria-label=${t('manifest-studio.nav')}>
      ${tab('list', t('manifest-studio.nav.courses'))} ${tab('inbox', t('manifest-studio.nav.inbox', { count: waiting }))}
      ${tab('changes', t('manifest-studio.nav.changes', { count: changes }))}
    </nav>
    <div class="actions" role="group" aria-label=${t('manifest-studio.actions')}>
      <button type="button" part="button undo" aria-disabled=${session.history.canUndo ? 'false' : 'true'} @click=${() => step('undo')} aria-keyshortcuts="Control+Z">${t('manifest-studio.undo')}</button>
      <button type="button" part="button redo" aria-disabled=${session.history.canRedo ? 'false' : 'true'} @click=${() => step('redo')} aria-keyshortcuts="Control+Shift+Z Control+Y">${t('manifest-studio.redo')}</button>
      <button type="button" part="button save" class="primary" @click=${save}>${env.manifestUrl ? t('manifest-studio.save') : t('manifest-studio.download')}</button>
    </div>
    <p class="status" part="status">
      <span class=${errors ? 'problem' : 'ok'}>${errors ? t('manifest-studio.problems', { count: errors }) : t('manifest-studio.valid')}</span>
      ${env.manifestUrl ? nothing : html`<span class="muted">${t('manifest-studio.download-only')}</span>`}
    </p>
  </div>`;
}
