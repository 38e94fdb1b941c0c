import { defineElement } from '../../core/base/define.js';
import { PkPillarNavigator } from './pillar-navigator.js';

defineElement('pk-pillar-navigator', PkPillarNavigator);

declare global {
  interface HTMLElementTagNameMap {
    'pk-pillar-navigator': PkPillarNavigator;
  }
}
