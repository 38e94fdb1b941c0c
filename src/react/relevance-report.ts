import '../elements/relevance-report/define.js';
import { PkRelevanceReport as PkRelevanceReportElement } from '../elements/relevance-report/relevance-report.js';
import { eventName, wrap } from './wrap.js';

/** `<pk-relevance-report>` as a React component (React 17–19); registers the element. */
export const PkRelevanceReport = wrap('pk-relevance-report', PkRelevanceReportElement, {
  onPkError: eventName('pk-error'),
});
