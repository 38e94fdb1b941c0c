import type { Catalogue } from '../../message.js';
import type contentAudit from '../en/content-audit.js';

export default {} satisfies Catalogue<keyof typeof contentAudit>;
