import type { MessageKey } from '../../core/i18n/i18n.js';
import type { MessageParams } from '../../core/i18n/message.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { LearnerProgress } from './progress.js';

/** What the navigator's template functions read from the element. */
export interface RenderContext {
  t(key: MessageKey, params?: MessageParams): string;
  catalog: Catalog;
  /** Learner progress, when the host gave it; without it no progress is shown. */
  progress?: LearnerProgress;
}
