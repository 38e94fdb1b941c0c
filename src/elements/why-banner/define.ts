import { defineElement } from '../../core/base/define.js';
import '../impact-badge/define.js';
import { PkWhyBanner } from './why-banner.js';

defineElement('pk-why-banner', PkWhyBanner);

declare global {
  interface HTMLElementTagNameMap {
    'pk-why-banner': PkWhyBanner;
  }
}
