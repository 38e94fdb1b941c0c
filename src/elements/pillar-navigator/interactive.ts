/**
 * What a navigator needs once the learner acts, and its first render does not: the keyboard model,
 * filtering and what it says about filter results. One chunk for every navigator of the page,
 * loaded by `interactive-loader.ts`.
 */
export { announcement } from './announcement.js';
export { tabKeyTarget, treeKeyAction, treeNodes } from './keyboard.js';
export { compileFilter, prepareSearch } from './search-text.js';
export { default as messages } from '../../core/i18n/locales/en/pillar-navigator-filter-results.js';
