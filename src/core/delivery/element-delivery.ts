/**
 * What an element's delivery controller loads with the outbox (a chunk of its own): the page's
 * delivery for the element's settings, and its events queued in the configured learner's name.
 */
import type { PageConfig } from '../config/config.js';
import { PkError } from '../errors.js';
import type { Reporting } from '../manifest/types.js';
import type { Delivery } from './delivery.js';
import type { EventInput, PkEvent } from './event.js';
import { getDelivery } from './get-delivery.js';

/** An event as an element describes it; the learner comes from the configuration. */
export type ElementEventInput = EventInput extends infer E ? (E extends EventInput ? Omit<E, 'learnerId'> : never) : never;

/** Where an element's events go: its configured endpoint (or the manifest's), with its settings. */
export interface Destination {
  endpoint: string;
  config: PageConfig;
  reporting: Reporting | undefined;
}

/** The page's delivery for a destination; opening it replays what earlier visits left in the outbox. */
export function deliveryFor({ endpoint, config, reporting }: Destination): Delivery {
  return getDelivery({
    endpoint,
    format: config.format ?? reporting?.format ?? 'json',
    headers: config.headers,
    credentials: config.credentials,
    batchSize: reporting?.batchSize,
    flushIntervalMs: reporting?.flushIntervalMs,
  });
}

/** Queues an element's event; throws a `PkError` when no learner is configured. */
export function enqueue(destination: Destination, input: ElementEventInput): Promise<PkEvent> {
  const delivery = deliveryFor(destination);
  const learnerId = destination.config.learner;
  if (!learnerId) {
    throw new PkError(
      'config-invalid',
      `cannot send a "${input.type}" event without a learner id: set learner="…" on the element, on <pk-config>, or configure({ learner }).`,
    );
  }
  return delivery.enqueue({ ...input, learnerId } as EventInput);
}
