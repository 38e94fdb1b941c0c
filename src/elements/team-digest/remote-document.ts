/**
 * A JSON document an element reads from its `src` URL, through `core/fetch-text.ts`, checked by a
 * validator of `core/`: loading, ready or failed, with every problem and its path. The document is
 * fetched again when the URL or the context it is checked against changes, or on `reload()`
 * (which keeps showing what it has until the new answer arrives). A fetch in flight is aborted when
 * the source changes or the element leaves the page. Used by `<pk-team-digest>` and
 * `<pk-relevance-report>`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatIssue, PkError } from '../../core/errors.js';
import { fetchText } from '../../core/fetch-text.js';
import type { DocumentValidation } from '../../core/manifest/validate-document.js';

export type RemoteState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: PkError };

export interface RemoteSource<C> {
  url: string;
  credentials?: RequestCredentials;
  /** What the document is checked against (the manifest it refers to, say). */
  context: C;
}

export class RemoteDocument<T, C = undefined> implements ReactiveController {
  state: RemoteState<T> = { status: 'loading' };
  private source?: RemoteSource<C>;
  private request?: AbortController;

  /**
   * `what` names the document in messages ("the team", "the ratings"); `tag` is the element's,
   * for console warnings; `onError` hears about each failure once.
   */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly localName: string },
    private readonly what: string,
    /** A promise when the validator loads on first use (it brings valibot). */
    private readonly validate: (text: string, context: C) => DocumentValidation<T> | Promise<DocumentValidation<T>>,
    private readonly onError: (error: PkError) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (!this.request) return;
    this.request.abort();
    this.request = undefined;
    this.source = undefined; // fetch again when the element comes back
  }

  /** Reads `source`, unless it is the one already read. */
  use(source: RemoteSource<C>): void {
    if (this.source && this.source.url === source.url && this.source.context === source.context) return;
    this.source = source;
    this.state = { status: 'loading' };
    void this.fetch(source);
  }

  /** Fetches the current source again. */
  reload(): void {
    if (this.source) void this.fetch(this.source);
  }

  private async fetch(source: RemoteSource<C>): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    let state: RemoteState<T>;
    try {
      const text = await fetchText(source.url, { signal: request.signal, credentials: source.credentials });
      const result = await this.validate(text, source.context);
      for (const warning of result.warnings) console.warn(`[purpose-kit] <${this.host.localName}> ${source.url} ${formatIssue(warning)}`);
      state = result.ok
        ? { status: 'ready', value: result.value }
        : {
            status: 'error',
            error: new PkError('data-invalid', `${this.what} from ${source.url} is not valid`, { source: source.url, issues: result.errors }),
          };
    } catch (error) {
      if (request.signal.aborted) return;
      state = { status: 'error', error: error instanceof PkError ? error : new PkError('data-fetch', String(error), { source: source.url, cause: error }) };
    }
    if (request !== this.request) return;
    this.request = undefined;
    this.state = state;
    if (state.status === 'error') this.onError(state.error);
    this.host.requestUpdate();
  }
}
