import type { Pathway } from '../../../core/manifest/types.js';

/** Where the learner opened the pathway: in the pillar's tree or on a hero card. */
export type PathwaySelectSource = 'tree' | 'hero';

/** Detail of `pk-pathway-select`: the learner opened a pathway. */
export interface PkPathwaySelectDetail {
  pathwayId: string;
  pillarId: string;
  pathway: Pathway;
  source: PathwaySelectSource;
}

export type PkPathwaySelectEvent = CustomEvent<PkPathwaySelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-pathway-select': PkPathwaySelectEvent;
  }
}
