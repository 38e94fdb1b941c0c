import '../elements/config/define.js';
import { PkConfig as PkConfigElement } from '../elements/config/config.js';
import { wrap } from './wrap.js';

/** `<pk-config>` as a React component (React 17–19); registers the element. */
export const PkConfig = wrap('pk-config', PkConfigElement, {});
