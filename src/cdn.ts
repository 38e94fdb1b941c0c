/**
 * The CDN module: `<script type="module" src=".../purpose-kit.js">` makes every `pk-*` tag work.
 * `<pk-config>` is defined at once; every other element is a file beside this one, loaded the
 * first time its tag is in the document, so a page downloads only the elements it uses.
 *
 * It exports the page API (`import { configure } from '.../purpose-kit.js'`) plus `discover`
 * (for tags inside shadow roots) and `preload`. The whole API of the npm package (classes,
 * `validateManifest`, `getDelivery`, the metrics) is `api.js` beside it.
 */
import './elements/config/define.js';
import { autoloader } from './core/base/autoload.js';

export { VERSION } from './version.js';
export { formatIssue, ManifestError, PkError, type ManifestIssue, type PkErrorCode } from './core/errors.js';
export {
  configure,
  getPageConfig,
  onConfigChange,
  resetConfig,
  type ManifestSetting,
  type PageConfig,
  type ReportingFormat,
  type ThemeName,
} from './core/config/config.js';
export { clearManifestCache, loadManifest, type LoadedManifest, type ManifestSource } from './core/manifest/load.js';
export { availableLocales, directionOf, matchLocale, registerMessages, type Direction, type MessageKey } from './core/i18n/i18n.js';

const elements = autoloader({
  'pk-pillar-navigator': () => import('./elements/pillar-navigator/define.js'),
  'pk-impact-badge': () => import('./elements/impact-badge/define.js'),
  'pk-why-banner': () => import('./elements/why-banner/define.js'),
  'pk-relevance-rater': () => import('./elements/relevance-rater/define.js'),
  'pk-dividend-chart': () => import('./elements/dividend-chart/define.js'),
  'pk-team-digest': () => import('./elements/team-digest/define.js'),
  'pk-content-audit': () => import('./elements/content-audit/define.js'),
  'pk-relevance-report': () => import('./elements/relevance-report/define.js'),
  'pk-manifest-studio': () => import('./elements/manifest-studio/define.js'),
});
void elements.discover(document);

/**
 * Loads the elements used inside `root` and watches it for more: call it for a shadow root of
 * your own that holds `pk-*` tags (the document is watched already). Resolves once they are defined.
 */
export const discover = (root: ShadowRoot | Element | Document): Promise<void> => elements.discover(root);

/** Loads the named elements ahead of use (every element when none is named), e.g. before a route renders them. */
export const preload = (...tags: string[]): Promise<void> => elements.preload(...tags);
