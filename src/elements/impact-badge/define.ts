import { defineElement } from '../../core/base/define.js';
import { PkImpactBadge } from './impact-badge.js';

defineElement('pk-impact-badge', PkImpactBadge);

declare global {
  interface HTMLElementTagNameMap {
    'pk-impact-badge': PkImpactBadge;
  }
}
