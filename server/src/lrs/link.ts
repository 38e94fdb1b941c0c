/**
 * The running collector's LRS link: the forwarder (woken by every ingest that stored events) and
 * the scheduled pull. Pulls never overlap within a process.
 */
import type { ManifestStore } from '../manifest/manifest-store.js';
import type { Pseudonymise } from '../privacy/pseudonym.js';
import type { Store } from '../store/store.js';
import { Forwarder } from './forwarder.js';
import { pull } from './pull.js';
import { enqueue, forwardHealth } from './queue.js';
import type { LrsLink, SyncSummary } from './routes.js';
import type { LrsSettings } from './settings.js';

export interface RunningLrsLink extends LrsLink {
  close(): Promise<void>;
}

export function startLrsLink(store: Store, settings: LrsSettings, pseudonymise: Pseudonymise, manifests: ManifestStore, say: (line: string) => void): RunningLrsLink {
  const forwarder = new Forwarder(store, settings);
  forwarder.start();
  let pulling: Promise<SyncSummary> | undefined;
  const sync = (since?: string) => {
    pulling ??= pull(store, settings, pseudonymise, () => manifests.latest().then((latest) => latest?.manifest), { ...(since && { since }) }).finally(() => (pulling = undefined));
    return pulling;
  };
  const timer =
    settings.syncMinutes > 0
      ? setInterval(
          () =>
            void sync().then(
              (summary) => summary.statements > 0 && say(`lrs: pulled ${summary.statements} statement(s): ${summary.events} Purpose Kit event(s), ${summary.lms} LMS statement(s)`),
              (error: Error) => console.error(`[purpose-kit-server] LRS pull failed: ${error.message}`),
            ),
          settings.syncMinutes * 60_000,
        ).unref()
      : undefined;
  return {
    afterStore: (tx, events) => enqueue(tx, events, settings.homePage),
    stored: () => forwarder.wake(),
    health: () => forwardHealth(store),
    sync,
    async close() {
      clearInterval(timer);
      await forwarder.close();
      await pulling?.catch(() => undefined);
    },
  };
}
