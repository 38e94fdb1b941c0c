import type { Catalogue } from '../../message.js';
import type teamDigest from '../en/team-digest.js';

export default {} satisfies Catalogue<keyof typeof teamDigest>;
