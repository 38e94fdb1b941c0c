import type { MessageKey } from '../../core/i18n/i18n.js';
import type { MessageParams } from '../../core/i18n/message.js';

/** The element's `t`, handed to the functions that word its parts. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
