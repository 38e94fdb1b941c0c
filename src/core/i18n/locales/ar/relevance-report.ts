import type { Catalogue } from '../../message.js';
import type relevanceReport from '../en/relevance-report.js';

export default {} satisfies Catalogue<keyof typeof relevanceReport>;
