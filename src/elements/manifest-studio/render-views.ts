/** The studio's frame: the toolbar (views, undo/redo, save or download, the validator's count) and the open view. */
import { html } from 'lit';
import type { CourseSuggestions } from '../../core/suggest/index.js';
import type { EditorContext } from './editor-context.js';
import type { StudioEnv } from './environment.js';
import type { Inbox } from './inbox.js';
import { renderChanges } from './render-changes.js';
import { renderConflict } from './render-conflict.js';
import { noSuggestions, renderEditor } from './render-editor.js';
import { renderInbox, type InboxActions } from './render-inbox.js';
import { renderList } from './render-list.js';
import { renderToolbar } from './render-toolbar.js';
import type { StudioSession, View } from './session.js';

export { LIST_PAGE } from './render-list.js';

export interface Views {
  session: StudioSession;
  inbox: Inbox;
  env: StudioEnv;
  editor?: EditorContext;
  suggested?: CourseSuggestions;
  go(view: View, course?: string): void;
  /** Lists more courses, focusing the first one added. */
  showMore(first: string): void;
  step(direction: 'undo' | 'redo'): void;
  save(): void;
  keepTheirs(): void;
  keepMine(): void;
  accept: InboxActions['accept'];
  dismiss: InboxActions['dismiss'];
  reloadInbox(): void;
}

export function renderViews(views: Views): unknown {
  // The live region stays in place from the first render, so every later result is read out.
  return html`${renderToolbar(views)}
    <p class="announcement" role="status" part="announcement">${views.session.announcement}</p>
    ${renderView(views)}`;
}

function renderView(views: Views): unknown {
  const { session, inbox, env, editor, suggested, go } = views;
  const list = () => renderList(session.draft, env, { shown: session.listed, open: (id) => go('editor', id), showMore: views.showMore });
  switch (session.view) {
    case 'editor':
      return editor ? renderEditor(editor, session.validation, suggested ?? noSuggestions, () => go('list')) : list();
    case 'inbox':
      return renderInbox(inbox.state, session.draft, env, { accept: views.accept, dismiss: views.dismiss, reload: views.reloadInbox });
    case 'changes':
      return renderChanges(session.changes, session.draft, session.saved, env);
    case 'conflict':
      return session.conflict ? renderConflict(session.conflict, session.draft, env, views) : list();
    default:
      return list();
  }
}
