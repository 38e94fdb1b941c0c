import '../elements/relevance-rater/define.js';
import { PkRelevanceRater as PkRelevanceRaterElement } from '../elements/relevance-rater/relevance-rater.js';
import { eventName, wrap } from './wrap.js';

/** `<pk-relevance-rater>` as a React component (React 17–19); registers the element. */
export const PkRelevanceRater = wrap('pk-relevance-rater', PkRelevanceRaterElement, {
  onChange: eventName('change'),
  onPkRate: eventName('pk-rate'),
  onPkEndorse: eventName('pk-endorse'),
  onPkError: eventName('pk-error'),
});
