export { Delivery, KEEPALIVE_CHUNK_BYTES, type DeadLetter, type DeliveryStatus } from './delivery.js';
export type { DeliveryEnvironment } from './environment.js';
export type {
  DisplayContext,
  EndorsementData,
  Envelope,
  EventInput,
  EventType,
  ImpactTagRef,
  PkEvent,
  PromptData,
  RatingData,
} from './event.js';
export { getDelivery } from './get-delivery.js';
export type { DeliveryOptions } from './options.js';
export { OUTBOX_LIMITS, type OutboxLimits, type StorageKind } from './outbox.js';
export { PK_DELIVERY, type DeliveryChange, type PkDeliveryDetail, type PkDeliveryEvent } from './pk-delivery-event.js';
export type { FormatName } from './wire-format.js';
