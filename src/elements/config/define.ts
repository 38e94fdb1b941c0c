import { defineElement } from '../../core/base/define.js';
import { PkConfig } from './config.js';

defineElement('pk-config', PkConfig);

declare global {
  interface HTMLElementTagNameMap {
    'pk-config': PkConfig;
  }
}
