/** Detail of `pk-why-dismiss`: the learner hid why a course matters. Cancel it to keep the banner. */
export interface PkWhyDismissDetail {
  /** The course's id. */
  course: string;
  /** The id of the pillar the course serves, when it has one. */
  pillar?: string;
  /** The learner id the dismissal is remembered for, when one is configured. */
  learner?: string;
}

export type PkWhyDismissEvent = CustomEvent<PkWhyDismissDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-why-dismiss': PkWhyDismissEvent;
  }
}
