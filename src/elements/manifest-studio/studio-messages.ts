/** The English words the studio's chunk brings: its own, and the audit's flag names its list shows. */
import contentAudit from '../../core/i18n/locales/en/content-audit.js';
import manifestStudio from '../../core/i18n/locales/en/manifest-studio.js';

export const messages = { ...contentAudit, ...manifestStudio };
