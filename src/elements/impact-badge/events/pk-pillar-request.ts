/**
 * Detail of `pk-pillar-request`: the learner asked to see the pathways of a pillar. The host page
 * (or a `<pk-pillar-navigator>`) decides what that means: scroll to the navigator, open a page…
 */
export interface PkPillarRequestDetail {
  /** The pillar's id. */
  pillar: string;
  /** The impact tag the request came from, when it came from one. */
  tag?: string;
  /** The course the request came from, when known. */
  course?: string;
}

export type PkPillarRequestEvent = CustomEvent<PkPillarRequestDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-pillar-request': PkPillarRequestEvent;
  }
}
