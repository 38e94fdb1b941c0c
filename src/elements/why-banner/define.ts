import { defineElement } from '../../core/base/define.js';
import { LazyModule } from '../../core/base/lazy-part.js';
import { PkWhyBanner } from './why-banner.js';

// The badge a full banner shows loads with the first banner that shows one.
PkWhyBanner.badgeDefinition = new LazyModule('impact badge', () => import('../impact-badge/define.js'));
defineElement('pk-why-banner', PkWhyBanner);

declare global {
  interface HTMLElementTagNameMap {
    'pk-why-banner': PkWhyBanner;
  }
}
