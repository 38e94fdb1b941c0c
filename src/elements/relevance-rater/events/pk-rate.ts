/**
 * Detail of `pk-rate`: the learner's rating, fired when they send it and before it is queued for
 * the endpoint. Cancelling the event keeps the rating out of the outbox (the host handles it).
 */
export interface PkRateDetail {
  course: string;
  /** The pillar the clarity question named; absent when the course has none. */
  pillar?: string;
  learner?: string;
  /** Relevance to the learner's role, 1 to 5. */
  relevance: number;
  /** How clearly the learner sees how the course advances the pillar, 1 to 5. */
  clarity: number;
  /** The optional comment; empty when none was written. */
  comment: string;
}

export type PkRateEvent = CustomEvent<PkRateDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-rate': PkRateEvent;
  }
}
