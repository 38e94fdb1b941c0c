/**
 * The studio itself, a chunk of its own (the element's entry stays small): the session (draft,
 * history, saved version), the inbox, the suggestion model, the views and their keyboard. The
 * element hands it the manifest once it is ready and draws what `render()` returns.
 */
import { html } from 'lit';
import type { ReadyManifest } from '../../core/base/manifest-controller.js';
import { catalogOf } from '../../core/manifest/catalog.js';
import type { Manifest } from '../../core/manifest/types.js';
import { issuesOfCourse } from '../../core/studio/field-issues.js';
import { suggestionIndex, type SuggestionIndex } from '../../core/suggest/index.js';
import { emptyForms, type EditorContext, type Forms } from './editor-context.js';
import type { StudioEnv } from './environment.js';
import { Inbox } from './inbox.js';
import { LIST_PAGE, renderViews } from './render-views.js';
import { keepMine, keepTheirs, save } from './save.js';
import { StudioSession, type View } from './session.js';

/** Text fields keep their own undo (Ctrl+Z inside a field undoes typing, as everywhere). */
const OWN_UNDO = new Set(['INPUT', 'TEXTAREA']);

export class StudioView {
  readonly session: StudioSession;
  readonly inbox = new Inbox();
  private forms: Forms = emptyForms();
  private index?: { key: readonly unknown[]; index: SuggestionIndex };
  private focusAfter?: string;

  /** @param origin where the manifest came from: the key its draft is stored under, and its ETag */
  constructor(
    ready: ReadyManifest,
    origin: { key: string; etag?: string },
    private env: StudioEnv,
  ) {
    this.session = new StudioSession(env.host, ready.manifest, origin);
    void this.session.restore().then((restored) => restored && this.session.say(this.env.t('manifest-studio.restored')));
    void this.inbox.load(env);
  }

  /** The element's settings changed (its language, its collector). */
  use(env: StudioEnv): void {
    const collectorChanged = env.inboxUrl !== this.env.inboxUrl;
    this.env = env;
    if (collectorChanged) void this.inbox.load(env);
  }

  /** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere in the studio but inside a text field. */
  readonly keydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const target = event.composedPath()[0] as Element | undefined;
    if (target && OWN_UNDO.has(target.tagName)) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
    if (!redo && !(key === 'z' && !event.shiftKey)) return;
    event.preventDefault();
    this.step(redo ? 'redo' : 'undo');
  };

  step(direction: 'undo' | 'redo'): void {
    const { session, env } = this;
    const done = direction === 'undo' ? session.undo() : session.redo();
    session.say(env.t(done ? `manifest-studio.${direction}.done` : `manifest-studio.${direction}.nothing`));
  }

  /** Opens a view and moves focus to its heading (or, back on the list, to the course just edited). */
  go(view: View, course?: string): void {
    const { session } = this;
    if (view === 'editor' && course !== session.course) {
      this.forms = emptyForms(catalogOf(session.draft).pillarOfCourse(course!)?.id ?? '');
    }
    const from = session.view;
    session.history.seal();
    session.open(view, course);
    this.focusAfter = view === 'list' && from === 'editor' && session.course ? `course:${session.course}` : `${view}-heading`;
  }

  /** After the element drew: focus where navigation or an action asked. */
  updated(root: ShadowRoot | HTMLElement | DocumentFragment): void {
    const target = this.focusAfter;
    if (!target) return;
    this.focusAfter = undefined;
    const element = target.startsWith('course:')
      ? root.querySelector<HTMLElement>(`button[data-course="${CSS.escape(target.slice(7))}"]`)
      : root.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
    // A control that is gone (the last pathway left) hands focus to the view's heading, never to the page.
    (element ?? root.querySelector<HTMLElement>('h2[tabindex="-1"]'))?.focus();
  }

  /** Moves focus to the element with this id once the studio has drawn. */
  private focus(id: string): void {
    this.focusAfter = id;
    this.env.host.requestUpdate();
  }

  private suggestions(draft: Manifest): SuggestionIndex {
    const key = [this.session.saved, draft.pillars, draft.impactTags];
    if (!this.index || this.index.key.some((part, i) => part !== key[i])) this.index = { key, index: suggestionIndex(draft) };
    return this.index.index;
  }

  private editorContext(): EditorContext | undefined {
    const { session, env } = this;
    const draft = session.draft;
    const course = draft.courses.find((entry) => entry.id === session.course);
    if (!course) return undefined;
    return {
      env,
      draft,
      catalog: catalogOf(draft),
      course,
      issues: issuesOfCourse(session.validation.errors, draft, course.id),
      forms: this.forms,
      latest: () => session.draft,
      edit: (next, group) => session.edit(next, group),
      seal: () => session.history.seal(),
      refresh: () => env.host.requestUpdate(),
      focus: (id) => this.focus(id),
    };
  }

  render(): unknown {
    const { session, env } = this;
    const editor = session.view === 'editor' ? this.editorContext() : undefined;
    const suggested = editor ? this.suggestions(session.draft).forCourse(editor.course) : undefined;
    return html`<div class="studio" part="studio" @keydown=${this.keydown}>
      ${renderViews({
        session,
        inbox: this.inbox,
        env,
        editor,
        suggested,
        go: (view, course) => this.go(view, course),
        showMore: (first) => {
          session.listed = Math.max(session.listed, LIST_PAGE) + LIST_PAGE;
          this.focus(`course:${first}`);
        },
        step: (direction) => this.step(direction),
        save: () =>
          void save(session, env).then(() => {
            if (session.view === 'conflict') this.focus('conflict-heading');
          }),
        keepTheirs: () => {
          keepTheirs(session, env);
          this.focusAfter = 'list-heading';
        },
        keepMine: () => {
          this.focusAfter = 'changes-heading';
          void keepMine(session, env);
        },
        accept: (item) => {
          this.inbox.accept(item, session, env);
          this.focusAfter = `endorsement-${item.id}`;
        },
        dismiss: (item) => {
          this.focusAfter = 'inbox-heading';
          void this.inbox.dismiss(item, session, env);
        },
        reloadInbox: () => void this.inbox.load(env),
      })}
    </div>`;
  }
}
