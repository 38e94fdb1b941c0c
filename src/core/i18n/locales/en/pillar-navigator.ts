import labels from './pillar-navigator-labels.js';
import filterResults from './pillar-navigator-filter-results.js';

/**
 * Messages of <pk-pillar-navigator> (English, the source catalogue), in two files so that each
 * travels with the code that says it: the labels in the element's entry, the filter results with
 * its filtering code (`interactive.ts`). Nothing the element imports may import this file.
 */
export default { ...labels, ...filterResults } as const;
