import '../elements/dividend-chart/define.js';
import { PkDividendChart as PkDividendChartElement } from '../elements/dividend-chart/dividend-chart.js';
import { eventName, wrap } from './wrap.js';

/** `<pk-dividend-chart>` as a React component (React 17–19); registers the element. */
export const PkDividendChart = wrap('pk-dividend-chart', PkDividendChartElement, {
  onPkError: eventName('pk-error'),
});
