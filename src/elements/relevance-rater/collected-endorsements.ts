/**
 * The endorsements a collector has received (`{collector}/v1/endorsements`), read once per page
 * for every rater on it: part of the endorsements chunk. A read that failed is not tried again
 * until the page reloads, so a collector that is down costs one request, not one per render.
 */
import type { ReactiveControllerHost } from 'lit';
import { readDocument } from '../../core/base/remote-document.js';
import { collectorUrl } from '../../core/config/collector.js';
import type { PkError } from '../../core/errors.js';
import type { FetchSettings } from '../../core/fetch-text.js';
import type { Endorsement } from '../../core/manifest/types.js';

interface Read {
  endorsements?: readonly Endorsement[];
  error?: PkError;
  settled: Promise<void>;
}

const reads = new Map<string, Read>();

const reader = {
  // The validator brings valibot, which the manifest has loaded already.
  validate: async (text: string) => (await import('../../core/manifest/validate-endorsements.js')).validateEndorsements(text),
  invalid: (url: string) => `the endorsements from ${url} are not valid`,
};

/**
 * The collector's endorsements as far as they are known to `host` (a rater): none without a
 * collector, while they are read (the rater updates when they arrive) or when they could not be
 * (it reports why, through `report`).
 */
export function collectedEndorsements(
  settings: FetchSettings,
  host: ReactiveControllerHost & { readonly localName: string },
  report: (error: PkError) => void,
): readonly Endorsement[] {
  const url = collectorUrl(settings, 'endorsements');
  if (!url) return [];
  let read = reads.get(url);
  if (!read) {
    read = startRead(url, settings, host.localName);
    reads.set(url, read);
  }
  const { endorsements, error } = read;
  if (error) report(error);
  else if (!endorsements) void read.settled.then(() => host.requestUpdate());
  return endorsements ?? [];
}

function startRead(url: string, settings: FetchSettings, element: string): Read {
  const read: Read = { settled: Promise.resolve() };
  read.settled = readDocument({ url, settings, context: undefined }, reader, element).then(
    (document) => {
      read.endorsements = document.endorsements;
    },
    (error: PkError) => {
      read.error = error;
    },
  );
  return read;
}
