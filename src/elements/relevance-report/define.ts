import { defineElement } from '../../core/base/define.js';
import { PkRelevanceReport } from './relevance-report.js';

defineElement('pk-relevance-report', PkRelevanceReport);

declare global {
  interface HTMLElementTagNameMap {
    'pk-relevance-report': PkRelevanceReport;
  }
}
