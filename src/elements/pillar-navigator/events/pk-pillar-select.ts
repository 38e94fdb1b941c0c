import type { Pillar } from '../../../core/manifest/types.js';

/** Detail of `pk-pillar-select`: the pillar the learner chose in the tab list or on a hero card. */
export interface PkPillarSelectDetail {
  pillarId: string;
  pillar: Pillar;
}

export type PkPillarSelectEvent = CustomEvent<PkPillarSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-pillar-select': PkPillarSelectEvent;
  }
}
