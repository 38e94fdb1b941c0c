export { cmi5Launch, CMI5_SESSION_ID, type Cmi5Launch, type Cmi5LaunchOptions } from './cmi5.js';
export { Delivery, KEEPALIVE_CHUNK_BYTES, type DeadLetter, type DeadLetterExport, type DeliveryStatus } from './delivery.js';
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
export type { Agent, ContextActivity, Statement, XapiContext, XapiOptions, XapiTransform } from './xapi-options.js';
export { PROFILE as XAPI_PROFILE, PROFILE_VERSION as XAPI_PROFILE_VERSION } from './xapi-vocabulary.js';
