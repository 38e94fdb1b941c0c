/**
 * A JSON document an element reads from a URL (its `src`), through `core/fetch-text.ts`, checked by
 * a validator of `core/`: loading, ready or failed, with every problem and its path. The document
 * is fetched again when the URL or the context it is checked against changes, or on `reload()`
 * (which keeps showing what it has until the new answer arrives). A fetch in flight is aborted when
 * the source changes or the element leaves the page; each failure is reported once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatIssue, PkError } from '../errors.js';
import { fetchText, type FetchSettings } from '../fetch-text.js';
import type { DocumentValidation } from '../manifest/validate-document.js';

export type RemoteState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: PkError };

export interface RemoteSource<C> {
  url: string;
  /** The page's settings: its credentials, and its headers for the collector's documents. */
  settings?: FetchSettings;
  /** What the document is checked against (the manifest it refers to, say). */
  context: C;
}

export interface DocumentReader<T, C> {
  /** Checks the fetched text; a promise when the validator loads on first use (it brings valibot). */
  validate: (text: string, context: C) => DocumentValidation<T> | Promise<DocumentValidation<T>>;
  /** The message of a document that fails validation: "the team from … is not valid". */
  invalid: (url: string) => string;
}

export interface RemoteDocumentOptions<T, C> extends DocumentReader<T, C> {
  /** Hears about each failure once. */
  onError: (error: PkError) => void;
}

/**
 * Fetches and checks the document of `source`: its value, or a rejection with a `PkError` saying
 * what failed and where. Warnings go to the console, in the name of the element that reads it.
 */
export async function readDocument<T, C>(source: RemoteSource<C>, reader: DocumentReader<T, C>, element: string, signal?: AbortSignal): Promise<T> {
  try {
    const text = await fetchText(source.url, { signal, settings: source.settings });
    const result = await reader.validate(text, source.context);
    for (const warning of result.warnings) console.warn(`[purpose-kit] <${element}> ${source.url} ${formatIssue(warning)}`);
    if (result.ok) return result.value;
    throw new PkError('data-invalid', reader.invalid(source.url), { source: source.url, issues: result.errors });
  } catch (error) {
    throw error instanceof PkError || signal?.aborted ? error : new PkError('data-fetch', String(error), { source: source.url, cause: error });
  }
}

export class RemoteDocument<T, C = undefined> implements ReactiveController {
  state: RemoteState<T> = { status: 'loading' };
  private source?: RemoteSource<C>;
  private request?: AbortController;

  /** The host's tag names it in console warnings. */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly localName: string },
    private readonly options: RemoteDocumentOptions<T, C>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (!this.request) return;
    this.drop();
  }

  /**
   * Reads `source`, unless it is the one already read; `undefined` when the element shows
   * something else for now: a fetch in flight is dropped and the next source is read afresh.
   */
  use(source: RemoteSource<C> | undefined): void {
    if (!source) {
      this.drop();
      return;
    }
    if (this.source && this.source.url === source.url && this.source.context === source.context) return;
    this.source = source;
    this.state = { status: 'loading' };
    void this.fetch(source);
  }

  /** Fetches the current source again. */
  reload(): void {
    if (this.source) void this.fetch(this.source);
  }

  /** Aborts the fetch in flight and forgets the source, so it is fetched again when used again. */
  private drop(): void {
    this.request?.abort();
    this.request = undefined;
    this.source = undefined;
  }

  private async fetch(source: RemoteSource<C>): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    let state: RemoteState<T>;
    try {
      state = { status: 'ready', value: await readDocument(source, this.options, this.host.localName, request.signal) };
    } catch (error) {
      if (request.signal.aborted) return;
      state = { status: 'error', error: error as PkError };
    }
    if (request !== this.request) return;
    this.request = undefined;
    this.state = state;
    if (state.status === 'error') this.options.onError(state.error);
    this.host.requestUpdate();
  }
}
