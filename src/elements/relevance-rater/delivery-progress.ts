import type { PkEvent } from '../../core/delivery/event.js';
import type { PkDeliveryDetail } from '../../core/delivery/pk-delivery-event.js';

/**
 * Where one sent rating or endorsement is on its way to the endpoint, in the words the learner
 * reads: saving, saved and sending, saved and waiting for the network, paused, sent, not accepted,
 * dropped; `local` when no endpoint is configured and it only stays on this device; `failed` when
 * it could not even be queued (no learner id, an invalid endpoint). `recalled` (nothing to say) is
 * an event sent before a reload, until the outbox reports on it again.
 */
export type DeliveryStage =
  | 'saving'
  | 'local'
  | 'stored'
  | 'waiting'
  | 'paused'
  | 'sent'
  | 'rejected'
  | 'dropped'
  | 'failed'
  | 'recalled';

/** One sent rating or endorsement as the learner follows it: its stage, and which outbox event it is. */
export interface DeliveryProgress {
  stage: DeliveryStage;
  /** The outbox event being followed; absent while saving and without an endpoint. */
  eventId?: string;
  /** Why the server refused it (`rejected`) or it could not be queued (`failed`). */
  reason?: string;
}

const STAGE_OF_CHANGE: Partial<Record<PkDeliveryDetail['kind'], DeliveryStage>> = {
  stored: 'stored',
  retrying: 'waiting',
  paused: 'paused',
  sent: 'sent',
  'dead-lettered': 'rejected',
  dropped: 'dropped',
};

const FINAL = new Set<DeliveryStage>(['sent', 'rejected', 'dropped']);

/** What was sent before a reload: its outcome is unknown until the outbox reports on its event again. */
export function recalled(sent: { eventId?: string } | undefined): DeliveryProgress | undefined {
  return sent?.eventId ? { stage: 'recalled', eventId: sent.eventId } : undefined;
}

/** The next state of `delivery` after a `pk-delivery` change, or `delivery` when it is not about its event. */
export function advance(delivery: DeliveryProgress | undefined, change: PkDeliveryDetail): DeliveryProgress | undefined {
  const stage = STAGE_OF_CHANGE[change.kind];
  if (!delivery?.eventId || !stage || !change.ids.includes(delivery.eventId)) return delivery;
  // A late "stored" or "retrying" must not undo an outcome already shown.
  if (FINAL.has(delivery.stage)) return delivery;
  return { ...delivery, stage, reason: 'reason' in change ? change.reason : undefined };
}

/**
 * Queues an event with `deliver` (the base element's), telling `follow` where it is from "saving"
 * on. Resolves to what was kept: the stored event, or no event when there is no endpoint;
 * `undefined` when it could not be queued.
 */
export async function send(
  deliver: () => Promise<PkEvent | undefined>,
  follow: (delivery: DeliveryProgress) => void,
): Promise<{ event?: PkEvent } | undefined> {
  follow({ stage: 'saving' });
  try {
    const event = await deliver();
    follow(event ? { stage: 'stored', eventId: event.id } : { stage: 'local' });
    return { event };
  } catch (error) {
    // `deliver` has reported it (console and pk-error); the learner reads why it was not saved.
    follow({ stage: 'failed', reason: (error as Error).message });
    return undefined;
  }
}
