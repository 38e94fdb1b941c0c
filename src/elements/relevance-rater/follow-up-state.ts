/**
 * A rater's follow-up state as the follow-up chunk reads and changes it (the rater's
 * `RaterFollowUp` holds it; `follow-up-steps.ts` works on it once the chunk is here).
 */
import type { LitElement } from 'lit';
import type { DeliveryController } from '../../core/base/delivery-controller.js';
import type { SettingsController } from '../../core/base/settings-controller.js';
import type { DeliveryProgress } from './delivery-progress.js';
import type { RaterMemory } from './previous-rating.js';
import type { RatingValue } from './rating-value.js';

export type Sent = 'rating' | 'endorsement';

export interface FollowUpState {
  readonly host: LitElement;
  readonly settings: SettingsController;
  readonly delivery: DeliveryController;
  /** What this device remembers of the learner's rating and endorsement of the course. */
  memory: RaterMemory;
  /** Where the rating, and the endorsement, are on their way to the endpoint. */
  rating?: DeliveryProgress;
  endorsement?: DeliveryProgress;
  /** The rating a form reset returns to: the remembered one, else none. */
  initial: RatingValue;
  /** The learner and course `memory` is for. */
  memoryKey?: string;
  /** Sets where a rating or endorsement is, and redraws. */
  follow(sent: Sent, delivery: DeliveryProgress | undefined): void;
  /** Hears the rating the device remembered, once read. */
  recalled(rating: RatingValue): void;
  renderStatus(sent: Sent): unknown;
}
