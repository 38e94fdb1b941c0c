import type { Manifest } from '../../../src/core/manifest/types.js';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Store } from '../store/store.js';
import type { SyncSummary } from './routes.js';
import type { LrsSettings } from './settings.js';

export async function pull(
  _store: Store,
  _settings: Pick<LrsSettings, 'url' | 'key' | 'secret' | 'homePage'>,
  _pseudonymise: Pseudonymise,
  _manifest: () => Promise<Manifest | undefined>,
  _options: { since?: string; pageSize?: number } = {},
): Promise<SyncSummary> {
  throw new Error('pulling from the LRS is not built yet');
}
