import { defineElement } from '../../core/base/define.js';
import { PkRelevanceRater } from './relevance-rater.js';

defineElement('pk-relevance-rater', PkRelevanceRater);

declare global {
  interface HTMLElementTagNameMap {
    'pk-relevance-rater': PkRelevanceRater;
  }
}
