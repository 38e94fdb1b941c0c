import '../elements/pillar-navigator/define.js';
import { PkPillarNavigator as PkPillarNavigatorElement } from '../elements/pillar-navigator/pillar-navigator.js';
import { eventName, wrap } from './wrap.js';

/** `<pk-pillar-navigator>` as a React component (React 17–19); registers the element. */
export const PkPillarNavigator = wrap('pk-pillar-navigator', PkPillarNavigatorElement, {
  onPkPillarSelect: eventName('pk-pillar-select'),
  onPkPathwaySelect: eventName('pk-pathway-select'),
  onPkCourseSelect: eventName('pk-course-select'),
  onPkError: eventName('pk-error'),
});
