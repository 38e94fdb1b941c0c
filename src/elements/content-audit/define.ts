import { defineElement } from '../../core/base/define.js';
import { PkContentAudit } from './content-audit.js';

defineElement('pk-content-audit', PkContentAudit);

declare global {
  interface HTMLElementTagNameMap {
    'pk-content-audit': PkContentAudit;
  }
}
