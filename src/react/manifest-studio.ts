import '../elements/manifest-studio/define.js';
import { PkManifestStudio as PkManifestStudioElement } from '../elements/manifest-studio/manifest-studio.js';
import { eventName, wrap } from './wrap.js';

/** `<pk-manifest-studio>` as a React component (React 17–19); registers the element. */
export const PkManifestStudio = wrap('pk-manifest-studio', PkManifestStudioElement, {
  onPkManifestSaved: eventName('pk-manifest-saved'),
  onPkManifestConflict: eventName('pk-manifest-conflict'),
  onPkError: eventName('pk-error'),
});
