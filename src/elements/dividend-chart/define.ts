import { defineElement } from '../../core/base/define.js';
import { PkDividendChart } from './dividend-chart.js';

defineElement('pk-dividend-chart', PkDividendChart);

declare global {
  interface HTMLElementTagNameMap {
    'pk-dividend-chart': PkDividendChart;
  }
}
