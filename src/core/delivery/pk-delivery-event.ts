import type { StorageKind } from './outbox.js';
import type { FormatName } from './wire-format.js';

/** What happened to which events. `ids` are event ids (empty when the change is not about events). */
export type DeliveryChange =
  /** Durably stored (or in memory, see `storage`), or put back by `resend()`; not sent yet. */
  | { kind: 'stored'; ids: string[]; storage: StorageKind }
  /** The endpoint answered 2xx (or 409: it already had them) and the events left the outbox. */
  | { kind: 'sent'; ids: string[]; status: number }
  /** Sending failed; everything still queued (`ids`) is tried again at `retryAt` (epoch ms). */
  | { kind: 'retrying'; ids: string[]; retryAt: number; delayMs: number; reason: string; status?: number }
  /**
   * Refused (400/404/413/422), or its xAPI statement could not be made (`status` 0): moved from the
   * outbox to the stored dead letters (`deadLetters()`, `resend()`).
   */
  | { kind: 'dead-lettered'; ids: string[]; status: number; reason: string }
  /**
   * 401/403, a redirect (`status` 0: an expired sign-in, typically) or a configuration error:
   * events kept, sending stopped until `flush()`, so the host can refresh credentials first.
   */
  | { kind: 'paused'; ids: string[]; status: number; reason: string }
  /**
   * Pushed out by the cap (oldest first), older than 7 days, or dropped by an xAPI `transform`
   * that returned `null`; `dropped` is the running total.
   */
  | { kind: 'dropped'; ids: string[]; cause: 'cap' | 'expired' | 'transform'; dropped: number }
  /** IndexedDB failed; events are kept in memory from now on (lost if the page closes first). */
  | { kind: 'storage-fallback'; ids: string[]; storage: 'memory'; reason: string };

export type PkDeliveryDetail = DeliveryChange & {
  endpoint: string;
  format: FormatName;
  /** Events waiting in the outbox, as this page last saw it. */
  queued: number;
};

/**
 * Fired on `window` whenever delivery changes state, so a host page or an element can say
 * "saved — will send when you are back online", or refresh credentials when paused.
 */
export type PkDeliveryEvent = CustomEvent<PkDeliveryDetail>;

export const PK_DELIVERY = 'pk-delivery';

declare global {
  interface WindowEventMap {
    'pk-delivery': PkDeliveryEvent;
  }
}
