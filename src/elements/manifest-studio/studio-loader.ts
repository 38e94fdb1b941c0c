/**
 * The studio's chunk (`studio-view.ts` with the validator, the suggestion model and the preview
 * elements), loaded when a studio first draws; its English words join the catalogue as it arrives.
 */
import { LazyModule } from '../../core/base/lazy-part.js';
import { useSourceMessages } from '../../core/i18n/i18n.js';

export type StudioModule = typeof import('./studio-view.js');

export const studioModule = new LazyModule<StudioModule>('studio', () =>
  Promise.all([import('./studio-view.js'), import('./studio-messages.js'), import('../why-banner/define.js'), import('../impact-badge/define.js')]).then(([studio, { messages }]) => {
    useSourceMessages(messages);
    return studio;
  }),
);
