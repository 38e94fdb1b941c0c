import '../elements/impact-badge/define.js';
import { PkImpactBadge as PkImpactBadgeElement } from '../elements/impact-badge/impact-badge.js';
import { eventName, wrap } from './wrap.js';

/** `<pk-impact-badge>` as a React component (React 17–19); registers the element. */
export const PkImpactBadge = wrap('pk-impact-badge', PkImpactBadgeElement, {
  onPkPillarRequest: eventName('pk-pillar-request'),
  onPkError: eventName('pk-error'),
});
