/**
 * Detail of `pk-endorse`: a subject-matter expert says the course helped them solve a strategic
 * problem. Fired once the endorsement is queued for the endpoint (or kept on the device when no
 * endpoint is configured); not when it could not be saved.
 */
export interface PkEndorseDetail {
  course: string;
  /** The pillar the solved problem advanced. */
  pillar: string;
  learner?: string;
  /** The problem, in the expert's own sentence. */
  problem: string;
  /** The delivery event's id; absent when no endpoint is configured. */
  eventId?: string;
}

export type PkEndorseEvent = CustomEvent<PkEndorseDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-endorse': PkEndorseEvent;
  }
}
