import '../elements/why-banner/define.js';
import { PkWhyBanner as PkWhyBannerElement } from '../elements/why-banner/why-banner.js';
import { eventName, wrap } from './wrap.js';

/** `<pk-why-banner>` as a React component (React 17–19); registers the element. */
export const PkWhyBanner = wrap('pk-why-banner', PkWhyBannerElement, {
  onPkWhyDismiss: eventName('pk-why-dismiss'),
  onPkPillarRequest: eventName('pk-pillar-request'),
  onPkError: eventName('pk-error'),
});
