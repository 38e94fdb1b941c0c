/**
 * Where a digest's team comes from: the manifest's `team`, or a document read from `src` (by
 * default the collector's team of the configured learner, the manager), checked against the
 * manifest. The reader is a chunk of its own, asked for as soon as there is a `src`, so it loads
 * while the manifest does, not after it.
 */
import type { ReactiveControllerHost } from 'lit';
import { LazyPart, type LazyPartOptions } from '../../core/base/lazy-part.js';
import type { ManifestState } from '../../core/base/manifest-controller.js';
import type { RemoteDocument, RemoteState } from '../../core/base/remote-document.js';
import { collectorUrl } from '../../core/config/collector.js';
import type { PageConfig } from '../../core/config/config.js';
import type { Manifest, Team } from '../../core/manifest/types.js';
import { teamFromSrcModule } from './parts.js';

/** A team from the manifest before it is ready, or from `src` before it is read. */
const LOADING = { status: 'loading' } as const;

export class TeamSource {
  private readonly reader: LazyPart<typeof import('./team-from-src.js')>;
  /** The team read from `src`, once the reader has arrived. */
  private remote?: RemoteDocument<Team, Manifest>;
  /** The URL the team is read from; none means the manifest's team. */
  private url?: string;

  /** @param options how the reader's failure is reported and said (the reader loads when asked for: `when: 'shown'`) */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LazyPartOptions,
  ) {
    this.reader = new LazyPart(host, teamFromSrcModule, options);
  }

  /** Reads the team of `src` (or the collector's) once the manifest it is checked against is ready (from `willUpdate`). */
  use(src: string | undefined, config: PageConfig, manifest: ManifestState): void {
    const { learner } = config;
    const url = (this.url = src || (learner && collectorUrl(config, `teams/${encodeURIComponent(learner)}`)) || undefined);
    if (url) this.reader.request();
    const reader = this.reader.value;
    // A fetch still running for a removed src is dropped, so its late failure is never reported.
    if (!url) this.remote?.use(undefined);
    else if (manifest.status === 'ready' && reader) {
      this.remote ??= reader.teamDocument(this.host, (error) => this.options.report(error));
      this.remote.use({ url, settings: config, context: manifest.manifest });
    }
  }

  /** The manifest's team, or the one read from `src` or the collector. */
  state(manifest: ManifestState): RemoteState<Team | undefined> {
    if (manifest.status !== 'ready') return LOADING;
    if (!this.url) return { status: 'ready', value: manifest.manifest.team };
    return this.remote?.state ?? LOADING;
  }

  /** What stands in while the team loads: `loading`, or that the reader could not be loaded. */
  renderLoading(loading: unknown): unknown {
    return this.reader.render(() => loading, loading);
  }
}
