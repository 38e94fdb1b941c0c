import firstScreen from './pillar-navigator-first-screen.js';
import filtering from './pillar-navigator-filtering.js';

/**
 * Messages of <pk-pillar-navigator> (English, the source catalogue), in two files so that each
 * travels with the code that says it: the first screen's in the element's entry, the filter
 * results' with its filtering chunk. Nothing the element imports may import this file.
 */
export default { ...firstScreen, ...filtering } as const;
